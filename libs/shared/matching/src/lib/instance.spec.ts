import { InstanceError, formatSolution, parseInstance } from './instance';

const valid = {
  objective: 'max-score',
  mentees: [{ id: 'a' }, { id: 'b' }],
  mentors: [{ id: 'x', capacity: 2 }],
  scores: [
    [0, 0, 10],
    [1, 0, 0],
  ],
};

function issuesOf(data: unknown): readonly string[] {
  try {
    parseInstance(typeof data === 'string' ? data : JSON.stringify(data));
  } catch (error) {
    if (error instanceof InstanceError) return error.issues;
    throw error;
  }
  throw new Error('expected the instance to be rejected');
}

describe('parseInstance', () => {
  it('reads a valid instance', () => {
    const instance = parseInstance(JSON.stringify(valid));
    expect(instance).toEqual({
      objective: 'max-score',
      menteeIds: ['a', 'b'],
      mentorIds: ['x'],
      problem: {
        menteeCount: 2,
        mentorCapacities: [2],
        pairs: [
          { mentee: 0, mentor: 0, score: 10 },
          { mentee: 1, mentor: 0, score: 0 },
        ],
      },
    });
  });

  it('defaults the objective to max-matched', () => {
    const { objective: _objective, ...rest } = valid;
    expect(parseInstance(JSON.stringify(rest)).objective).toBe('max-matched');
  });

  it.each([
    ['not JSON', '{"mentees": [', /^instance: not valid JSON/],
    ['an array', [], /^instance: must be a JSON object/],
    [
      'a bad objective',
      { ...valid, objective: 'fast' },
      /^objective: must be "max-matched" or "max-score"$/,
    ],
    ['an unknown field', { ...valid, score: [] }, /^score: unknown field/],
    ['mentees not an array', { ...valid, mentees: {} }, /^mentees: must be an array$/],
    [
      'a mentee without id',
      { ...valid, mentees: [{ id: 'a' }, { name: 'b' }] },
      /^mentees\[1\]: must be an object with a non-empty string "id"$/,
    ],
    [
      'a duplicate mentor id',
      {
        ...valid,
        mentors: [
          { id: 'x', capacity: 1 },
          { id: 'x', capacity: 1 },
        ],
      },
      /^mentors\[1\]\.id: duplicate id "x"$/,
    ],
    [
      'a negative capacity',
      { ...valid, mentors: [{ id: 'x', capacity: -1 }] },
      /^mentors\[0\]\.capacity: must be a non-negative integer$/,
    ],
    [
      'a missing capacity',
      { ...valid, mentors: [{ id: 'x' }] },
      /^mentors\[0\]\.capacity: must be a non-negative integer$/,
    ],
    ['scores not an array', { ...valid, scores: 'none' }, /^scores: must be an array/],
    [
      'a short score entry',
      { ...valid, scores: [[0, 0]] },
      /^scores\[0\]: must be an array \[menteeIndex, mentorIndex, score\]$/,
    ],
    [
      'a mentee index out of range',
      { ...valid, scores: [[2, 0, 5]] },
      /^scores\[0\]\[0\]: mentee index must be an integer 0\.\.1$/,
    ],
    [
      'a fractional mentor index',
      { ...valid, scores: [[0, 0.5, 5]] },
      /^scores\[0\]\[1\]: mentor index must be an integer 0\.\.0$/,
    ],
    [
      'a score above 1000',
      {
        ...valid,
        scores: [
          [0, 0, 1],
          [1, 0, 1],
          [0, 0, 2],
          [1, 0, 1001],
        ],
      },
      /^scores\[3\]\[2\]: score must be an integer 0\.\.1000$/,
    ],
    [
      'a string score',
      { ...valid, scores: [[0, 0, '7']] },
      /^scores\[0\]\[2\]: score must be an integer 0\.\.1000$/,
    ],
    [
      'a duplicate pair',
      {
        ...valid,
        scores: [
          [0, 0, 1],
          [0, 0, 2],
        ],
      },
      /^scores\[1\]: duplicate pair \(mentee 0, mentor 0\)$/,
    ],
  ])('names the problem in %s', (_case, data, message) => {
    const issues = issuesOf(data);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(message);
  });

  it('reports several problems at once, capped', () => {
    expect(issuesOf({ ...valid, objective: 1, mentees: 3 })).toEqual([
      'objective: must be "max-matched" or "max-score"',
      'mentees: must be an array',
    ]);
    const many = issuesOf({ ...valid, scores: Array.from({ length: 30 }, () => [0, 0, -1]) });
    expect(many).toHaveLength(21);
    expect(many[20]).toBe('... and 10 more problems');
  });
});

describe('formatSolution', () => {
  it('prints the assignments as index pairs with the totals', () => {
    const text = formatSolution({
      assignments: [{ mentee: 0, mentor: 1, score: 7 }],
      matched: 1,
      totalScore: 7,
    });
    expect(JSON.parse(text)).toEqual({ assignments: [[0, 1]], matched: 1, totalScore: 7 });
  });
});
