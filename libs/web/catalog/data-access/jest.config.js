module.exports = {
  ...require('../../../../jest.preset.js'),
  displayName: 'web-catalog-data-access',
  rootDir: __dirname,
};
