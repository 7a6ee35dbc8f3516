import type { AssignmentView, QuestionStats } from '@academy/shared/contracts';
import {
  applyAssignmentView,
  assignmentStatus,
  awaitingCount,
  canOverride,
  nextSort,
  questionsMostMissed,
  sortLearners,
} from './report';
import { courseReport, learner } from './testing-fixtures';

const question = (
  questionId: string,
  correctRate: number | null,
  answered = 10,
): QuestionStats => ({
  questionId,
  prompt: `Prompt ${questionId}`,
  answered,
  correctRate,
});

describe('questions learners miss', () => {
  it('puts the lowest share of right first attempts first and unanswered questions last', () => {
    const sorted = questionsMostMissed([
      question('q1', 80),
      question('q2', null, 0),
      question('q3', 20),
      question('q4', 0),
      question('q5', 100),
    ]);
    expect(sorted.map((q) => q.questionId)).toEqual(['q4', 'q3', 'q1', 'q5', 'q2']);
  });

  it('breaks ties by the number of answers, then keeps the quiz order', () => {
    const sorted = questionsMostMissed([
      question('q1', 50, 2),
      question('q2', 50, 8),
      question('q3', 50, 2),
      question('q4', null, 0),
      question('q5', null, 0),
    ]);
    expect(sorted.map((q) => q.questionId)).toEqual(['q2', 'q1', 'q3', 'q4', 'q5']);
  });

  it('leaves the report’s list as it was', () => {
    const questions = [question('q1', 90), question('q2', 10)];
    questionsMostMissed(questions);
    expect(questions.map((q) => q.questionId)).toEqual(['q1', 'q2']);
  });
});

describe('sorting learners', () => {
  const ana = learner({
    displayName: 'Ana',
    progress: { done: 3, total: 4, percent: 75 },
    lastActivityAt: '2026-03-02T10:00:00.000Z',
    completedAt: null,
  });
  const bruno = learner({
    displayName: 'bruno',
    progress: { done: 4, total: 4, percent: 100 },
    lastActivityAt: '2026-03-01T10:00:00.000Z',
    completedAt: '2026-03-01T10:00:00.000Z',
  });
  const chiara = learner({
    displayName: 'Chiara',
    progress: { done: 3, total: 4, percent: 75 },
    lastActivityAt: '2026-03-05T10:00:00.000Z',
    completedAt: null,
  });
  const dario = learner({
    displayName: 'Dario',
    progress: { done: 4, total: 4, percent: 100 },
    lastActivityAt: '2026-03-04T10:00:00.000Z',
    completedAt: '2026-03-04T10:00:00.000Z',
  });
  const rows = [dario, chiara, bruno, ana];
  const names = (sorted: { displayName: string }[]) => sorted.map((r) => r.displayName);

  it('sorts names alphabetically whatever their case', () => {
    expect(names(sortLearners(rows, { key: 'name', direction: 'ascending' }, 'en'))).toEqual([
      'Ana',
      'bruno',
      'Chiara',
      'Dario',
    ]);
    expect(names(sortLearners(rows, { key: 'name', direction: 'descending' }, 'en'))).toEqual([
      'Dario',
      'Chiara',
      'bruno',
      'Ana',
    ]);
  });

  it('sorts by progress, then by name', () => {
    expect(names(sortLearners(rows, { key: 'progress', direction: 'descending' }, 'en'))).toEqual([
      'bruno',
      'Dario',
      'Ana',
      'Chiara',
    ]);
  });

  it('sorts by last activity', () => {
    expect(
      names(sortLearners(rows, { key: 'lastActivity', direction: 'descending' }, 'en')),
    ).toEqual(['Chiara', 'Dario', 'Ana', 'bruno']);
  });

  it('keeps learners who have not completed last, in either direction', () => {
    expect(names(sortLearners(rows, { key: 'completed', direction: 'ascending' }, 'en'))).toEqual([
      'bruno',
      'Dario',
      'Ana',
      'Chiara',
    ]);
    expect(names(sortLearners(rows, { key: 'completed', direction: 'descending' }, 'en'))).toEqual([
      'Dario',
      'bruno',
      'Ana',
      'Chiara',
    ]);
  });

  it('turns a sorted column around and starts a new one ascending', () => {
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'name')).toEqual({
      key: 'name',
      direction: 'descending',
    });
    expect(nextSort({ key: 'name', direction: 'descending' }, 'progress')).toEqual({
      key: 'progress',
      direction: 'ascending',
    });
  });
});

describe('assignments in the report', () => {
  const pending = {
    submitted: true,
    reviewsGiven: 1,
    reviewsReceived: 2,
    complete: false,
    submissionId: 's1',
  };

  it('says where a learner stands', () => {
    expect(assignmentStatus(undefined)).toBe('not_submitted');
    expect(assignmentStatus({ ...pending, submitted: false })).toBe('not_submitted');
    expect(assignmentStatus(pending)).toBe('in_review');
    expect(assignmentStatus({ ...pending, complete: true })).toBe('complete');
  });

  it('offers to settle only submitted work that is not complete', () => {
    expect(canOverride(pending)).toBe(true);
    expect(canOverride({ ...pending, complete: true })).toBe(false);
    expect(canOverride({ ...pending, submitted: false, submissionId: null })).toBe(false);
    expect(canOverride(undefined)).toBe(false);
  });

  it('shows the settled assignment in the learner’s row only', () => {
    const ana = learner({ displayName: 'Ana', assignments: { a1: pending } });
    const bruno = learner({
      displayName: 'Bruno',
      assignments: { a1: { ...pending, submissionId: 's2' } },
    });
    const report = courseReport([ana, bruno]);
    expect(awaitingCount(report, 'a1')).toBe(2);

    const view: AssignmentView = {
      lessonId: 'a1',
      submission: { id: 's1', text: 'My plan', submittedAt: '2026-03-01T10:00:00.000Z' },
      fileMaxBytes: 20_000_000,
      state: { submitted: true, reviewsGiven: 1, reviewsReceived: 2, complete: true },
      waitingForPeers: false,
      reviewsToGive: [],
      reviewsReceived: [],
      overridden: true,
    };
    const after = applyAssignmentView(report, ana.enrolmentId, view);
    expect(after.learners[0]?.assignments['a1']).toEqual({ ...view.state, submissionId: 's1' });
    expect(after.learners[1]).toBe(bruno);
    expect(awaitingCount(after, 'a1')).toBe(1);
    expect(report.learners[0]?.assignments['a1']?.complete).toBe(false);
  });
});
