import {
  DEFAULT_MATCHING_WEIGHTS,
  MATCHING_CRITERIA,
  SCORE_SCALE,
  criterionMaxPoints,
} from './weights';

const total = (points: Record<string, number>) => Object.values(points).reduce((a, b) => a + b, 0);

describe('criterionMaxPoints', () => {
  it('shares the 1000 points by weight', () => {
    const points = criterionMaxPoints();
    expect(total(points)).toBe(SCORE_SCALE);
    expect(points.competence).toBe(350);
    expect(points.language).toBe(50);
  });

  it('always sums to exactly 1000 with whole points, whatever the weights', () => {
    const weights = [
      {
        competence: 1,
        sector: 1,
        territory: 1,
        language: 0,
        format: 0,
        availability: 0,
        experience: 0,
        preference: 0,
      },
      {
        competence: 1,
        sector: 1,
        territory: 1,
        language: 1,
        format: 1,
        availability: 1,
        experience: 1,
        preference: 0,
      },
      { competence: 0.3, sector: 2.7, territory: 0.01 },
      { preference: 1e9 },
    ];
    for (const w of weights) {
      const points = criterionMaxPoints(w);
      expect(total(points)).toBe(SCORE_SCALE);
      for (const criterion of MATCHING_CRITERIA)
        expect(Number.isInteger(points[criterion])).toBe(true);
    }
    // Three equal weights: 333.3 each, the leftover point goes to the first.
    expect(criterionMaxPoints(weights[0])).toMatchObject({
      competence: 334,
      sector: 333,
      territory: 333,
      language: 0,
    });
  });

  it('keeps default weights for criteria a programme does not set', () => {
    expect(criterionMaxPoints({ competence: DEFAULT_MATCHING_WEIGHTS.competence })).toEqual(
      criterionMaxPoints(),
    );
  });

  it('rejects negative, non-finite or all-zero weights', () => {
    expect(() => criterionMaxPoints({ sector: -1 })).toThrow('Weight of sector');
    expect(() => criterionMaxPoints({ sector: Number.NaN })).toThrow('Weight of sector');
    const zero = Object.fromEntries(MATCHING_CRITERIA.map((c) => [c, 0]));
    expect(() => criterionMaxPoints(zero)).toThrow('At least one matching weight must be positive');
  });
});
