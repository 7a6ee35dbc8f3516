module.exports = { ...require('../../../jest.preset.js'), displayName: 'api-catalog', rootDir: __dirname };
