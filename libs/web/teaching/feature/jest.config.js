module.exports = {
  ...require('../../../../jest.preset.js'),
  displayName: 'web-teaching-feature',
  rootDir: __dirname,
};
