module.exports = {
  ...require('../../../../jest.preset.js'),
  displayName: 'web-learning-data-access',
  rootDir: __dirname,
};
