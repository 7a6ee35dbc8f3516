import type { QuizResult } from '@academy/shared/contracts';
import {
  applyAssignmentView,
  applyMarkDone,
  applyQuizResult,
  applyVisit,
  continueLink,
  findLesson,
  flattenLessons,
  groupEnrolments,
  neighbours,
  startLessonId,
} from './course-plan';
import { course, enrolment, progress } from './testing-fixtures';

const plan = flattenLessons(course);
const quizResult = (passed: boolean, courseCompleted = false): QuizResult => ({
  attemptId: 'a1',
  attemptNumber: 1,
  score: passed ? 100 : 0,
  passed,
  questions: [],
  quiz: { attempts: 1, attemptsLeft: 2, bestScore: passed ? 100 : 0, passed },
  courseCompleted,
});

describe('course plan', () => {
  it('lists the lessons module after module, with their position', () => {
    expect(plan.map((p) => [p.lesson.id, p.module.id, p.moduleIndex, p.index])).toEqual([
      ['l1', 'm1', 0, 0],
      ['l2', 'm1', 0, 1],
      ['l3', 'm2', 1, 2],
      ['l4', 'm2', 1, 3],
    ]);
    expect(findLesson(plan, 'l3')?.lesson.title).toBe('Check');
    expect(findLesson(plan, 'nope')).toBeNull();
  });

  it('links previous and next across modules, and nothing past the ends', () => {
    const middle = neighbours(plan, 'l2');
    expect([middle.previous?.lesson.id, middle.next?.lesson.id]).toEqual(['l1', 'l3']);
    expect(neighbours(plan, 'l1').previous).toBeNull();
    expect(neighbours(plan, 'l4').next).toBeNull();
    expect(neighbours(plan, 'unknown')).toEqual({ previous: null, next: null });
  });
});

describe('where "continue" goes', () => {
  it('follows the API pointer when the lesson is in this version', () => {
    const p = progress({}, { nextLesson: { id: 'l3', title: 'Check', moduleId: 'm2' } });
    expect(startLessonId(plan, p)).toBe('l3');
  });

  it('falls back to the first lesson not done, then to the first lesson', () => {
    const stale = { nextLesson: { id: 'removed', title: 'Gone', moduleId: 'm9' } };
    expect(startLessonId(plan, progress({ l1: { status: 'done' } }, stale))).toBe('l2');
    expect(
      startLessonId(plan, progress({ l1: { status: 'done' }, l2: { status: 'failed' } })),
    ).toBe('l2');
    const allDone = Object.fromEntries(plan.map((p) => [p.lesson.id, { status: 'done' as const }]));
    expect(startLessonId(plan, progress(allDone))).toBe('l1');
    expect(startLessonId([], progress())).toBeNull();
  });

  it('links the dashboard card to the lesson, or to the player that picks one', () => {
    expect(
      continueLink(enrolment({ nextLesson: { id: 'l2', title: 'W', moduleId: 'm1' } })),
    ).toEqual(['/learn', 'e1', 'lessons', 'l2']);
    expect(continueLink(enrolment())).toEqual(['/learn', 'e1']);
  });

  it('groups the dashboard into active and completed, leaving withdrawn out', () => {
    const groups = groupEnrolments([
      enrolment({ id: 'a' }),
      enrolment({ id: 'w', status: 'withdrawn' }),
      enrolment({ id: 'c', status: 'completed' }),
      enrolment({ id: 'b' }),
    ]);
    expect(groups.active.map((e) => e.id)).toEqual(['a', 'b']);
    expect(groups.completed.map((e) => e.id)).toEqual(['c']);
  });
});

describe('progress updates from the API answers', () => {
  it('starts a lesson on a visit but never undoes a result', () => {
    expect(applyVisit(progress(), 'l1').lessons['l1'].status).toBe('in_progress');
    const done = progress({ l1: { status: 'done' } });
    expect(applyVisit(done, 'l1')).toBe(done);
    expect(applyVisit(progress({ l3: { status: 'failed' } }), 'l3').lessons['l3'].status).toBe(
      'failed',
    );
  });

  it('marks a lesson done with the new totals, and completes the course when told', () => {
    const before = progress({ l1: { status: 'in_progress' } });
    const after = applyMarkDone(before, {
      lessonId: 'l1',
      progress: { done: 1, total: 4, percent: 25 },
      courseCompleted: false,
    });
    expect(after.lessons['l1'].status).toBe('done');
    expect(after.enrolment.progress.percent).toBe(25);
    expect(after.enrolment.status).toBe('active');
    expect(before.lessons['l1'].status).toBe('in_progress');

    const last = applyMarkDone(before, {
      lessonId: 'l1',
      progress: { done: 4, total: 4, percent: 100 },
      courseCompleted: true,
    });
    expect(last.enrolment.status).toBe('completed');
    expect(last.enrolment.completedAt).not.toBeNull();
  });

  it('fails a quiz not passed, keeps a passed quiz done whatever the next attempt scores', () => {
    const failed = applyQuizResult(progress(), 'l3', quizResult(false));
    expect(failed.lessons['l3']).toEqual({ status: 'failed', quiz: quizResult(false).quiz });
    expect(applyQuizResult(failed, 'l3', quizResult(true)).lessons['l3'].status).toBe('done');
    const passedBefore = progress({ l3: { status: 'done' } });
    expect(applyQuizResult(passedBefore, 'l3', quizResult(false)).lessons['l3'].status).toBe(
      'done',
    );
    expect(applyQuizResult(progress(), 'l3', quizResult(true, true)).enrolment.status).toBe(
      'completed',
    );
  });

  it('follows the assignment: in progress once submitted, done once complete', () => {
    const view = (submitted: boolean, complete: boolean) => ({
      lessonId: 'l4',
      submission: null,
      fileMaxBytes: 20_000_000,
      state: { submitted, reviewsGiven: 0, reviewsReceived: 0, complete },
      waitingForPeers: false,
      reviewsToGive: [],
      reviewsReceived: [],
      overridden: false,
    });
    expect(applyAssignmentView(progress(), view(false, false)).lessons['l4'].status).toBe(
      'not_started',
    );
    expect(applyAssignmentView(progress(), view(true, false)).lessons['l4'].status).toBe(
      'in_progress',
    );
    expect(applyAssignmentView(progress(), view(true, true)).lessons['l4']).toMatchObject({
      status: 'done',
      assignment: { complete: true },
    });
  });
});
