// `npm run migration:run | migration:revert | migration:generate -- <verb-what> | db:reset`:
// builds the API's CLI (cached by Nx) and runs it against DATABASE_URL.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './lib/services.mjs';
import { ensureDependencies, nx } from './lib/workspace.mjs';

const COMMANDS = { run: 'migrate', revert: 'revert', generate: 'generate', reset: 'reset', check: 'check' };
const [action, ...args] = process.argv.slice(2);
const command = COMMANDS[action];
if (!command) {
  console.error(`Usage: node scripts/db.mjs ${Object.keys(COMMANDS).join('|')} [name]`);
  process.exit(2);
}
if (!process.env.DATABASE_URL) {
  console.error('Set DATABASE_URL (see .env.example). npm start prints the one of its embedded database.');
  process.exit(2);
}
ensureDependencies();
nx(['build', 'api', '--output-style=static']);
// The CLI validates the whole configuration; values that these commands do not use may be dummies.
const env = {
  REDIS_URL: 'redis://127.0.0.1:6379',
  SMTP_URL: 'smtp://127.0.0.1:1025',
  JWT_SECRET: 'not-used-by-database-commands-0123456789',
  ...process.env,
};
const result = spawnSync(process.execPath, [join(root, 'dist/apps/api/cli.js'), command, ...args], { cwd: root, stdio: 'inherit', env });
process.exit(result.status ?? 1);
