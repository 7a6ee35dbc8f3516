import type { MatchExplanationItem } from '@academy/shared/contracts';
import { MATCHING_CRITERIA, type MatchingCriterion } from '@academy/shared/matching';
import type { TranslatedMessage, TranslationKey, TranslationParams } from '@academy/web/i18n';

/**
 * What the sentences need from the page: translation (for the names of languages, sectors,
 * formats and time slots), competence names from the frameworks' catalogue, and a list in the
 * reader's language ("Italian and French").
 */
export interface ExplanationNames {
  t(key: TranslationKey, params?: TranslationParams): string;
  competence(code: string): string;
  list(items: readonly string[]): string;
}

/**
 * Who reads the explanation: the mentee about their own suggestions ("your gap"), or a
 * programme's organiser about a pair ("the mentee's gap").
 */
export type ExplanationReader = 'mentee' | 'organiser';

/** One criterion of a match: its name, its points out of its maximum, and its facts in words. */
export interface ExplanationLine {
  criterion: string;
  label: TranslatedMessage;
  points: number;
  maxPoints: number;
  /** Share of the criterion's maximum, 0..100, for a small bar. */
  percent: number;
  facts: TranslatedMessage[];
}

type Criterion = MatchingCriterion;
const isCriterion = (value: string): value is Criterion =>
  (MATCHING_CRITERIA as readonly string[]).includes(value);

export const criterionKey = (criterion: Criterion) =>
  `mentoring.criterion.${criterion}` satisfies TranslationKey;

// The sentences that speak to the mentee ("you") and their versions for an organiser.
const PERSONAL = {
  mentee: {
    covers: 'mentoring.why.competence.covers',
    partly: 'mentoring.why.competence.partly',
    notAbove: 'mentoring.why.competence.notAbove',
    missing: 'mentoring.why.competence.missing',
    noCompetence: 'mentoring.why.competence.none',
    otherSector: 'mentoring.why.sector.other',
    noSector: 'mentoring.why.sector.none',
    sameTerritory: 'mentoring.why.territory.same',
    notFirstLanguage: 'mentoring.why.language.notFirst',
    anyTime: 'mentoring.why.availability.anyTime',
    experience: 'mentoring.why.experience',
    preferred: 'mentoring.why.preference.yes',
    notPreferred: 'mentoring.why.preference.no',
  },
  organiser: {
    covers: 'mentoring.pairWhy.competence.covers',
    partly: 'mentoring.pairWhy.competence.partly',
    notAbove: 'mentoring.pairWhy.competence.notAbove',
    missing: 'mentoring.pairWhy.competence.missing',
    noCompetence: 'mentoring.pairWhy.competence.none',
    otherSector: 'mentoring.pairWhy.sector.other',
    noSector: 'mentoring.pairWhy.sector.none',
    sameTerritory: 'mentoring.pairWhy.territory.same',
    notFirstLanguage: 'mentoring.pairWhy.language.notFirst',
    anyTime: 'mentoring.pairWhy.availability.anyTime',
    experience: 'mentoring.pairWhy.experience',
    preferred: 'mentoring.pairWhy.preference.yes',
    notPreferred: 'mentoring.pairWhy.preference.no',
  },
} as const satisfies Record<ExplanationReader, Record<string, TranslationKey>>;

// The API sends the facts as loosely typed JSON: read them defensively.
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
const num = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

interface GapFact {
  code: string;
  currentLevel: number;
  targetLevel: number;
  mentorLevel: number | null;
}

function gaps(value: unknown): GapFact[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((g: unknown) => {
    if (typeof g !== 'object' || g === null) return [];
    const fact = g as Record<string, unknown>;
    if (typeof fact['code'] !== 'string') return [];
    const currentLevel = num(fact['currentLevel']) ?? 0;
    return [
      {
        code: fact['code'],
        currentLevel,
        targetLevel: num(fact['targetLevel']) ?? currentLevel + 1,
        mentorLevel: num(fact['mentorLevel']),
      },
    ];
  });
}

/** How far a mentor's level takes the mentee from where they are to where they want to be. */
export function gapCoverage(gap: Pick<GapFact, 'currentLevel' | 'targetLevel' | 'mentorLevel'>) {
  if (gap.mentorLevel === null) return 'missing' as const;
  if (gap.mentorLevel >= gap.targetLevel) return 'covers' as const;
  if (gap.mentorLevel > gap.currentLevel) return 'partly' as const;
  return 'notAbove' as const;
}

/** A slot code, a format code or a language code as words, through its translation key. */
function named(
  names: ExplanationNames,
  codes: readonly string[],
  key: (code: string) => string,
): string {
  return names.list(codes.map((code) => names.t(key(code) as TranslationKey)));
}

