module.exports = { ...require('../../../jest.preset.js'), displayName: 'api-mentoring', rootDir: __dirname };
