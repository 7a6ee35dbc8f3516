/**
 * Pair scoring: hard constraints decide whether a mentee–mentor pair is feasible at all; a
 * feasible pair scores 0..1000 as the sum of whole points per criterion. Each criterion's
 * contribution carries structured facts (never sentences) so that the interface can explain
 * a proposal in the reader's language.
 */
import { MeetingFormat, MenteeProfile, MentorProfile, PairRef } from './profiles';
import { MatchingCriterion, MatchingWeights, criterionMaxPoints } from './weights';

export type InfeasibilityReason =
  | 'same-person'
  | 'mentor-paused'
  | 'mentor-full'
  | 'no-shared-language'
  | 'ended-pair'
  | 'excluded-pair';

interface ContributionBase<C extends MatchingCriterion> {
  readonly criterion: C;
  readonly points: number;
  readonly maxPoints: number;
}

export interface CompetenceGapFact {
  readonly code: string;
  readonly currentLevel: number;
  readonly targetLevel: number;
  /** The mentor's level in this competence, or null when the mentor does not have it. */
  readonly mentorLevel: number | null;
}

export type CriterionContribution =
  | (ContributionBase<'competence'> & { readonly gaps: readonly CompetenceGapFact[] })
  | (ContributionBase<'sector'> & { readonly sector: string | null; readonly shared: boolean })
  | (ContributionBase<'territory'> & {
      readonly menteeTerritoryId: string | null;
      readonly mentorTerritoryId: string | null;
      readonly sameTerritory: boolean;
      readonly proximity: number;
    })
  | (ContributionBase<'language'> & {
      readonly sharedLanguages: readonly string[];
      readonly preferredLanguageShared: boolean;
    })
  | (ContributionBase<'format'> & { readonly sharedFormats: readonly MeetingFormat[] })
  | (ContributionBase<'availability'> & {
      readonly sharedSlots: readonly string[];
      readonly menteeAvailableAnyTime: boolean;
    })
  | (ContributionBase<'experience'> & {
      readonly mentorYears: number;
      readonly menteeYears: number;
    })
  | (ContributionBase<'preference'> & { readonly preferred: boolean });

export type PairEvaluation =
  | { readonly feasible: false; readonly reasons: readonly InfeasibilityReason[] }
  | {
      readonly feasible: true;
      readonly score: number;
      readonly contributions: readonly CriterionContribution[];
    };

export interface ScoringOptions {
  /** Per-programme weights; missing criteria keep their default weight. */
  readonly weights?: Partial<MatchingWeights>;
  /** Pairs that were matched before and ended: never proposed again. */
  readonly endedPairs?: Iterable<PairRef>;
  /** Pairs an administrator ruled out. */
  readonly excludedPairs?: Iterable<PairRef>;
  /** Extra years of experience at which the experience criterion is fully met (default 5). */
  readonly idealExperienceGap?: number;
  /**
   * How close two territories are, 0..1 (e.g. from a territory hierarchy or a distance).
   * Default: 1 for the same territory, 0 otherwise.
   */
  readonly territoryProximity?: (menteeTerritoryId: string, mentorTerritoryId: string) => number;
}

export interface PairScorer {
  readonly maxPoints: Readonly<Record<MatchingCriterion, number>>;
  evaluate(mentee: MenteeProfile, mentor: MentorProfile): PairEvaluation;
}

const DEFAULT_IDEAL_EXPERIENCE_GAP = 5;
const pairKey = (menteeId: string, mentorId: string): string => `${menteeId}\u0000${mentorId}`;
const keysOf = (pairs: Iterable<PairRef> | undefined): Set<string> =>
  new Set(Array.from(pairs ?? [], (pair) => pairKey(pair.menteeId, pair.mentorId)));
const clamp01 = (value: number): number =>
  Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;

