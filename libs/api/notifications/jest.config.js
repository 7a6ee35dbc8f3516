module.exports = { ...require('../../../jest.preset.js'), displayName: 'api-notifications', rootDir: __dirname };
