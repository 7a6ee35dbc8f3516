import type { ProgrammeView } from '@academy/shared/contracts';
import {
  DEFAULT_WEIGHTS,
  menteesForEdit,
  mentorChoices,
  pairEditRequest,
  parseUserIds,
  participantProblems,
  type ProgrammeFormValue,
  programmeProblems,
  programmeRequest,
  refusalKey,
  refusalKeys,
  unmatchedMentees,
} from './programmes';

const A = '3f2b8c1e-0000-4000-8000-00000000000a';
const B = '3f2b8c1e-0000-4000-8000-00000000000b';
const C = '3F2B8C1E-0000-4000-8000-00000000000C';

const form = (over: Partial<ProgrammeFormValue> = {}): ProgrammeFormValue => ({
  name: '  Spring round  ',
  startsOn: '2026-03-01',
  endsOn: '2026-06-30',
  territoryId: '',
  objective: 'max-matched',
  weights: {
    competence: null,
    availability: null,
    sector: null,
    territory: null,
    format: null,
    experience: null,
    language: null,
    preference: null,
  },
  ...over,
});

describe('a new programme', () => {
  it('sends the name trimmed and no weights while they are the defaults', () => {
    expect(programmeRequest(form())).toEqual({
      name: 'Spring round',
      startsOn: '2026-03-01',
      endsOn: '2026-06-30',
      objective: 'max-matched',
    });
    expect(
      programmeRequest(form({ weights: { ...form().weights, competence: 35 } })).weights,
    ).toBeUndefined();
  });

  it('sends every weight once one is changed, and the territory when chosen', () => {
    const request = programmeRequest(
      form({
        territoryId: 't1',
        objective: 'max-score',
        weights: { ...form().weights, sector: 40 },
      }),
    );
    expect(request.territoryId).toBe('t1');
    expect(request.objective).toBe('max-score');
    expect(request.weights).toEqual({ ...DEFAULT_WEIGHTS, sector: 40 });
  });

  it('names what is missing or wrong', () => {
    expect(programmeProblems(form(), false)).toEqual([]);
    expect(programmeProblems(form({ name: ' ', startsOn: '', endsOn: '' }), true)).toEqual([
      'name',
      'startsOn',
      'endsOn',
      'territoryId',
    ]);
    expect(programmeProblems(form({ endsOn: '2026-02-28' }), false)).toEqual(['endsBeforeStart']);
    expect(programmeProblems(form({ weights: { ...form().weights, sector: -1 } }), false)).toEqual([
      'weights',
    ]);
    const zero = Object.fromEntries(
      Object.keys(DEFAULT_WEIGHTS).map((k) => [k, 0]),
    ) as ProgrammeFormValue['weights'];
    expect(programmeProblems(form({ weights: zero }), false)).toEqual(['weights']);
  });
});

describe('participants pasted as user ids', () => {
  it('reads one id per line or separated by commas, once each, and keeps what is not an id apart', () => {
    expect(parseUserIds(`${A}\n${B}, ${C};\n\n  ${A}  ana@example.org`)).toEqual({
      ids: [A, B, C.toLowerCase()],
      invalid: ['ana@example.org'],
    });
    expect(parseUserIds('   ')).toEqual({ ids: [], invalid: [] });
  });

  it('reads the API’s refusals back to the ids that were sent', () => {
    const sent = { mentors: [A, B], mentees: [C] };
    expect(
      participantProblems(
        [
          { field: 'mentors.1', message: 'has no approved mentor profile' },
          { field: 'mentees.0', message: 'has no mentee profile' },
          { field: 'mentees.4', message: 'has no mentee profile' },
          { field: 'name', message: 'whatever' },
        ],
        sent,
      ),
    ).toEqual([
      { list: 'mentors', userId: B, key: 'mentoring.participants.noMentorProfile' },
      { list: 'mentees', userId: C, key: 'mentoring.participants.noMenteeProfile' },
    ]);
  });
});

describe('a refused draft edit', () => {
  it('gives every rule of the matching engine its own message', () => {
    const reasons = [
      'same-person',
      'mentor-paused',
      'mentor-full',
      'no-shared-language',
      'ended-pair',
      'excluded-pair',
      'mentee-already-paired',
    ];
    const keys = reasons.map(refusalKey);
    expect(keys).toEqual(reasons.map((r) => `mentoring.refusal.${r}`));
    expect(refusalKey('something-new')).toBe('mentoring.refusal.other');
  });

  it('reads several reasons joined by commas, and the API’s own sentences', () => {
    expect(refusalKeys([{ message: 'mentor-full, no-shared-language' }])).toEqual([
      'mentoring.refusal.mentor-full',
      'mentoring.refusal.no-shared-language',
    ]);
    expect(refusalKeys([{ message: 'is not a mentor of this programme' }])).toEqual([
      'mentoring.refusal.notMentor',
    ]);
    expect(refusalKeys([])).toEqual(['mentoring.refusal.other']);
  });
});

describe('editing a draft', () => {
  const programme = {
    mentors: [
      { id: 'm-marta', userId: 'u-marta', displayName: 'Marta', capacity: 3, activeMentees: 1 },
      { id: 'm-pedro', userId: 'u-pedro', displayName: 'Pedro', capacity: 1, activeMentees: 0 },
      { id: 'm-lena', userId: 'u-lena', displayName: 'Lena', capacity: 2, activeMentees: 0 },
    ],
    mentees: [
      { userId: 'e1', displayName: 'Ana' },
      { userId: 'e2', displayName: 'Bruno' },
      { userId: 'e3', displayName: 'Chiara' },
    ],
    pairs: [
      {
        id: 'p1',
        mentor: { id: 'm-marta', userId: 'u-marta', displayName: 'Marta' },
        mentee: { userId: 'e1', displayName: 'Ana' },
      },
      {
        id: 'p2',
        mentor: { id: 'm-pedro', userId: 'u-pedro', displayName: 'Pedro' },
        mentee: { userId: 'e2', displayName: 'Bruno' },
      },
    ],
    unmatchedMenteeIds: ['e3'],
  } as unknown as ProgrammeView;

  it('offers every mentor of the programme, also those in no pair yet, with their free places', () => {
    expect(mentorChoices(programme)).toEqual([
      { mentorId: 'm-marta', userId: 'u-marta', displayName: 'Marta', free: 1 },
      { mentorId: 'm-pedro', userId: 'u-pedro', displayName: 'Pedro', free: 0 },
      { mentorId: 'm-lena', userId: 'u-lena', displayName: 'Lena', free: 2 },
    ]);
  });

  it('offers the mentees without a mentor, and the one of a pair being removed', () => {
    expect(unmatchedMentees(programme)).toEqual([{ userId: 'e3', displayName: 'Chiara' }]);
    expect(menteesForEdit(programme, 'p2').map((m) => m.displayName)).toEqual(['Bruno', 'Chiara']);
    expect(menteesForEdit(programme, '').map((m) => m.displayName)).toEqual(['Chiara']);
  });

  it('sends a swap as one removal and one addition', () => {
    expect(pairEditRequest({ removePairId: 'p2', menteeId: 'e2', mentorId: 'm-marta' })).toEqual({
      remove: ['p2'],
      add: [{ menteeId: 'e2', mentorId: 'm-marta' }],
    });
    expect(pairEditRequest({ removePairId: 'p1', menteeId: '', mentorId: '' })).toEqual({
      remove: ['p1'],
      add: [],
    });
  });
});
