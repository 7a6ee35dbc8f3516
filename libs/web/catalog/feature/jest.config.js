module.exports = {
  ...require('../../../../jest.preset.js'),
  displayName: 'web-catalog-feature',
  rootDir: __dirname,
};
