module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-matching',
  rootDir: __dirname,
};
