module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'web-i18n',
  rootDir: __dirname,
};
