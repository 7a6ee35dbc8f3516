module.exports = { ...require('../../../jest.preset.js'), displayName: 'api-learning', rootDir: __dirname };
