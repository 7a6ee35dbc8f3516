import type { MatchExplanationItem } from '@academy/shared/contracts';
import type { TranslationKey, TranslationParams } from '@academy/web/i18n';
import { type ExplanationNames, explainMatch, gapCoverage, strongestReasons } from './explanation';

// A few English names, enough to read the sentences' parameters as a person would.
const WORDS: Partial<Record<string, string>> = {
  'language.it': 'Italian',
  'language.fr': 'French',
  'language.en': 'English',
  'mentoring.sector.social_agriculture': 'social agriculture',
  'mentoring.format.online': 'online',
  'mentoring.format.in-person': 'in person',
  'mentoring.slot.weekday-evening': 'weekday evenings',
  'mentoring.slot.weekend': 'weekends',
};
const names: ExplanationNames = {
  t: (key: TranslationKey, _params?: TranslationParams) => WORDS[key] ?? key,
  competence: (code) =>
    code === 'entrecomp:2.4' ? 'Financial and economic literacy' : `[${code}]`,
  list: (items) => items.join(' and '),
};

const item = (criterion: string, points: number, maxPoints: number, facts = {}) =>
  ({ criterion, points, maxPoints, ...facts }) as MatchExplanationItem;

describe('a match explained', () => {
  it('words each competence gap by how far the mentor’s level takes the mentee', () => {
    const [line] = explainMatch(
      [
        item('competence', 210, 350, {
          gaps: [
            { code: 'entrecomp:2.4', currentLevel: 2, targetLevel: 5, mentorLevel: 6 },
            { code: 'entrecomp:1.2', currentLevel: 1, targetLevel: 4, mentorLevel: 3 },
            { code: 'entrecomp:3.1', currentLevel: 4, targetLevel: 6, mentorLevel: 4 },
            { code: 'digcomp:2.1', currentLevel: 0, targetLevel: 3, mentorLevel: null },
          ],
        }),
      ],
      names,
    );
    expect(line).toEqual({
      criterion: 'competence',
      label: { key: 'mentoring.criterion.competence' },
      points: 210,
      maxPoints: 350,
      percent: 60,
      facts: [
        {
          key: 'mentoring.why.competence.covers',
          params: {
            competence: 'Financial and economic literacy',
            mentor: 6,
            current: 2,
            target: 5,
          },
        },
        {
          key: 'mentoring.why.competence.partly',
          params: { competence: '[entrecomp:1.2]', mentor: 3, current: 1, target: 4 },
        },
        {
          key: 'mentoring.why.competence.notAbove',
          params: { competence: '[entrecomp:3.1]', mentor: 4, current: 4, target: 6 },
        },
        {
          key: 'mentoring.why.competence.missing',
          params: { competence: '[digcomp:2.1]', mentor: 0, current: 0, target: 3 },
        },
      ],
    });
  });

  it('says so when the mentee named no competence', () => {
    const [line] = explainMatch([item('competence', 0, 350, { gaps: [] })], names);
    expect(line?.facts).toEqual([{ key: 'mentoring.why.competence.none' }]);
  });

  it('names the shared sector, the mentee’s other sector, or the lack of one', () => {
    const lines = explainMatch(
      [
        item('sector', 100, 100, { sector: 'social_agriculture', shared: true }),
        item('sector', 0, 100, { sector: 'social_agriculture', shared: false }),
        item('sector', 0, 100, { sector: null, shared: false }),
      ],
      names,
    );
    expect(lines.map((l) => l.facts)).toEqual([
      [{ key: 'mentoring.why.sector.shared', params: { sector: 'social agriculture' } }],
      [{ key: 'mentoring.why.sector.other', params: { sector: 'social agriculture' } }],
      [{ key: 'mentoring.why.sector.none' }],
    ]);
  });

  it('tells the same territory from a nearby one and a distant one', () => {
    const lines = explainMatch(
      [
        item('territory', 100, 100, { sameTerritory: true, proximity: 1 }),
        item('territory', 40, 100, { sameTerritory: false, proximity: 0.4 }),
        item('territory', 0, 100, { sameTerritory: false, proximity: 0 }),
      ],
      names,
    );
    expect(lines.map((l) => l.facts[0]?.key)).toEqual([
      'mentoring.why.territory.same',
      'mentoring.why.territory.near',
      'mentoring.why.territory.other',
    ]);
  });

  it('lists the shared languages and notes a first language the mentor does not speak', () => {
    const [first, second] = explainMatch(
      [
        item('language', 50, 50, { sharedLanguages: ['it'], preferredLanguageShared: true }),
        item('language', 25, 50, { sharedLanguages: ['en', 'fr'], preferredLanguageShared: false }),
      ],
      names,
    );
    expect(first?.facts).toEqual([
      { key: 'mentoring.why.language.shared', params: { languages: 'Italian' } },
    ]);
    expect(second?.facts).toEqual([
      { key: 'mentoring.why.language.shared', params: { languages: 'English and French' } },
      { key: 'mentoring.why.language.notFirst' },
    ]);
  });

  it('names shared formats and time slots, or their absence', () => {
    const lines = explainMatch(
      [
        item('format', 100, 100, { sharedFormats: ['online', 'in-person'] }),
        item('format', 0, 100, { sharedFormats: [] }),
        item('availability', 75, 150, {
          sharedSlots: ['weekday-evening', 'weekend'],
          menteeAvailableAnyTime: false,
        }),
        item('availability', 150, 150, { sharedSlots: [], menteeAvailableAnyTime: true }),
        item('availability', 0, 150, { sharedSlots: [], menteeAvailableAnyTime: false }),
      ],
      names,
    );
    expect(lines.map((l) => l.facts)).toEqual([
      [{ key: 'mentoring.why.format.shared', params: { formats: 'online and in person' } }],
      [{ key: 'mentoring.why.format.none' }],
      [
        {
          key: 'mentoring.why.availability.shared',
          params: { slots: 'weekday evenings and weekends' },
        },
      ],
      [{ key: 'mentoring.why.availability.anyTime' }],
      [{ key: 'mentoring.why.availability.none' }],
    ]);
  });

  it('compares years of experience and notes the preferred mentor', () => {
    const lines = explainMatch(
      [
        item('experience', 100, 100, { mentorYears: 12, menteeYears: 1 }),
        item('preference', 50, 50, { preferred: true }),
        item('preference', 0, 50, { preferred: false }),
      ],
      names,
    );
    expect(lines.map((l) => l.facts)).toEqual([
      [{ key: 'mentoring.why.experience', params: { mentor: 12, mentee: 1 } }],
      [{ key: 'mentoring.why.preference.yes' }],
      [{ key: 'mentoring.why.preference.no' }],
    ]);
  });

  it('speaks of “the mentee” to a programme’s organiser', () => {
    const lines = explainMatch(
      [
        item('competence', 350, 350, {
          gaps: [{ code: 'entrecomp:2.4', currentLevel: 2, targetLevel: 5, mentorLevel: 6 }],
        }),
        item('sector', 100, 100, { sector: 'social_agriculture', shared: true }),
        item('language', 25, 50, { sharedLanguages: ['fr'], preferredLanguageShared: false }),
        item('experience', 60, 100, { mentorYears: 4, menteeYears: 1 }),
      ],
      names,
      'organiser',
    );
    expect(lines.flatMap((l) => l.facts.map((f) => f.key))).toEqual([
      'mentoring.pairWhy.competence.covers',
      'mentoring.why.sector.shared',
      'mentoring.why.language.shared',
      'mentoring.pairWhy.language.notFirst',
      'mentoring.pairWhy.experience',
    ]);
  });

  it('keeps an unknown criterion’s points, drops criteria worth nothing, and bounds the bar', () => {
    const lines = explainMatch(
      [
        item('mood', 30, 60, { whatever: true }),
        item('territory', 0, 0, { sameTerritory: true }),
        item('format', 120, 100, { sharedFormats: ['online', 42] }),
      ],
      names,
    );
    expect(lines).toEqual([
      {
        criterion: 'mood',
        label: { key: 'mentoring.criterion.other', params: { name: 'mood' } },
        points: 30,
        maxPoints: 60,
        percent: 50,
        facts: [],
      },
      {
        criterion: 'format',
        label: { key: 'mentoring.criterion.format' },
        points: 120,
        maxPoints: 100,
        percent: 100,
        facts: [{ key: 'mentoring.why.format.shared', params: { formats: 'online' } }],
      },
    ]);
  });
});

