import { computed, inject, Injectable, resource, signal } from '@angular/core';
import type {
  AssignmentView,
  PeerReviewRequest,
  TrainerSubmissionView,
} from '@academy/shared/contracts';
import { type ApiError, toApiError } from '@academy/web/shared/util-http';
import { TeachingApi } from './teaching.api';

/**
 * One learner's submitted assignment as a trainer reviews it: the work, the instructions and
 * rubric, the reviews sent so far, and the trainer's own review. Provided by the review page.
 */
@Injectable()
export class SubmissionReviewStore {
  private readonly api = inject(TeachingApi);
  private readonly idState = signal<string | null>(null);
  private readonly current = resource<TrainerSubmissionView, string | undefined>({
    params: () => this.idState() ?? undefined,
    loader: ({ params }) => this.api.submission(params),
  });

  readonly id = this.idState.asReadonly();
  readonly submission = computed(() => (this.current.hasValue() ? this.current.value() : null));
  readonly loading = this.current.isLoading;
  readonly error = computed<ApiError | null>(() => {
    const error = this.current.error();
    return error === undefined ? null : toApiError(error);
  });
  /** Not a submission, or not one this person may review: the API says "not found" either way. */
  readonly notFound = computed(() => {
    const status = this.error()?.status;
    return status === 404 || status === 400;
  });
  /** The reader's own review, which they may revise. */
  readonly myReview = computed(() => this.submission()?.reviews.find((r) => r.mine) ?? null);

  load(submissionId: string): void {
    this.idState.set(submissionId);
  }

  reload(): void {
    this.current.reload();
  }

  /**
   * Sends the trainer's review. The state (reviews received, complete) shows at once from the
   * API's answer; the list of reviews follows from a quiet fetch of the submission.
   */
  async review(request: PeerReviewRequest): Promise<AssignmentView> {
    const id = this.idState();
    if (!id) throw new Error('SubmissionReviewStore: no submission');
    const view = await this.api.trainerReview(id, request);
    if (id !== this.idState()) return view;
    this.current.update((s) => (s ? { ...s, state: view.state, overridden: view.overridden } : s));
    try {
      const fresh = await this.api.submission(id);
      if (id === this.idState()) this.current.set(fresh);
    } catch {
      // The state is already shown; the list of reviews catches up on the next visit.
    }
    return view;
  }
}
