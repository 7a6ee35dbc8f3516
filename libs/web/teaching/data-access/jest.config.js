module.exports = {
  ...require('../../../../jest.preset.js'),
  displayName: 'web-teaching-data-access',
  rootDir: __dirname,
};