function facts(
  item: MatchExplanationItem,
  criterion: Criterion,
  names: ExplanationNames,
  reader: ExplanationReader,
): TranslatedMessage[] {
  const say = PERSONAL[reader];
  switch (criterion) {
    case 'competence': {
      const list = gaps(item['gaps']);
      if (list.length === 0) return [{ key: say.noCompetence }];
      return list.map((gap) => ({
        key: say[gapCoverage(gap)],
        params: {
          competence: names.competence(gap.code),
          mentor: gap.mentorLevel ?? 0,
          current: gap.currentLevel,
          target: gap.targetLevel,
        },
      }));
    }
    case 'sector': {
      const sector = typeof item['sector'] === 'string' ? item['sector'] : null;
      if (!sector) return [{ key: say.noSector }];
      const params = { sector: names.t(`mentoring.sector.${sector}` as TranslationKey) };
      return [
        { key: item['shared'] === true ? 'mentoring.why.sector.shared' : say.otherSector, params },
      ];
    }
    case 'territory':
      if (item['sameTerritory'] === true) return [{ key: say.sameTerritory }];
      return [
        {
          key:
            (num(item['proximity']) ?? 0) > 0
              ? 'mentoring.why.territory.near'
              : 'mentoring.why.territory.other',
        },
      ];
    case 'language': {
      const shared = strings(item['sharedLanguages']);
      const lines: TranslatedMessage[] = shared.length
        ? [
            {
              key: 'mentoring.why.language.shared',
              params: { languages: named(names, shared, (c) => `language.${c}`) },
            },
          ]
        : [];
      if (item['preferredLanguageShared'] === false) lines.push({ key: say.notFirstLanguage });
      return lines;
    }
    case 'format': {
      const shared = strings(item['sharedFormats']);
      return shared.length
        ? [
            {
              key: 'mentoring.why.format.shared',
              params: { formats: named(names, shared, (c) => `mentoring.format.${c}`) },
            },
          ]
        : [{ key: 'mentoring.why.format.none' }];
    }
    case 'availability': {
      if (item['menteeAvailableAnyTime'] === true) return [{ key: say.anyTime }];
      const shared = strings(item['sharedSlots']);
      return shared.length
        ? [
            {
              key: 'mentoring.why.availability.shared',
              params: { slots: named(names, shared, (c) => `mentoring.slot.${c}`) },
            },
          ]
        : [{ key: 'mentoring.why.availability.none' }];
    }
    case 'experience':
      return [
        {
          key: say.experience,
          params: { mentor: num(item['mentorYears']) ?? 0, mentee: num(item['menteeYears']) ?? 0 },
        },
      ];
    case 'preference':
      return [{ key: item['preferred'] === true ? say.preferred : say.notPreferred }];
  }
}

/**
 * A match's explanation in words, one line per criterion in the API's order: the criterion,
 * its points out of its maximum, and the facts behind them ("Shares Italian", "Mentors
 * Financial and economic literacy at level 6, your gap (you: 2 → 5)"). A criterion the app does
 * not know yet still shows its points, without facts; one a programme weighs at nothing is left
 * out (it cannot add a point).
 */
export function explainMatch(
  items: readonly MatchExplanationItem[],
  names: ExplanationNames,
  reader: ExplanationReader = 'mentee',
): ExplanationLine[] {
  return items
    .filter((item) => (num(item.maxPoints) ?? 0) > 0)
    .map((item) => {
      const points = Math.max(0, num(item.points) ?? 0);
      const maxPoints = Math.max(0, num(item.maxPoints) ?? 0);
      const known = isCriterion(item.criterion);
      return {
        criterion: item.criterion,
        label: known
          ? { key: criterionKey(item.criterion as Criterion) }
          : { key: 'mentoring.criterion.other', params: { name: item.criterion } },
        points,
        maxPoints,
        percent: maxPoints > 0 ? Math.round((100 * Math.min(points, maxPoints)) / maxPoints) : 0,
        facts: known ? facts(item, item.criterion as Criterion, names, reader) : [],
      };
    });
}

/**
 * The few reasons that weigh most, for a short "why" before the full breakdown: the first fact
 * of each criterion that scored, most points first (the API's order between equals). The
 * mentor the mentee asked for comes first whatever its weight: it is the reason they know.
 */
export function strongestReasons(
  lines: readonly ExplanationLine[],
  count = 3,
): TranslatedMessage[] {
  const rank = (line: ExplanationLine) =>
    line.criterion === 'preference' ? Number.MAX_SAFE_INTEGER : line.points;
  return lines
    .filter((line) => line.points > 0 && line.facts.length > 0)
    .map((line, order) => ({ line, order }))
    .sort((a, b) => rank(b.line) - rank(a.line) || a.order - b.order)
    .slice(0, count)
    .map(({ line }) => line.facts[0] as TranslatedMessage);
}
