/**
 * `npm run matching:solve -- <instance.json>`: solves one instance exactly and prints the
 * solution as JSON on stdout. Input problems go to stderr with exit code 2. The process
 * details (files, streams) come from the caller so that this module stays free of Node APIs.
 */
import { solveOptimal } from './lib/optimal-assignment';
import { InstanceError, formatSolution, parseInstance } from './lib/instance';

export interface CliIo {
  /** Reads the file at `path` as UTF-8 ('-' = standard input); throws when it cannot. */
  readText(path: string): string;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 2;

const USAGE = 'usage: npm run matching:solve -- <instance.json | ->';

export function runCli(args: readonly string[], io: CliIo): number {
  if (args.length !== 1 || args[0] === '--help' || args[0] === '-h') {
    io.stderr(
      `${args.length === 0 ? 'error: missing instance file\n' : args.length > 1 ? 'error: expected exactly one instance file\n' : ''}${USAGE}\n`,
    );
    return EXIT_BAD_INPUT;
  }
  const [path] = args;
  let text: string;
  try {
    text = io.readText(path);
  } catch (error) {
    io.stderr(`error: cannot read ${path}: ${(error as Error).message}\n`);
    return EXIT_BAD_INPUT;
  }
  try {
    const instance = parseInstance(text);
    io.stdout(`${formatSolution(solveOptimal(instance.problem, instance.objective))}\n`);
    return EXIT_OK;
  } catch (error) {
    if (!(error instanceof InstanceError)) throw error;
    io.stderr(
      `error: invalid instance ${path}:\n${error.issues.map((issue) => `  ${issue}`).join('\n')}\n`,
    );
    return EXIT_BAD_INPUT;
  }
}
