// Maps the workspace's TypeScript path aliases (tsconfig.base.json) to Jest module names,
// so tests import libraries exactly as the apps do.
const { readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

function pathsToModuleNameMapper(tsconfigPath) {
  const { compilerOptions } = JSON.parse(readFileSync(tsconfigPath, 'utf8'));
  const root = dirname(tsconfigPath);
  const mapper = {};
  for (const [alias, [target]] of Object.entries(compilerOptions.paths ?? {})) {
    const escaped = alias.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    mapper[`^${escaped}$`] = join(root, target);
  }
  return mapper;
}

module.exports = { pathsToModuleNameMapper };
