import { computed, inject, Injectable, resource, signal } from '@angular/core';
import type { EnrolmentSummary } from '@academy/shared/contracts';
import { LearningApi } from './learning.api';

/**
 * The signed-in learner's enrolment in one course (null: not enrolled), for the course page's
 * Enrol / Continue block. Provided by that block.
 */
@Injectable()
export class EnrolmentStore {
  private readonly api = inject(LearningApi);
  private readonly courseId = signal<string | null>(null);
  private readonly current = resource<EnrolmentSummary | null, string | undefined>({
    params: () => this.courseId() ?? undefined,
    loader: ({ params }) => this.api.enrolment(params),
  });

  readonly enrolment = computed(() => (this.current.hasValue() ? this.current.value() : null));
  readonly loading = this.current.isLoading;
  readonly failed = computed(() => this.current.error() !== undefined);
  /** Known: enrolled or not. */
  readonly known = computed(() => this.current.hasValue());
  readonly busy = signal(false);

  load(courseId: string | null): void {
    this.courseId.set(courseId);
  }

  reload(): void {
    this.current.reload();
  }

  /** Enrols (again, after a withdrawal); idempotent on the server. */
  async enrol(): Promise<EnrolmentSummary> {
    const courseId = this.courseId();
    if (!courseId) throw new Error('EnrolmentStore: no course');
    this.busy.set(true);
    try {
      const enrolment = await this.api.enrol(courseId);
      this.current.set(enrolment);
      return enrolment;
    } finally {
      this.busy.set(false);
    }
  }
}