export function createPairScorer(options: ScoringOptions = {}): PairScorer {
  const maxPoints = criterionMaxPoints(options.weights);
  const ended = keysOf(options.endedPairs);
  const excluded = keysOf(options.excludedPairs);
  const idealGap = options.idealExperienceGap ?? DEFAULT_IDEAL_EXPERIENCE_GAP;
  const proximity = options.territoryProximity ?? ((a: string, b: string) => (a === b ? 1 : 0));
  const points = (
    criterion: MatchingCriterion,
    fit: number,
  ): { points: number; maxPoints: number } => ({
    points: Math.round(maxPoints[criterion] * clamp01(fit)),
    maxPoints: maxPoints[criterion],
  });

  function infeasibility(
    mentee: MenteeProfile,
    mentor: MentorProfile,
    sharedLanguages: readonly string[],
  ): InfeasibilityReason[] {
    const reasons: InfeasibilityReason[] = [];
    if (mentee.personId === mentor.personId) reasons.push('same-person');
    if (mentor.paused) reasons.push('mentor-paused');
    if (mentor.capacity - mentor.activeMentees <= 0) reasons.push('mentor-full');
    if (sharedLanguages.length === 0) reasons.push('no-shared-language');
    const key = pairKey(mentee.id, mentor.id);
    if (ended.has(key)) reasons.push('ended-pair');
    if (excluded.has(key)) reasons.push('excluded-pair');
    return reasons;
  }

  /** Per gap: full credit when the mentor reaches the target, partial when between. */
  function competence(mentee: MenteeProfile, mentor: MentorProfile): CriterionContribution {
    const levels = new Map(mentor.competences.map((c) => [c.code, c.level]));
    let fitSum = 0;
    const gaps = mentee.wantedCompetences.map((wanted): CompetenceGapFact => {
      const currentLevel = wanted.currentLevel ?? 0;
      const targetLevel = Math.max(wanted.targetLevel ?? currentLevel + 1, currentLevel + 1);
      const mentorLevel = levels.get(wanted.code) ?? null;
      if (mentorLevel !== null)
        fitSum += clamp01((mentorLevel - currentLevel) / (targetLevel - currentLevel));
      return { code: wanted.code, currentLevel, targetLevel, mentorLevel };
    });
    // A mentee who names no gap gets no competence points from anyone: nothing to match on.
    const fit = gaps.length === 0 ? 0 : fitSum / gaps.length;
    return { criterion: 'competence', ...points('competence', fit), gaps };
  }

  function evaluate(mentee: MenteeProfile, mentor: MentorProfile): PairEvaluation {
    const mentorLanguages = new Set(mentor.languages);
    const sharedLanguages = mentee.languages.filter((language) => mentorLanguages.has(language));
    const reasons = infeasibility(mentee, mentor, sharedLanguages);
    if (reasons.length > 0) return { feasible: false, reasons };

    const sectorShared = mentee.sector !== null && mentor.sectors.includes(mentee.sector);
    const closeness =
      mentee.territoryId !== null && mentor.territoryId !== null
        ? clamp01(proximity(mentee.territoryId, mentor.territoryId))
        : 0;
    const preferredLanguageShared = sharedLanguages.includes(mentee.languages[0]);
    const sharedFormats = mentee.formats.filter((format) => mentor.formats.includes(format));
    const mentorSlots = new Set(mentor.availability);
    const sharedSlots = mentee.availability.filter((slot) => mentorSlots.has(slot));
    const anyTime = mentee.availability.length === 0;
    const experienceGap = mentor.experienceYears - mentee.experienceYears;
    const preferred = mentee.preferredMentorId === mentor.id;

    const contributions: CriterionContribution[] = [
      competence(mentee, mentor),
      {
        criterion: 'sector',
        ...points('sector', sectorShared ? 1 : 0),
        sector: mentee.sector,
        shared: sectorShared,
      },
      {
        criterion: 'territory',
        ...points('territory', closeness),
        menteeTerritoryId: mentee.territoryId,
        mentorTerritoryId: mentor.territoryId,
        sameTerritory: mentee.territoryId !== null && mentee.territoryId === mentor.territoryId,
        proximity: closeness,
      },
      // Sharing any language is a hard constraint; sharing the mentee's first one is better.
      {
        criterion: 'language',
        ...points('language', preferredLanguageShared ? 1 : 0.5),
        sharedLanguages,
        preferredLanguageShared,
      },
      { criterion: 'format', ...points('format', sharedFormats.length > 0 ? 1 : 0), sharedFormats },
      {
        criterion: 'availability',
        ...points('availability', anyTime ? 1 : sharedSlots.length / mentee.availability.length),
        sharedSlots,
        menteeAvailableAnyTime: anyTime,
      },
      {
        criterion: 'experience',
        ...points(
          'experience',
          idealGap > 0 ? experienceGap / idealGap : experienceGap >= 0 ? 1 : 0,
        ),
        mentorYears: mentor.experienceYears,
        menteeYears: mentee.experienceYears,
      },
      { criterion: 'preference', ...points('preference', preferred ? 1 : 0), preferred },
    ];
    const score = contributions.reduce((sum, contribution) => sum + contribution.points, 0);
    return { feasible: true, score, contributions };
  }

  return { maxPoints, evaluate };
}
