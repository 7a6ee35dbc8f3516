export interface PoolSubmission {
  id: string;
  authorId: string;
}

export interface Assignment {
  submissionId: string;
  reviewerId: string;
}

/** Reviews each submitter gives. */
export const REVIEWS_PER_LEARNER = 2;
/** Reviews are handed out once this many learners have submitted (so nobody reviews a lone peer). */
export const MIN_POOL = 3;

/**
 * Hands out peer reviews for an assignment: every submitter who has fewer than two to give gets
 * the submissions with the fewest reviewers so far (then the oldest), never their own and never
 * one they already have. Submitters are served in the order they submitted. With three or more
 * submissions everyone gets two, and the reviews received differ by at most one across the pool
 * except for the latest submissions, which the next submitters pick first.
 *
 * Pure: the caller runs it under a lock on the pool and stores what it returns.
 */
export function allocateReviews(pool: PoolSubmission[], existing: Assignment[]): Assignment[] {
  if (pool.length < MIN_POOL) return [];
  const all = [...existing];
  const received = new Map<string, number>();
  const reviewersOf = (id: string) => received.get(id) ?? 0;
  for (const a of all) received.set(a.submissionId, reviewersOf(a.submissionId) + 1);
  const order = new Map(pool.map((s, i) => [s.id, i]));
  const position = (id: string) => order.get(id) ?? 0;
  const added: Assignment[] = [];
  for (const reviewer of pool) {
    const mine = all.filter((a) => a.reviewerId === reviewer.authorId);
    const taken = new Set(mine.map((a) => a.submissionId));
    const candidates = pool
      .filter((s) => s.authorId !== reviewer.authorId && !taken.has(s.id))
      .sort((a, b) => reviewersOf(a.id) - reviewersOf(b.id) || position(a.id) - position(b.id));
    for (const submission of candidates.slice(0, Math.max(0, REVIEWS_PER_LEARNER - mine.length))) {
      const assignment = { submissionId: submission.id, reviewerId: reviewer.authorId };
      all.push(assignment);
      added.push(assignment);
      received.set(submission.id, reviewersOf(submission.id) + 1);
    }
  }
  return added;
}
