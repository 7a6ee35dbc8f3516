import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomProblem } from './testing/random-problem';
import { solveOptimal } from './lib/optimal-assignment';

// The real entry point as `npm run matching:solve` runs it (bundled on the fly with esbuild).
const SCRIPT = join(__dirname, '../../../../scripts/matching-solve.mjs');

describe('matching:solve CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'matching-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function run(instance: unknown, ...extraArgs: string[]) {
    const file = join(dir, `instance-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, typeof instance === 'string' ? instance : JSON.stringify(instance));
    return spawnSync(process.execPath, [SCRIPT, file, ...extraArgs], { encoding: 'utf8' });
  }

  it('prints the optimal assignment as JSON', () => {
    const result = run({
      objective: 'max-score',
      mentees: [{ id: 'a' }, { id: 'b' }],
      mentors: [
        { id: 'x', capacity: 1 },
        { id: 'y', capacity: 1 },
      ],
      scores: [
        [0, 0, 1000],
        [0, 1, 100],
        [1, 0, 500],
      ],
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('{"assignments":[[0,0]],"matched":1,"totalScore":1000}\n');
  });

  it('solves max-matched by default, as the library does on the same problem', () => {
    const problem = randomProblem({
      mentees: 40,
      mentors: 8,
      minCapacity: 1,
      maxCapacity: 3,
      density: 0.4,
      seed: 11,
    });
    const result = run({
      mentees: Array.from({ length: problem.menteeCount }, (_, i) => ({ id: `e${i}` })),
      mentors: problem.mentorCapacities.map((capacity, j) => ({ id: `m${j}`, capacity })),
      scores: problem.pairs.map((p) => [p.mentee, p.mentor, p.score]),
    });
    expect(result.status).toBe(0);
    const expected = solveOptimal(problem, 'max-matched');
    expect(JSON.parse(result.stdout)).toEqual({
      assignments: expected.assignments.map((a) => [a.mentee, a.mentor]),
      matched: expected.matched,
      totalScore: expected.totalScore,
    });
  });

  it('rejects a bad instance with exit code 2 and names the problem', () => {
    const result = run({
      mentees: [{ id: 'a' }],
      mentors: [{ id: 'x', capacity: 1 }],
      scores: [[0, 0, 1001]],
    });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('scores[0][2]: score must be an integer 0..1000');
  });

  it('rejects invalid JSON, a missing file and a missing argument with exit code 2', () => {
    const invalid = run('{ "mentees": ');
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toContain('not valid JSON');

    const missing = spawnSync(process.execPath, [SCRIPT, join(dir, 'nope.json')], {
      encoding: 'utf8',
    });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot read');

    const none = spawnSync(process.execPath, [SCRIPT], { encoding: 'utf8' });
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('usage: npm run matching:solve');
  });
});
