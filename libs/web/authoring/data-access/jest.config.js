module.exports = {
  ...require('../../../../jest.preset.js'),
  displayName: 'web-authoring-data-access',
  rootDir: __dirname,
};
