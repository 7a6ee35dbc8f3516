// Runs Jest with the flag that lets CommonJS test code require() the ESM-only NestJS 12
// packages (Jest supports require(esm) under --experimental-vm-modules on Node >= 24.9).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const [config, ...rest] = process.argv.slice(2);
const result = spawnSync(
  process.execPath,
  [
    '--experimental-vm-modules',
    '--disable-warning=ExperimentalWarning',
    require.resolve('jest/bin/jest'),
    '-c',
    config,
    '--passWithNoTests=false',
    // A leaked handle must not hang CI: Jest still warns about it, then exits.
    '--forceExit',
    ...rest,
  ],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
