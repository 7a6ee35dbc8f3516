// The date-time field is read on the reader's own clock: the tests run on an Italian one
// (one hour ahead of UTC in winter, two in summer). Set here, before the workers start, because
// a test file's process.env is a copy that Node's clock does not read.
process.env.TZ = 'Europe/Rome';

module.exports = {
  ...require('../../../../jest.preset.js'),
  displayName: 'web-mentoring-data-access',
  rootDir: __dirname,
};
