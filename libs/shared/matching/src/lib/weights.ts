/** Scoring criteria and their per-programme weights. */

export const MATCHING_CRITERIA = [
  'competence',
  'sector',
  'territory',
  'language',
  'format',
  'availability',
  'experience',
  'preference',
] as const;
export type MatchingCriterion = (typeof MATCHING_CRITERIA)[number];

/** Relative importance of each criterion (non-negative; only the proportions matter). */
export type MatchingWeights = Readonly<Record<MatchingCriterion, number>>;

export const DEFAULT_MATCHING_WEIGHTS: MatchingWeights = {
  competence: 35,
  availability: 15,
  sector: 10,
  territory: 10,
  format: 10,
  experience: 10,
  language: 5,
  preference: 5,
};

/** Total points of a pair that meets every criterion fully. */
export const SCORE_SCALE = 1000;

/**
 * Whole points each criterion can contribute, summing to exactly SCORE_SCALE: shares of the
 * scale by weight, rounded by largest remainder so that rounding never loses or adds points.
 */
export function criterionMaxPoints(
  weights: Partial<MatchingWeights> = {},
): Readonly<Record<MatchingCriterion, number>> {
  const merged: MatchingWeights = { ...DEFAULT_MATCHING_WEIGHTS, ...weights };
  let sum = 0;
  for (const criterion of MATCHING_CRITERIA) {
    const weight = merged[criterion];
    if (!Number.isFinite(weight) || weight < 0)
      throw new RangeError(`Weight of ${criterion} must be a finite number >= 0, got ${weight}`);
    sum += weight;
  }
  if (sum <= 0) throw new RangeError('At least one matching weight must be positive');

  const exact = MATCHING_CRITERIA.map((criterion) => (SCORE_SCALE * merged[criterion]) / sum);
  const points = exact.map(Math.floor);
  let left = SCORE_SCALE - points.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - points[index] }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left === 0) break;
    points[index]++;
    left--;
  }
  return Object.fromEntries(
    MATCHING_CRITERIA.map((criterion, index) => [criterion, points[index]]),
  ) as Record<MatchingCriterion, number>;
}
