module.exports = {
  ...require('../../../../jest.preset.js'),
  displayName: 'web-learning-feature',
  rootDir: __dirname,
};
