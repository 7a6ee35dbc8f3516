import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  inject,
  Injector,
  input,
  signal,
} from '@angular/core';
import type { MentoringSessionView } from '@academy/shared/contracts';
import { type TranslationKey, TranslatePipe } from '@academy/web/i18n';
import {
  feedbackRequest,
  RelationshipStore,
  SESSION_LIMITS,
} from '@academy/web/mentoring/data-access';
import { FormAlertComponent, messageSlot } from '@academy/web/shared/ui';
import { toApiError } from '@academy/web/shared/util-http';
import { mentoringErrorMessage } from '../shared/mentoring-errors';

const RATINGS = [1, 2, 3, 4, 5] as const;

/** Feedback on a session that has taken place: how useful it was (1–5) and a comment. */
@Component({
  selector: 'academy-feedback-form',
  imports: [TranslatePipe, FormAlertComponent],
  template: `
    @let id = session().id;
    <form novalidate [attr.aria-labelledby]="'feedback-title-' + id" (submit)="submit($event)">
      <h5 [id]="'feedback-title-' + id" class="title">
        {{ 'mentoring.feedback.title' | translate }}
      </h5>
      <academy-form-alert [message]="error.text()" />
      <fieldset
        class="mt-group"
        [class.mt-group--invalid]="ratingMissing()"
        [attr.aria-describedby]="ratingMissing() ? 'rating-error-' + id : null"
      >
        <legend>{{ 'mentoring.feedback.rating' | translate }}</legend>
        @if (ratingMissing()) {
          <p class="field-error" [id]="'rating-error-' + id">
            {{ 'mentoring.feedback.ratingRequired' | translate }}
          </p>
        }
        <div class="mt-choices">
          @for (r of ratings; track r) {
            <label class="mt-choice">
              <input
                type="radio"
                [name]="'rating-' + id"
                [id]="'rating-' + id + '-' + r"
                [value]="r"
                [checked]="rating() === r"
                (change)="choose(r)"
              />
              <span>{{ ratingKey(r) | translate }}</span>
            </label>
          }
        </div>
      </fieldset>
      <div class="mt-field">
        <label [for]="'feedback-comment-' + id">{{
          'mentoring.feedback.comment' | translate
        }}</label>
        <p class="mt-hint" [id]="'feedback-hint-' + id">
          {{ 'mentoring.feedback.commentHint' | translate }}
        </p>
        <textarea
          [id]="'feedback-comment-' + id"
          rows="4"
          required
          [attr.maxlength]="maxLength"
          [attr.aria-invalid]="commentMissing() ? 'true' : null"
          [attr.aria-describedby]="
            'feedback-hint-' + id + (commentMissing() ? ' feedback-error-' + id : '')
          "
          [value]="comment()"
          (input)="comment.set($any($event.target).value)"
        ></textarea>
        @if (commentMissing()) {
          <p class="field-error" [id]="'feedback-error-' + id">
            {{ 'mentoring.feedback.commentRequired' | translate }}
          </p>
        }
      </div>
      <button
        type="submit"
        class="mt-button mt-button--primary"
        [disabled]="busy()"
        [attr.aria-busy]="busy()"
      >
        {{ (busy() ? 'mentoring.saving' : 'mentoring.feedback.send') | translate }}
      </button>
    </form>
  `,
  styles: `
    .title {
      margin-block: 1rem 0.5rem;
      font-size: 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FeedbackFormComponent {
  readonly session = input.required<MentoringSessionView>();

  private readonly store = inject(RelationshipStore);
  private readonly injector = inject(Injector);
  readonly ratings = RATINGS;
  readonly maxLength = SESSION_LIMITS.comment.max;
  readonly rating = signal<number | null>(null);
  readonly comment = signal('');
  readonly ratingMissing = signal(false);
  readonly commentMissing = signal(false);
  readonly busy = signal(false);
  readonly error = messageSlot();

  ratingKey(rating: (typeof RATINGS)[number]): TranslationKey {
    return `mentoring.feedback.rating${rating}` satisfies TranslationKey;
  }

  choose(rating: number): void {
    this.rating.set(rating);
    this.ratingMissing.set(false);
  }

  async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    const id = this.session().id;
    const request = feedbackRequest(this.rating(), this.comment());
    this.ratingMissing.set(this.rating() === null);
    this.commentMissing.set(!this.comment().trim());
    if (!request) {
      this.error.set({ key: 'validation.summary' });
      this.focus(this.ratingMissing() ? `rating-${id}-1` : `feedback-comment-${id}`);
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.store.giveFeedback(id, request);
      // The form gives way to the feedback given: keyboard users land on the session.
      this.focus(`session-${id}`);
    } catch (e) {
      const error = toApiError(e);
      if (error.code === 'feedback_given') void this.store.reload();
      this.error.set(mentoringErrorMessage(error));
    } finally {
      this.busy.set(false);
    }
  }

  private focus(id: string): void {
    afterNextRender(() => document.getElementById(id)?.focus(), { injector: this.injector });
  }
}
