import { CriterionContribution, PairEvaluation, createPairScorer } from './scoring';
import { MATCHING_CRITERIA } from './weights';
import { mentee, mentor } from '../testing/profiles';
import { createPrng } from '../testing/prng';

function feasible(evaluation: PairEvaluation) {
  if (!evaluation.feasible)
    throw new Error(`expected a feasible pair, got ${evaluation.reasons.join(', ')}`);
  return evaluation;
}

function contribution<C extends CriterionContribution['criterion']>(
  evaluation: PairEvaluation,
  criterion: C,
) {
  return feasible(evaluation).contributions.find((c) => c.criterion === criterion) as Extract<
    CriterionContribution,
    { criterion: C }
  >;
}

describe('createPairScorer', () => {
  const scorer = createPairScorer();

  it('gives a pair that meets every criterion fully exactly 1000 points', () => {
    const evaluation = scorer.evaluate(mentee({ preferredMentorId: 'mentor-1' }), mentor());
    expect(feasible(evaluation).score).toBe(1000);
  });

  it('explains each criterion with structured facts whose points add up to the score', () => {
    const evaluation = feasible(scorer.evaluate(mentee(), mentor()));
    expect(evaluation.contributions.map((c) => c.criterion)).toEqual([...MATCHING_CRITERIA]);
    expect(evaluation.contributions.reduce((sum, c) => sum + c.points, 0)).toBe(evaluation.score);
    expect(contribution(evaluation, 'competence').gaps).toEqual([
      { code: 'financial-literacy', currentLevel: 2, targetLevel: 5, mentorLevel: 6 },
    ]);
    expect(contribution(evaluation, 'language')).toMatchObject({
      sharedLanguages: ['it'],
      preferredLanguageShared: true,
      points: 50,
    });
    expect(contribution(evaluation, 'sector')).toMatchObject({
      sector: 'social-agriculture',
      shared: true,
    });
    expect(contribution(evaluation, 'territory')).toMatchObject({
      sameTerritory: true,
      proximity: 1,
    });
    expect(contribution(evaluation, 'format')).toMatchObject({ sharedFormats: ['online'] });
    expect(contribution(evaluation, 'availability')).toMatchObject({
      sharedSlots: ['weekday-evening'],
      menteeAvailableAnyTime: false,
    });
    expect(contribution(evaluation, 'experience')).toMatchObject({
      mentorYears: 12,
      menteeYears: 2,
    });
    expect(contribution(evaluation, 'preference')).toMatchObject({ preferred: false, points: 0 });
    expect(evaluation.score).toBe(950);
  });

  it.each([
    ['same-person', mentee({ personId: 'p' }), mentor({ personId: 'p' })],
    ['mentor-paused', mentee(), mentor({ paused: true })],
    ['mentor-full', mentee(), mentor({ capacity: 2, activeMentees: 2 })],
    ['no-shared-language', mentee({ languages: ['pt'] }), mentor({ languages: ['it', 'en'] })],
  ] as const)('makes the pair infeasible: %s', (reason, e, m) => {
    expect(scorer.evaluate(e, m)).toEqual({ feasible: false, reasons: [reason] });
  });

  it('rules out ended pairs and admin exclusions, and only those', () => {
    const strict = createPairScorer({
      endedPairs: [{ menteeId: 'mentee-1', mentorId: 'mentor-1' }],
      excludedPairs: [{ menteeId: 'mentee-2', mentorId: 'mentor-1' }],
    });
    expect(strict.evaluate(mentee(), mentor())).toEqual({
      feasible: false,
      reasons: ['ended-pair'],
    });
    expect(strict.evaluate(mentee({ id: 'mentee-2' }), mentor())).toEqual({
      feasible: false,
      reasons: ['excluded-pair'],
    });
    expect(strict.evaluate(mentee({ id: 'mentee-3' }), mentor()).feasible).toBe(true);
    expect(strict.evaluate(mentee(), mentor({ id: 'mentor-2' })).feasible).toBe(true);
  });

  it('lists every reason when several hard constraints fail', () => {
    const evaluation = scorer.evaluate(
      mentee({ personId: 'p', languages: ['fr'] }),
      mentor({ personId: 'p', paused: true }),
    );
    expect(evaluation).toEqual({
      feasible: false,
      reasons: ['same-person', 'mentor-paused', 'no-shared-language'],
    });
  });

  it('gives partial competence credit when the mentor is above the mentee but below the target', () => {
    const wanted = [{ code: 'financial-literacy', currentLevel: 2, targetLevel: 6 }];
    // Level 4 covers 2 of the 4 levels of the gap: half of the 350 points.
    expect(
      contribution(
        scorer.evaluate(
          mentee({ wantedCompetences: wanted }),
          mentor({ competences: [{ code: 'financial-literacy', level: 4 }] }),
        ),
        'competence',
      ).points,
    ).toBe(175);
    expect(
      contribution(
        scorer.evaluate(
          mentee({ wantedCompetences: wanted }),
          mentor({ competences: [{ code: 'financial-literacy', level: 2 }] }),
        ),
        'competence',
      ).points,
    ).toBe(0);
    expect(
      contribution(
        scorer.evaluate(mentee({ wantedCompetences: wanted }), mentor({ competences: [] })),
        'competence',
      ),
    ).toMatchObject({
      points: 0,
      gaps: [{ code: 'financial-literacy', mentorLevel: null }],
    });
  });

  it('changes scores with the programme weights', () => {
    const e = mentee({ sector: 'housing' });
    const m = mentor();
    const sectorHeavy = createPairScorer({ weights: { sector: 1000 } });
    const competenceHeavy = createPairScorer({ weights: { competence: 1000 } });
    expect(feasible(sectorHeavy.evaluate(e, m)).score).toBeLessThan(
      feasible(competenceHeavy.evaluate(e, m)).score,
    );
    expect(contribution(sectorHeavy.evaluate(e, m), 'sector')).toMatchObject({
      shared: false,
      points: 0,
    });
    expect(contribution(sectorHeavy.evaluate(e, m), 'sector').maxPoints).toBeGreaterThan(800);
  });

  it('uses the territory proximity the programme supplies', () => {
    const region: Record<string, string> = { pordenone: 'fvg', udine: 'fvg', cascais: 'lisboa' };
    const nearby = createPairScorer({
      territoryProximity: (a, b) => (a === b ? 1 : region[a] === region[b] ? 0.5 : 0),
    });
    expect(
      contribution(nearby.evaluate(mentee({ territoryId: 'udine' }), mentor()), 'territory'),
    ).toMatchObject({ proximity: 0.5, points: 50, sameTerritory: false });
    expect(
      contribution(nearby.evaluate(mentee({ territoryId: 'cascais' }), mentor()), 'territory')
        .points,
    ).toBe(0);
    expect(
      contribution(scorer.evaluate(mentee({ territoryId: null }), mentor()), 'territory').points,
    ).toBe(0);
  });

  it('scores availability by the share of the mentee slots the mentor covers', () => {
    const e = mentee({
      availability: ['weekday-morning', 'weekday-evening', 'weekend', 'weekday-afternoon'],
    });
    expect(contribution(scorer.evaluate(e, mentor()), 'availability')).toMatchObject({
      points: 75,
      sharedSlots: ['weekday-evening', 'weekend'],
    });
    expect(
      contribution(
        scorer.evaluate(mentee({ availability: [] }), mentor({ availability: [] })),
        'availability',
      ),
    ).toMatchObject({ points: 150, menteeAvailableAnyTime: true });
  });

  it('keeps every score an integer in 0..1000 whose contributions add up, on random profiles', () => {
    const prng = createPrng(99);
    const pick = <T>(values: readonly T[]): T[] => values.filter(() => prng.next() < 0.5);
    const languages = ['it', 'en', 'pt', 'es', 'fr'];
    const slots = ['weekday-morning', 'weekday-evening', 'weekend'];
    const codes = ['financial-literacy', 'creativity', 'vision', 'planning'];
    let feasibleCount = 0;
    for (let k = 0; k < 500; k++) {
      const weights = Object.fromEntries(MATCHING_CRITERIA.map((c) => [c, prng.int(0, 10)]));
      weights['competence'] += 1;
      const random = createPairScorer({ weights, idealExperienceGap: prng.int(0, 10) });
      const e = mentee({
        languages: pick(languages),
        sector: prng.next() < 0.2 ? null : 'social-agriculture',
        wantedCompetences: pick(codes).map((code) => ({
          code,
          currentLevel: prng.int(0, 4),
          targetLevel: prng.int(0, 8),
        })),
        availability: pick(slots),
        formats: pick(['online', 'in-person'] as const),
        experienceYears: prng.int(0, 30),
      });
      const m = mentor({
        languages: pick(languages),
        competences: pick(codes).map((code) => ({ code, level: prng.int(1, 8) })),
        availability: pick(slots),
        formats: pick(['online', 'in-person'] as const),
        experienceYears: prng.int(0, 30),
      });
      const evaluation = random.evaluate(e, m);
      if (!evaluation.feasible) continue;
      feasibleCount++;
      expect(Number.isInteger(evaluation.score)).toBe(true);
      expect(evaluation.score).toBeGreaterThanOrEqual(0);
      expect(evaluation.score).toBeLessThanOrEqual(1000);
      expect(evaluation.contributions.reduce((sum, c) => sum + c.points, 0)).toBe(evaluation.score);
      for (const c of evaluation.contributions) expect(c.points).toBeLessThanOrEqual(c.maxPoints);
    }
    expect(feasibleCount).toBeGreaterThan(100);
  });
});
