import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  inject,
  Injector,
  input,
  output,
  signal,
} from '@angular/core';
import { type TranslationKey, TranslatePipe, TranslationService } from '@academy/web/i18n';
import {
  type ClosingSurveyProblem,
  closingSurveyProblems,
  closingSurveyRequest,
  RelationshipStore,
  SESSION_LIMITS,
} from '@academy/web/mentoring/data-access';
import { FormAlertComponent, messageSlot } from '@academy/web/shared/ui';
import { toApiError } from '@academy/web/shared/util-http';
import { mentoringErrorMessage } from '../shared/mentoring-errors';

const RATINGS = [1, 2, 3, 4, 5] as const;
const FIELD_IDS: Readonly<Record<ClosingSurveyProblem, string>> = {
  goalsMet: 'survey-goals-yes',
  rating: 'survey-rating-1',
  comment: 'survey-comment',
};

/**
 * The closing survey: were the goals met, how was the mentoring overall, and a comment. Sent
 * with "end the relationship" while it is active; after the other person ended it, each still
 * answers their own.
 */
@Component({
  selector: 'academy-closing-survey',
  imports: [TranslatePipe, FormAlertComponent],
  template: `
    <form novalidate (submit)="submit($event)">
      <academy-form-alert [message]="error.text()" />
      <fieldset
        class="mt-group"
        [class.mt-group--invalid]="has('goalsMet')"
        [attr.aria-describedby]="has('goalsMet') ? 'survey-goals-error' : null"
      >
        <legend>{{ 'mentoring.close.goalsMet' | translate }}</legend>
        @if (has('goalsMet')) {
          <p class="field-error" id="survey-goals-error">
            {{ 'mentoring.close.goalsRequired' | translate }}
          </p>
        }
        <div class="mt-choices">
          <label class="mt-choice">
            <input
              type="radio"
              name="survey-goals"
              id="survey-goals-yes"
              [checked]="goalsMet() === true"
              (change)="goalsMet.set(true)"
            />
            <span>{{ 'mentoring.close.goalsYes' | translate }}</span>
          </label>
          <label class="mt-choice">
            <input
              type="radio"
              name="survey-goals"
              id="survey-goals-no"
              [checked]="goalsMet() === false"
              (change)="goalsMet.set(false)"
            />
            <span>{{ 'mentoring.close.goalsNo' | translate }}</span>
          </label>
        </div>
      </fieldset>
      <fieldset
        class="mt-group"
        [class.mt-group--invalid]="has('rating')"
        [attr.aria-describedby]="has('rating') ? 'survey-rating-error' : null"
      >
        <legend>{{ 'mentoring.close.rating' | translate }}</legend>
        @if (has('rating')) {
          <p class="field-error" id="survey-rating-error">
            {{ 'mentoring.close.ratingRequired' | translate }}
          </p>
        }
        <div class="mt-choices">
          @for (r of ratings; track r) {
            <label class="mt-choice">
              <input
                type="radio"
                name="survey-rating"
                [id]="'survey-rating-' + r"
                [checked]="rating() === r"
                (change)="rating.set(r)"
              />
              <span>{{ ratingKey(r) | translate }}</span>
            </label>
          }
        </div>
      </fieldset>
      <div class="mt-field">
        <label for="survey-comment">{{ 'mentoring.close.comment' | translate }}</label>
        <p class="mt-hint" id="survey-comment-hint">
          {{ 'mentoring.close.commentHint' | translate }}
        </p>
        <textarea
          id="survey-comment"
          rows="4"
          required
          [attr.maxlength]="maxLength"
          [attr.aria-invalid]="has('comment') ? 'true' : null"
          [attr.aria-describedby]="
            'survey-comment-hint' + (has('comment') ? ' survey-comment-error' : '')
          "
          [value]="comment()"
          (input)="comment.set($any($event.target).value)"
        ></textarea>
        @if (has('comment')) {
          <p class="field-error" id="survey-comment-error">
            {{ 'mentoring.feedback.commentRequired' | translate }}
          </p>
        }
      </div>
      <button
        type="submit"
        class="mt-button"
        [class.mt-button--danger]="active()"
        [class.mt-button--primary]="!active()"
        [disabled]="busy()"
        [attr.aria-busy]="busy()"
      >
        {{
          (busy()
            ? 'mentoring.saving'
            : active()
              ? 'mentoring.close.button'
              : 'mentoring.close.send'
          ) | translate
        }}
      </button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClosingSurveyComponent {
  readonly other = input.required<string>();
  /** Still active: sending the survey ends the relationship. */
  readonly active = input.required<boolean>();
  /** Sent (or found already answered): the page says so and the form goes. */
  readonly answered = output<{ alreadyAnswered: boolean; ended: boolean }>();

  private readonly store = inject(RelationshipStore);
  private readonly i18n = inject(TranslationService);
  private readonly injector = inject(Injector);
  readonly ratings = RATINGS;
  readonly maxLength = SESSION_LIMITS.survey.max;
  readonly goalsMet = signal<boolean | null>(null);
  readonly rating = signal<number | null>(null);
  readonly comment = signal('');
  readonly problems = signal<readonly ClosingSurveyProblem[]>([]);
  readonly busy = signal(false);
  readonly error = messageSlot();

  ratingKey(rating: (typeof RATINGS)[number]): TranslationKey {
    return `mentoring.close.rating${rating}` satisfies TranslationKey;
  }

  has(problem: ClosingSurveyProblem): boolean {
    return this.problems().includes(problem);
  }

  async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    const problems = closingSurveyProblems(this.goalsMet(), this.rating(), this.comment());
    this.problems.set(problems);
    const survey = closingSurveyRequest(this.goalsMet(), this.rating(), this.comment());
    if (!survey) {
      this.error.set({ key: 'validation.summary' });
      const id = FIELD_IDS[problems[0] ?? 'comment'];
      afterNextRender(() => document.getElementById(id)?.focus(), { injector: this.injector });
      return;
    }
    if (this.active() && !confirm(this.i18n.t('mentoring.close.confirm', { name: this.other() })))
      return;
    const ending = this.active();
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.store.close(survey);
      this.answered.emit({ alreadyAnswered: false, ended: ending });
    } catch (e) {
      const error = toApiError(e);
      if (error.code === 'answered') this.answered.emit({ alreadyAnswered: true, ended: false });
      else this.error.set(mentoringErrorMessage(error));
    } finally {
      this.busy.set(false);
    }
  }
}
