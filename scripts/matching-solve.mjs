// `npm run matching:solve -- <instance.json>`: the exact mentor–mentee assignment of one
// instance, printed as JSON. The logic lives in libs/shared/matching (src/cli.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importLibraryModules } from '../libs/shared/matching/tools/load-typescript.mjs';

const { runCli } = await importLibraryModules('src/cli.ts');
process.exitCode = runCli(process.argv.slice(2), {
  // npm runs scripts from the repository root; INIT_CWD is where the command was typed.
  readText: (path) =>
    readFileSync(path === '-' ? 0 : resolve(process.env.INIT_CWD ?? process.cwd(), path), 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
