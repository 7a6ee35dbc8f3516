// Loads this library's TypeScript into a plain Node script (the CLI, the benchmark). Node
// cannot import the sources directly: they use the monorepo's bundler-style import paths.
// So esbuild bundles the requested modules in memory and Node imports the result. esbuild
// comes with @angular/build (a devDependency), so it is present after `npm ci`; it is looked
// up through @angular/build in case npm did not hoist it.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const libraryRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

function loadEsbuild() {
  try {
    return require('esbuild');
  } catch {
    return createRequire(require.resolve('@angular/build/package.json'))('esbuild');
  }
}

/** Imports the given modules (paths relative to the library root) as one ES module. */
export async function importLibraryModules(...modules) {
  const contents = modules
    .map((module) => `export * from ${JSON.stringify(`./${module}`)};`)
    .join('\n');
  const result = await loadEsbuild().build({
    stdin: { contents, resolveDir: libraryRoot, sourcefile: 'matching-entry.ts', loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
