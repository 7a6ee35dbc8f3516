// `npm run bench:matching`: speed of the exact mentor–mentee assignment engine against the
// greedy baseline, and how much the greedy baseline loses.
//   1. 2,000 mentees x 400 mentors, places 1-5 per mentor, about half of the pairs feasible,
//      10 seeded instances (--runs=N to change): median solve times, matched counts, scores.
//   2. 10,000 mentees x 2,000 mentors, each mentee restricted to its best 50 candidates
//      (--large-runs=N, default 1).
// Instance generation and result checks are not timed. Every result goes through
// checkAssignment; an invalid one fails the run (exit code 1).
import { importLibraryModules } from '../libs/shared/matching/tools/load-typescript.mjs';

const lib = await importLibraryModules('src/index.ts', 'src/testing/random-problem.ts');
const { solveOptimal, solveGreedy, checkAssignment, randomProblem } = lib;

const option = (name, fallback) => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? Number(arg.slice(name.length + 3)) : fallback;
};
const RUNS = option('runs', 10);
const LARGE_RUNS = option('large-runs', 1);
const GOAL_MEDIUM_MS = 1000;
const GOAL_LARGE_MS = 30000;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => `${value.toFixed(0)} ms`;
const pct = (part, whole) => (whole === 0 ? '100.00%' : `${((100 * part) / whole).toFixed(2)}%`);

function timed(solve, problem) {
  const start = performance.now();
  const result = solve();
  const elapsed = performance.now() - start;
  const check = checkAssignment(problem, result);
  if (!check.valid) {
    console.error(`INVALID RESULT: ${check.violations[0].message}`);
    process.exit(1);
  }
  return { result, elapsed };
}

function runAll(problem) {
  return {
    matched: timed(() => solveOptimal(problem, 'max-matched'), problem),
    score: timed(() => solveOptimal(problem, 'max-score'), problem),
    greedy: timed(() => solveGreedy(problem), problem),
  };
}

function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padStart(widths[i])).join('  ');
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

// Let the JIT compile the engines before anything is timed.
for (let seed = 1; seed <= 3; seed++) {
  runAll(
    randomProblem({
      mentees: 400,
      mentors: 80,
      minCapacity: 1,
      maxCapacity: 5,
      density: 0.5,
      seed: 1000 + seed,
    }),
  );
}

console.log(`\nMentor–mentee assignment benchmark (Node ${process.versions.node})`);
console.log(
  `\n1. 2,000 mentees x 400 mentors, places 1-5, ~50% of pairs feasible, ${RUNS} seeded instances`,
);
console.log(
  '   optimal = exact engine; "max-matched" = most mentees matched, then highest total score;',
);
console.log(
  '   "max-score" = highest total score, then most matched; greedy = highest score first.\n',
);
const medium = [];
for (let seed = 1; seed <= RUNS; seed++) {
  const problem = randomProblem({
    mentees: 2000,
    mentors: 400,
    minCapacity: 1,
    maxCapacity: 5,
    density: 0.5,
    seed,
  });
  const places = problem.mentorCapacities.reduce((a, b) => a + b, 0);
  medium.push({ seed, pairs: problem.pairs.length, places, ...runAll(problem) });
}
table(
  [
    'seed',
    'pairs',
    'places',
    'max-matched',
    'max-score',
    'greedy',
    'matched opt',
    'matched greedy',
    'score opt',
    'score greedy',
    'greedy/opt score',
  ],
  medium.map((r) => [
    r.seed,
    r.pairs,
    r.places,
    ms(r.matched.elapsed),
    ms(r.score.elapsed),
    ms(r.greedy.elapsed),
    r.matched.result.matched,
    r.greedy.result.matched,
    r.score.result.totalScore,
    r.greedy.result.totalScore,
    pct(r.greedy.result.totalScore, r.score.result.totalScore),
  ]),
);
const medianMatched = median(medium.map((r) => r.matched.elapsed));
const medianScore = median(medium.map((r) => r.score.elapsed));
console.log('\nMedians:');
table(
  ['engine', 'median time', 'median matched', 'median total score', 'score vs optimum'],
  [
    [
      'optimal max-matched',
      ms(medianMatched),
      median(medium.map((r) => r.matched.result.matched)),
      median(medium.map((r) => r.matched.result.totalScore)),
      '-',
    ],
    [
      'optimal max-score',
      ms(medianScore),
      median(medium.map((r) => r.score.result.matched)),
      median(medium.map((r) => r.score.result.totalScore)),
      '100.00%',
    ],
    [
      'greedy',
      ms(median(medium.map((r) => r.greedy.elapsed))),
      median(medium.map((r) => r.greedy.result.matched)),
      median(medium.map((r) => r.greedy.result.totalScore)),
      `${pct(median(medium.map((r) => r.greedy.result.totalScore / r.score.result.totalScore)), 1)} (median ratio)`,
    ],
  ],
);

console.log(`\n2. 10,000 mentees x 2,000 mentors, places 1-5, ~50% of pairs feasible,`);
console.log(
  `   RESTRICTED to each mentee's best 50 candidates (500,000 pairs), ${LARGE_RUNS} seeded instance(s)\n`,
);
const large = [];
for (let run = 1; run <= LARGE_RUNS; run++) {
  const seed = 100 + run;
  const problem = randomProblem({
    mentees: 10000,
    mentors: 2000,
    minCapacity: 1,
    maxCapacity: 5,
    density: 0.5,
    candidateLimit: 50,
    seed,
  });
  large.push({ seed, pairs: problem.pairs.length, ...runAll(problem) });
}
table(
  [
    'seed',
    'pairs',
    'max-matched',
    'max-score',
    'greedy',
    'matched opt',
    'matched greedy',
    'score opt',
    'score greedy',
    'greedy/opt score',
  ],
  large.map((r) => [
    r.seed,
    r.pairs,
    ms(r.matched.elapsed),
    ms(r.score.elapsed),
    ms(r.greedy.elapsed),
    r.matched.result.matched,
    r.greedy.result.matched,
    r.score.result.totalScore,
    r.greedy.result.totalScore,
    pct(r.greedy.result.totalScore, r.score.result.totalScore),
  ]),
);
const largeWorst = Math.max(...large.flatMap((r) => [r.matched.elapsed, r.score.elapsed]));

console.log('\nGoals:');
const goal = (ok) => (ok ? 'met' : 'MISSED');
console.log(
  `  median optimal solve < ${GOAL_MEDIUM_MS} ms (2,000 x 400): max-matched ${ms(medianMatched)}, max-score ${ms(medianScore)} -> ${goal(Math.max(medianMatched, medianScore) < GOAL_MEDIUM_MS)}`,
);
console.log(
  `  optimal solve < ${GOAL_LARGE_MS / 1000} s (10,000 x 2,000, best 50 candidates): slowest ${ms(largeWorst)} -> ${goal(largeWorst < GOAL_LARGE_MS)}`,
);
