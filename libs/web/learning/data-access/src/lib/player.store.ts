import { computed, inject, Injectable, signal } from '@angular/core';
import type {
  AssignmentView,
  LessonStatus,
  MarkDoneResult,
  PlayerProgress,
  QuizResult,
} from '@academy/shared/contracts';
import { type ApiError, toApiError } from '@academy/web/shared/util-http';
import {
  applyAssignmentView,
  applyMarkDone,
  applyQuizResult,
  applyVisit,
  flattenLessons,
  lessonStatus,
  startLessonId,
} from './course-plan';
import { LearningApi } from './learning.api';
import type { PublicCourse } from './learning.models';

/**
 * One enrolment in the course player: the content of the learner's version and their progress
 * lesson by lesson. Provided by the player page, so its lessons share it while the learner
 * moves between them.
 */
@Injectable()
export class PlayerStore {
  private readonly api = inject(LearningApi);
  private readonly idState = signal<string | null>(null);
  private readonly progressState = signal<PlayerProgress | null>(null);
  private readonly courseState = signal<PublicCourse | null>(null);
  private latestLoad = 0;

  readonly enrolmentId = this.idState.asReadonly();
  readonly progress = this.progressState.asReadonly();
  readonly course = this.courseState.asReadonly();
  readonly loading = signal(false);
  readonly error = signal<ApiError | null>(null);
  /** Not the learner's enrolment (or no longer: they withdrew). */
  readonly notFound = computed(() => {
    const error = this.error();
    return !!error && (error.status === 404 || error.status === 403 || error.code === 'withdrawn');
  });
  readonly withdrawn = computed(() => this.error()?.code === 'withdrawn');
  /** Set when something done in this visit completed the course: the player celebrates it. */
  readonly justCompleted = signal(false);

  readonly enrolment = computed(() => this.progressState()?.enrolment ?? null);
  readonly ready = computed(() => !!this.progressState() && !!this.courseState());
  readonly plan = computed(() => {
    const course = this.courseState();
    return course ? flattenLessons(course) : [];
  });
  readonly startLessonId = computed(() => {
    const progress = this.progressState();
    return progress ? startLessonId(this.plan(), progress) : null;
  });
  readonly completed = computed(() => this.enrolment()?.status === 'completed');

  async load(enrolmentId: string): Promise<void> {
    if (enrolmentId === this.idState() && (this.ready() || this.loading())) return;
    const request = ++this.latestLoad;
    this.idState.set(enrolmentId);
    this.progressState.set(null);
    this.courseState.set(null);
    this.justCompleted.set(false);
    this.error.set(null);
    this.loading.set(true);
    try {
      const [progress, course] = await Promise.all([
        this.api.progress(enrolmentId),
        this.api.course(enrolmentId),
      ]);
      if (request !== this.latestLoad) return;
      this.progressState.set(progress);
      this.courseState.set(course);
    } catch (e) {
      if (request === this.latestLoad) this.error.set(toApiError(e));
    } finally {
      if (request === this.latestLoad) this.loading.set(false);
    }
  }

  retry(): void {
    const id = this.idState();
    if (!id) return;
    this.idState.set(null);
    void this.load(id);
  }

  status(lessonId: string): LessonStatus {
    return lessonStatus(this.progressState()?.lessons, lessonId);
  }

  /** Records "where I left off". A lost visit only costs the pointer: it fails silently. */
  visit(lessonId: string): void {
    const id = this.idState();
    if (!id) return;
    this.update((p) => applyVisit(p, lessonId));
    this.api.visit(id, lessonId).catch(() => undefined);
  }

  async markDone(lessonId: string): Promise<MarkDoneResult> {
    const result = await this.api.markDone(this.requireId(), lessonId);
    this.update((p) => applyMarkDone(p, result));
    if (result.courseCompleted) this.justCompleted.set(true);
    return result;
  }

  /** After a quiz attempt: the lesson's state now, then the course totals from the API. */
  applyQuizResult(lessonId: string, result: QuizResult): void {
    this.update((p) => applyQuizResult(p, lessonId, result));
    if (result.courseCompleted) this.justCompleted.set(true);
    void this.refreshProgress();
  }

  /** After a submission or a review: the assignment's state, then the course totals. */
  applyAssignmentView(view: AssignmentView): void {
    this.update((p) => applyAssignmentView(p, view));
    void this.refreshProgress();
  }

  /** Fetches the progress again (totals, the next lesson), keeping the content. */
  async refreshProgress(): Promise<void> {
    const id = this.idState();
    if (!id) return;
    try {
      const wasCompleted = this.completed();
      const progress = await this.api.progress(id);
      if (id !== this.idState()) return;
      this.progressState.set(progress);
      if (!wasCompleted && progress.enrolment.status === 'completed') this.justCompleted.set(true);
    } catch {
      // The local update already shows the lesson's state; the totals catch up on the next load.
    }
  }

  private update(change: (progress: PlayerProgress) => PlayerProgress): void {
    this.progressState.update((p) => (p ? change(p) : p));
  }

  private requireId(): string {
    const id = this.idState();
    if (!id) throw new Error('PlayerStore: no enrolment loaded');
    return id;
  }
}
