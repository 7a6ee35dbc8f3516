module.exports = {
  ...require('../../../../jest.preset.js'),
  displayName: 'web-mentoring-feature',
  rootDir: __dirname,
};
