import { computed, inject, Injectable, resource } from '@angular/core';
import type { MentorProfileView } from '@academy/shared/contracts';
import { toApiError } from '@academy/web/shared/util-http';
import { MentoringApi } from '../mentoring.api';

/** Offers to mentor waiting for this reviewer. Provided by the review page. */
@Injectable()
export class MentorReviewStore {
  private readonly api = inject(MentoringApi);
  private readonly list = resource<MentorProfileView[], unknown>({
    defaultValue: [],
    loader: () => this.api.pendingMentors(),
  });

  readonly pending = computed(() => this.list.value());
  readonly loading = this.list.isLoading;
  readonly loaded = computed(() => this.list.hasValue() && !this.list.isLoading());
  readonly failed = computed(() => this.list.error() !== undefined);
  readonly forbidden = computed(() => {
    const error = this.list.error();
    return error !== undefined && toApiError(error).status === 403;
  });

  reload(): void {
    this.list.reload();
  }

  /** Approves or rejects an offer; it leaves the list either way. */
  async review(mentorId: string, approve: boolean): Promise<MentorProfileView> {
    const reviewed = await this.api.reviewMentor(mentorId, approve);
    this.list.update((list) => list.filter((m) => m.id !== mentorId));
    return reviewed;
  }
}
