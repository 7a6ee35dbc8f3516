import { ChangeDetectionStrategy, Component, inject, Injector, input, signal } from '@angular/core';
import type { MentoringSessionView } from '@academy/shared/contracts';
import { type TranslationKey, TranslatePipe } from '@academy/web/i18n';
import {
  feedbackRequest,
  RelationshipStore,
  SESSION_LIMITS,
} from '@academy/web/mentoring/data-access';
import { FormAlertComponent, messageSlot } from '@academy/web/shared/ui';
import { toApiError } from '@academy/web/shared/util-http';
import { FIELD } from '../shared/field.component';
import { focusAfterRender } from '../shared/form-support';
import { mentoringErrorMessage } from '../shared/mentoring-errors';
import { type RadioOption, RadioGroupComponent } from '../shared/radio-group.component';

const RATINGS: readonly RadioOption<number>[] = ([1, 2, 3, 4, 5] as const).map((rating) => ({
  value: rating,
  label: `mentoring.feedback.rating${rating}` satisfies TranslationKey,
}));

/** Feedback on a session that has taken place: how useful it was (1–5) and a comment. */
@Component({
  selector: 'academy-feedback-form',
  imports: [TranslatePipe, FormAlertComponent, RadioGroupComponent, FIELD],
  template: `
    @let id = session().id;
    <form novalidate [attr.aria-labelledby]="'feedback-title-' + id" (submit)="submit($event)">
      <h5 [id]="'feedback-title-' + id" class="title">
        {{ 'mentoring.feedback.title' | translate }}
      </h5>
      <academy-form-alert [message]="error.text()" />
      <academy-radio-group
        [groupId]="'rating-' + id"
        [legend]="'mentoring.feedback.rating' | translate"
        [error]="ratingMissing() ? ('mentoring.feedback.ratingRequired' | translate) : null"
        [options]="ratings"
        [value]="rating()"
        (valueChange)="choose($event)"
      />
      <academy-field
        [fieldId]="'feedback-comment-' + id"
        [label]="'mentoring.feedback.comment' | translate"
        [hint]="'mentoring.feedback.commentHint' | translate"
        [error]="commentMissing() ? ('mentoring.feedback.commentRequired' | translate) : null"
      >
        <textarea
          academyFieldControl
          rows="4"
          required
          [attr.maxlength]="maxLength"
          [value]="comment()"
          (input)="comment.set($any($event.target).value)"
        ></textarea>
      </academy-field>
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

  choose(rating: number | null): void {
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
      focusAfterRender(
        this.ratingMissing() ? `rating-${id}-1` : `feedback-comment-${id}`,
        this.injector,
      );
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.store.giveFeedback(id, request);
      // The form gives way to the feedback given: keyboard users land on the session.
      focusAfterRender(`session-${id}`, this.injector);
    } catch (e) {
      const error = toApiError(e);
      if (error.code === 'feedback_given') void this.store.reload();
      this.error.set(mentoringErrorMessage(error));
    } finally {
      this.busy.set(false);
    }
  }
}
