module.exports = {
  ...require('../../../../jest.preset.js'),
  displayName: 'web-mentoring-data-access',
  rootDir: __dirname,
};
