import type { CohortRowRejection } from '@academy/shared/contracts';
import { assignmentStatusKey, outcomeKey, rejectionKey, sortColumnKey } from './labels';

describe('labels', () => {
  it('gives every rejection reason of a cohort file its own explanation', () => {
    const reasons: CohortRowRejection[] = [
      'bad_email',
      'duplicate',
      'already_enrolled',
      'already_invited',
      'other_territory',
    ];
    const keys = reasons.map(rejectionKey);
    expect(keys).toEqual([
      'teaching.import.reason.bad_email',
      'teaching.import.reason.duplicate',
      'teaching.import.reason.already_enrolled',
      'teaching.import.reason.already_invited',
      'teaching.import.reason.other_territory',
    ]);
    expect(new Set(keys).size).toBe(reasons.length);
  });

  it('names outcomes, assignment states and sortable columns', () => {
    expect(outcomeKey('invited')).toBe('teaching.import.outcome.invited');
    expect(assignmentStatusKey('in_review')).toBe('teaching.assignment.in_review');
    expect(sortColumnKey('lastActivity')).toBe('teaching.learners.column.lastActivity');
  });
});