describe('the strongest reasons', () => {
  it('are the first fact of the criteria with the most points, ties in the API’s order, none that scored nothing', () => {
    const lines = explainMatch(
      [
        item('language', 50, 50, { sharedLanguages: ['it'] }),
        item('sector', 100, 100, { sector: 'social_agriculture', shared: true }),
        item('competence', 350, 350, {
          gaps: [
            { code: 'entrecomp:2.4', currentLevel: 2, targetLevel: 5, mentorLevel: 6 },
            { code: 'entrecomp:1.2', currentLevel: 1, targetLevel: 4, mentorLevel: 6 },
          ],
        }),
        item('format', 100, 100, { sharedFormats: ['online'] }),
        item('availability', 0, 150, { sharedSlots: [] }),
      ],
      names,
    );
    expect(strongestReasons(lines).map((m) => [m.key, m.params])).toEqual([
      [
        'mentoring.why.competence.covers',
        { competence: 'Financial and economic literacy', mentor: 6, current: 2, target: 5 },
      ],
      ['mentoring.why.sector.shared', { sector: 'social agriculture' }],
      ['mentoring.why.format.shared', { formats: 'online' }],
    ]);
    expect(strongestReasons(lines, 5).map((m) => m.key)).toContain('mentoring.why.language.shared');
    expect(strongestReasons(lines, 5).map((m) => m.key)).not.toContain(
      'mentoring.why.availability.none',
    );
  });

  it('put the mentor the mentee asked for first, whatever its weight', () => {
    const lines = explainMatch(
      [
        item('sector', 100, 100, { sector: 'social_agriculture', shared: true }),
        item('preference', 50, 50, { preferred: true }),
        item('language', 50, 50, { sharedLanguages: ['it'] }),
      ],
      names,
    );
    expect(strongestReasons(lines).map((m) => m.key)).toEqual([
      'mentoring.why.preference.yes',
      'mentoring.why.sector.shared',
      'mentoring.why.language.shared',
    ]);
  });
});

describe('a competence gap', () => {
  it('is covered from the target level up, partly between, and not at all at or below the current level', () => {
    expect(gapCoverage({ currentLevel: 2, targetLevel: 5, mentorLevel: 5 })).toBe('covers');
    expect(gapCoverage({ currentLevel: 2, targetLevel: 5, mentorLevel: 3 })).toBe('partly');
    expect(gapCoverage({ currentLevel: 2, targetLevel: 5, mentorLevel: 2 })).toBe('notAbove');
    expect(gapCoverage({ currentLevel: 2, targetLevel: 5, mentorLevel: null })).toBe('missing');
  });
});
