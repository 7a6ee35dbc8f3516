import { allocateReviews, type Assignment, type PoolSubmission } from './allocation';

const pool = (n: number): PoolSubmission[] => Array.from({ length: n }, (_, i) => ({ id: `s${i}`, authorId: `u${i}` }));

/** Submissions arrive one by one; allocation runs after each, as the service does. */
function arrive(n: number): { assignments: Assignment[]; submissions: PoolSubmission[] } {
  const submissions = pool(n);
  let assignments: Assignment[] = [];
  for (let i = 1; i <= n; i++) assignments = [...assignments, ...allocateReviews(submissions.slice(0, i), assignments)];
  return { assignments, submissions };
}

describe('peer-review allocation', () => {
  it('waits for three submissions', () => {
    expect(allocateReviews(pool(2), [])).toEqual([]);
  });

  it.each([3, 4, 5, 7, 10, 25])('with %i submitters: two each, never their own, never twice, spread evenly', (n) => {
    const { assignments, submissions } = arrive(n);
    const author = new Map(submissions.map((s) => [s.id, s.authorId]));
    for (const s of submissions) {
      const mine = assignments.filter((a) => a.reviewerId === s.authorId);
      expect(mine).toHaveLength(2);
      expect(mine.every((a) => author.get(a.submissionId) !== s.authorId)).toBe(true);
      expect(new Set(mine.map((a) => a.submissionId)).size).toBe(2);
    }
    const received = submissions.map((s) => assignments.filter((a) => a.submissionId === s.id).length);
    expect(received.reduce((a, b) => a + b, 0)).toBe(2 * n);
    // Everyone but the last two to submit (whom the next submitters will pick) gets at least two,
    // and nobody more than three.
    expect(received.slice(0, n - 2).every((r) => r >= 2)).toBe(true);
    expect(Math.max(...received)).toBeLessThanOrEqual(3);
  });

  it('hands out nothing new when run again', () => {
    const { assignments, submissions } = arrive(6);
    expect(allocateReviews(submissions, assignments)).toEqual([]);
  });
});
