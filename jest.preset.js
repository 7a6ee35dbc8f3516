// Shared Jest settings: SWC compiles TypeScript (with decorator metadata, which NestJS and
// TypeORM read at run time); type checking is a separate `typecheck` target.
const { join } = require('node:path');
const { pathsToModuleNameMapper } = require('./tools/jest/paths');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)s$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2023',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(join(__dirname, 'tsconfig.base.json')),
  clearMocks: true,
};
