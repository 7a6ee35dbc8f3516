import type { Rubric, RubricScores } from '@academy/shared/contracts';

// The points of a review and of a rubric are counted as the web apps count them.
export { rubricMaxPoints, rubricPoints } from '@academy/shared/contracts';

export interface RubricProblem {
  field: string;
  message: string;
}

/** A review must pick one level of every criterion, and nothing else. */
export function rubricProblems(rubric: Rubric, scores: RubricScores): RubricProblem[] {
  const problems: RubricProblem[] = [];
  const criteria = new Map(rubric.criteria.map((c) => [c.id, c]));
  for (const id of Object.keys(scores)) {
    if (!criteria.has(id)) problems.push({ field: `scores.${id}`, message: 'is not a criterion of this rubric' });
  }
  for (const criterion of rubric.criteria) {
    const level = scores[criterion.id];
    if (level === undefined) problems.push({ field: `scores.${criterion.id}`, message: 'choose a level' });
    else if (!criterion.levels.some((l) => l.id === level))
      problems.push({ field: `scores.${criterion.id}`, message: 'is not a level of this criterion' });
  }
  return problems;
}
