import { computed, inject, Injectable, resource } from '@angular/core';
import type { EnrolmentSummary } from '@academy/shared/contracts';
import { groupEnrolments } from './course-plan';
import { LearningApi } from './learning.api';

/** The signed-in learner's courses. Provided by the "My courses" page. */
@Injectable()
export class MyLearningStore {
  private readonly api = inject(LearningApi);
  private readonly list = resource<EnrolmentSummary[], unknown>({
    defaultValue: [],
    loader: () => this.api.enrolments(),
  });

  readonly enrolments = computed(() => this.list.value());
  readonly groups = computed(() => groupEnrolments(this.enrolments()));
  readonly loading = this.list.isLoading;
  readonly failed = computed(() => this.list.error() !== undefined);

  reload(): void {
    this.list.reload();
  }

  /** Moves to the newest version; the card shows the new version's progress. */
  async moveToLatest(enrolmentId: string): Promise<EnrolmentSummary> {
    const moved = await this.api.moveToLatest(enrolmentId);
    this.list.update((list) => list.map((e) => (e.id === enrolmentId ? moved : e)));
    return moved;
  }

  async withdraw(enrolment: EnrolmentSummary): Promise<void> {
    await this.api.withdraw(enrolment.course.id);
    this.list.update((list) => list.filter((e) => e.id !== enrolment.id));
  }
}
