import type {
  AssignmentView,
  EnrolmentSummary,
  LessonProgress,
  LessonStatus,
  MarkDoneResult,
  PlayerProgress,
  QuizResult,
} from '@academy/shared/contracts';
import type { PublicCourse, PublicLesson, PublicModule } from './learning.models';

// Pure functions, no Angular: where a learner is in a course, and how an answer from the API
// changes the progress the player shows (without fetching everything again).

/** A lesson in reading order, with where it sits in the course. */
export interface PlanLesson {
  lesson: PublicLesson;
  module: PublicModule;
  /** 0-based position of the module in the course. */
  moduleIndex: number;
  /** 0-based position of the lesson in the whole course. */
  index: number;
}

/** Every lesson of the course, module after module. */
export function flattenLessons(course: PublicCourse): PlanLesson[] {
  const lessons: PlanLesson[] = [];
  course.modules.forEach((module, moduleIndex) =>
    module.lessons.forEach((lesson) =>
      lessons.push({ lesson, module, moduleIndex, index: lessons.length }),
    ),
  );
  return lessons;
}

export function findLesson(plan: readonly PlanLesson[], lessonId: string): PlanLesson | null {
  return plan.find((p) => p.lesson.id === lessonId) ?? null;
}

/** The lessons before and after one, for the previous/next links. */
export function neighbours(
  plan: readonly PlanLesson[],
  lessonId: string,
): { previous: PlanLesson | null; next: PlanLesson | null } {
  const i = plan.findIndex((p) => p.lesson.id === lessonId);
  if (i < 0) return { previous: null, next: null };
  return { previous: plan[i - 1] ?? null, next: plan[i + 1] ?? null };
}

export function lessonStatus(
  lessons: Readonly<Record<string, LessonProgress>> | undefined,
  lessonId: string,
): LessonStatus {
  return lessons?.[lessonId]?.status ?? 'not_started';
}

/**
 * Where "continue" goes: the API's pointer when it is a lesson of this version, else the
 * first lesson not done yet, else (a course done) the first lesson.
 */
export function startLessonId(
  plan: readonly PlanLesson[],
  progress: Pick<PlayerProgress, 'enrolment' | 'lessons'>,
): string | null {
  const pointer = progress.enrolment.nextLesson?.id;
  if (pointer && findLesson(plan, pointer)) return pointer;
  const open = plan.find((p) => lessonStatus(progress.lessons, p.lesson.id) !== 'done');
  return (open ?? plan[0])?.lesson.id ?? null;
}

/** The player's link for an enrolment: straight to the next lesson when the API names it. */
export function continueLink(enrolment: Pick<EnrolmentSummary, 'id' | 'nextLesson'>): string[] {
  return enrolment.nextLesson
    ? ['/learn', enrolment.id, 'lessons', enrolment.nextLesson.id]
    : ['/learn', enrolment.id];
}

/** "My courses" in two groups, each in the API's order; withdrawn enrolments are left out. */
export function groupEnrolments(enrolments: readonly EnrolmentSummary[]): {
  active: EnrolmentSummary[];
  completed: EnrolmentSummary[];
} {
  return {
    active: enrolments.filter((e) => e.status === 'active'),
    completed: enrolments.filter((e) => e.status === 'completed'),
  };
}

function withLesson(
  progress: PlayerProgress,
  lessonId: string,
  change: (current: LessonProgress) => LessonProgress,
): PlayerProgress {
  const current = progress.lessons[lessonId] ?? { status: 'not_started' };
  return { ...progress, lessons: { ...progress.lessons, [lessonId]: change(current) } };
}

function completed(enrolment: EnrolmentSummary, courseCompleted: boolean): EnrolmentSummary {
  if (!courseCompleted || enrolment.status === 'completed') return enrolment;
  return { ...enrolment, status: 'completed', completedAt: new Date().toISOString() };
}

/** Opening a lesson starts it; it never undoes a result. */
export function applyVisit(progress: PlayerProgress, lessonId: string): PlayerProgress {
  if (lessonStatus(progress.lessons, lessonId) !== 'not_started') return progress;
  return withLesson(progress, lessonId, (l) => ({ ...l, status: 'in_progress' }));
}

export function applyMarkDone(progress: PlayerProgress, result: MarkDoneResult): PlayerProgress {
  const next = withLesson(progress, result.lessonId, (l) => ({ ...l, status: 'done' }));
  return {
    ...next,
    enrolment: completed({ ...next.enrolment, progress: result.progress }, result.courseCompleted),
  };
}

/**
 * A quiz passed once stays done, whatever later attempts score; a quiz never passed is
 * failed after an attempt. The course totals come from the API afterwards (a result does not
 * carry them).
 */
export function applyQuizResult(
  progress: PlayerProgress,
  lessonId: string,
  result: QuizResult,
): PlayerProgress {
  const next = withLesson(progress, lessonId, (l) => ({
    ...l,
    status: l.status === 'done' || result.quiz.passed ? 'done' : 'failed',
    quiz: result.quiz,
  }));
  return { ...next, enrolment: completed(next.enrolment, result.courseCompleted) };
}

export function applyAssignmentView(
  progress: PlayerProgress,
  view: AssignmentView,
): PlayerProgress {
  return withLesson(progress, view.lessonId, (l) => ({
    ...l,
    status: view.state.complete ? 'done' : view.state.submitted ? 'in_progress' : l.status,
    assignment: view.state,
  }));
}
