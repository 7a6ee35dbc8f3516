// End-to-end: the real API (serving the built web app) and worker, driven in Debian's
// Chromium through playwright-core; every page visited is checked with axe-core.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'web-e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  testTimeout: 120000,
};
