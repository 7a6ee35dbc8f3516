// Steps shared by `npm start` and `npm test`: installing dependencies and running commands.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { root, say } from './services.mjs';

/** Runs a command from the repository root, inheriting output; throws when it fails. */
export function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

/** `npm ci` when node_modules is missing or older than package-lock.json. */
export function ensureDependencies() {
  const installed = join(root, 'node_modules/.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return;
  say('Installing dependencies (npm ci)');
  run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error']);
}

/**
 * Nx, without its daemon or cloud: predictable on CI and on a first run. On CI every task
 * runs for real: Nx keeps a cache per machine, which would replay results of earlier runs.
 */
export function nx(args) {
  const fresh = process.env.CI === 'true' ? ['--skip-nx-cache'] : [];
  run(process.execPath, [join(root, 'node_modules/nx/dist/bin/nx.js'), ...args, ...fresh], { NX_DAEMON: 'false', NX_NO_CLOUD: 'true' });
}

export const packageVersion = () => JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
