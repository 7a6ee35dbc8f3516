// Integration tests: the real api against a real PostgreSQL (a database of its own per test
// file), the real Redis and an in-process SMTP server.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'api-integration',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
  testTimeout: 60000,
};
