module.exports = {
  ...require('../../../../jest.preset.js'),
  displayName: 'web-authoring-feature',
  rootDir: __dirname,
};
