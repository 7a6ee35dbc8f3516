import { buildAssignmentProblem, proposeMatches } from './matching';
import { mentee, mentor } from '../testing/profiles';

describe('buildAssignmentProblem', () => {
  it('lists only feasible pairs and the places mentors have left', () => {
    const mentees = [
      mentee({ id: 'e1' }),
      mentee({ id: 'e2', languages: ['pt'] }),
      mentee({ id: 'e3', personId: 'same' }),
    ];
    const mentors = [
      mentor({ id: 'm1', capacity: 3, activeMentees: 1 }),
      mentor({ id: 'm2', personId: 'same' }),
      mentor({ id: 'm3', paused: true }),
    ];
    const problem = buildAssignmentProblem(mentees, mentors);
    expect(problem.menteeCount).toBe(3);
    expect(problem.mentorCapacities).toEqual([2, 3, 0]);
    expect(problem.pairs.map((p) => [p.mentee, p.mentor])).toEqual([
      [0, 0],
      [0, 1],
      [2, 0],
    ]);
  });

  it('rejects duplicate ids', () => {
    expect(() => buildAssignmentProblem([mentee(), mentee()], [mentor()])).toThrow(
      'Duplicate mentee id "mentee-1"',
    );
  });
});

describe('proposeMatches', () => {
  const mentors = [
    mentor({ id: 'finance', capacity: 1, competences: [{ code: 'financial-literacy', level: 6 }] }),
    mentor({
      id: 'vision',
      personId: 'p2',
      capacity: 1,
      competences: [{ code: 'vision', level: 7 }],
    }),
  ];
  const mentees = [
    mentee({
      id: 'wants-finance',
      personId: 'e1',
      wantedCompetences: [{ code: 'financial-literacy', currentLevel: 1 }],
    }),
    mentee({
      id: 'wants-vision',
      personId: 'e2',
      wantedCompetences: [{ code: 'vision', currentLevel: 1 }],
    }),
    mentee({ id: 'english-only', personId: 'e3', languages: ['fr'] }),
  ];

  it('proposes the best pairs with explanations and lists who stays unmatched', () => {
    const proposal = proposeMatches(mentees, mentors);
    expect(proposal.matches.map((m) => [m.menteeId, m.mentorId])).toEqual([
      ['wants-finance', 'finance'],
      ['wants-vision', 'vision'],
    ]);
    expect(proposal.unmatchedMenteeIds).toEqual(['english-only']);
    expect(proposal.matched).toBe(2);
    for (const match of proposal.matches) {
      expect(match.contributions.reduce((sum, c) => sum + c.points, 0)).toBe(match.score);
    }
    expect(proposal.totalScore).toBe(proposal.matches.reduce((sum, m) => sum + m.score, 0));
    expect(
      proposal.matches[0].contributions.find((c) => c.criterion === 'competence'),
    ).toMatchObject({
      gaps: [{ code: 'financial-literacy', mentorLevel: 6 }],
    });
  });

  it('never proposes an excluded pair', () => {
    const proposal = proposeMatches(mentees, mentors, {
      excludedPairs: [{ menteeId: 'wants-finance', mentorId: 'finance' }],
    });
    expect(proposal.matches.map((m) => [m.menteeId, m.mentorId])).not.toContainEqual([
      'wants-finance',
      'finance',
    ]);
    expect(proposal.matched).toBe(2);
  });

  it('runs the greedy engine and the candidate limit on request', () => {
    expect(proposeMatches(mentees, mentors, { engine: 'greedy' }).matched).toBe(2);
    expect(
      proposeMatches(mentees, mentors, { candidateLimit: 1 }).matches.map((m) => m.mentorId),
    ).toEqual(['finance', 'vision']);
  });
});
