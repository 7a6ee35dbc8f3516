/**
 * The CLI's JSON instance format:
 *   { "objective": "max-matched" | "max-score",            (optional, default max-matched)
 *     "mentees": [{ "id": "..." }, ...],
 *     "mentors": [{ "id": "...", "capacity": 3 }, ...],
 *     "scores": [[menteeIndex, mentorIndex, score], ...] }  (a missing pair is infeasible)
 * and its solution format:
 *   { "assignments": [[menteeIndex, mentorIndex], ...], "matched": n, "totalScore": s }
 * Problems are reported by JSON path, e.g. `scores[3][2]: score must be an integer 0..1000`.
 */
import {
  AssignmentProblem,
  AssignmentResult,
  DEFAULT_OBJECTIVE,
  MatchingObjective,
  ProblemIssue,
  ScoredPair,
  validateProblem,
} from './assignment-problem';

export interface MatchingInstance {
  readonly objective: MatchingObjective;
  readonly menteeIds: readonly string[];
  readonly mentorIds: readonly string[];
  readonly problem: AssignmentProblem;
}

export class InstanceError extends Error {
  constructor(readonly issues: readonly string[]) {
    super(issues.join('\n'));
    this.name = 'InstanceError';
  }
}

const OBJECTIVES: readonly MatchingObjective[] = ['max-matched', 'max-score'];
const FIELDS = new Set(['objective', 'mentees', 'mentors', 'scores']);
/** More than this many issues are summarised: a broken generator would print thousands. */
const MAX_ISSUES = 20;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readIds(
  issues: string[],
  value: unknown,
  field: 'mentees' | 'mentors',
): { ids: string[]; items: Record<string, unknown>[] } {
  if (!Array.isArray(value)) {
    issues.push(`${field}: must be an array`);
    return { ids: [], items: [] };
  }
  const seen = new Set<string>();
  const ids: string[] = [];
  const items: Record<string, unknown>[] = [];
  value.forEach((item: unknown, index) => {
    if (!isRecord(item) || typeof item['id'] !== 'string' || item['id'] === '') {
      issues.push(`${field}[${index}]: must be an object with a non-empty string "id"`);
      items.push({});
      ids.push('');
      return;
    }
    const id = item['id'];
    if (seen.has(id)) issues.push(`${field}[${index}].id: duplicate id ${JSON.stringify(id)}`);
    seen.add(id);
    ids.push(id);
    items.push(item);
  });
  return { ids, items };
}

const SCORE_POSITION: Partial<Record<ProblemIssue['field'], number>> = {
  mentee: 0,
  mentor: 1,
  score: 2,
};

function issuePath(issue: ProblemIssue): string {
  if (issue.pair === undefined)
    return issue.mentor !== undefined ? `mentors[${issue.mentor}].capacity` : issue.field;
  const position = SCORE_POSITION[issue.field];
  return position === undefined ? `scores[${issue.pair}]` : `scores[${issue.pair}][${position}]`;
}

export function parseInstance(text: string): MatchingInstance {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InstanceError([`instance: not valid JSON (${(error as Error).message})`]);
  }
  if (!isRecord(data))
    throw new InstanceError([
      'instance: must be a JSON object with "mentees", "mentors" and "scores"',
    ]);

  const issues: string[] = [];
  for (const key of Object.keys(data)) {
    if (!FIELDS.has(key))
      issues.push(`${key}: unknown field (expected objective, mentees, mentors, scores)`);
  }
  const objective = data['objective'] ?? DEFAULT_OBJECTIVE;
  if (!OBJECTIVES.includes(objective as MatchingObjective))
    issues.push(`objective: must be "max-matched" or "max-score"`);
  const mentees = readIds(issues, data['mentees'], 'mentees');
  const mentors = readIds(issues, data['mentors'], 'mentors');
  const mentorCapacities = mentors.items.map((mentor, index) => {
    const capacity = mentor['capacity'];
    if (mentors.ids[index] !== '' && (!Number.isInteger(capacity) || (capacity as number) < 0)) {
      issues.push(`mentors[${index}].capacity: must be a non-negative integer`);
    }
    return typeof capacity === 'number' ? capacity : 0;
  });

  const pairs: ScoredPair[] = [];
  const scores = data['scores'];
  if (!Array.isArray(scores)) {
    issues.push('scores: must be an array of [menteeIndex, mentorIndex, score]');
  } else {
    scores.forEach((entry: unknown, index) => {
      if (!Array.isArray(entry) || entry.length !== 3) {
        issues.push(`scores[${index}]: must be an array [menteeIndex, mentorIndex, score]`);
        return;
      }
      const [mentee, mentor, score] = entry as number[];
      pairs.push({ mentee, mentor, score });
    });
  }
  if (issues.length === 0) {
    const problem: AssignmentProblem = { menteeCount: mentees.ids.length, mentorCapacities, pairs };
    issues.push(
      ...validateProblem(problem).map((issue) => `${issuePath(issue)}: ${issue.message}`),
    );
  }
  if (issues.length > 0) {
    const shown = issues.slice(0, MAX_ISSUES);
    if (issues.length > MAX_ISSUES)
      shown.push(`... and ${issues.length - MAX_ISSUES} more problems`);
    throw new InstanceError(shown);
  }
  return {
    objective: objective as MatchingObjective,
    menteeIds: mentees.ids,
    mentorIds: mentors.ids,
    problem: { menteeCount: mentees.ids.length, mentorCapacities, pairs },
  };
}

export function formatSolution(result: AssignmentResult): string {
  return JSON.stringify({
    assignments: result.assignments.map(({ mentee, mentor }) => [mentee, mentor]),
    matched: result.matched,
    totalScore: result.totalScore,
  });
}
