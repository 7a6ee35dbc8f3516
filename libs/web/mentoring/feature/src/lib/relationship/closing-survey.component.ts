import {
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
import { FIELD } from '../shared/field.component';
import { focusAfterRender } from '../shared/form-support';
import { mentoringErrorMessage } from '../shared/mentoring-errors';
import { type RadioOption, RadioGroupComponent } from '../shared/radio-group.component';

const GOALS_MET: readonly RadioOption<boolean>[] = [
  { value: true, id: 'yes', label: 'mentoring.close.goalsYes' },
  { value: false, id: 'no', label: 'mentoring.close.goalsNo' },
];
const RATINGS: readonly RadioOption<number>[] = ([1, 2, 3, 4, 5] as const).map((rating) => ({
  value: rating,
  label: `mentoring.close.rating${rating}` satisfies TranslationKey,
}));
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
  imports: [TranslatePipe, FormAlertComponent, RadioGroupComponent, FIELD],
  template: `
    <form novalidate (submit)="submit($event)">
      <academy-form-alert [message]="error.text()" />
      <academy-radio-group
        groupId="survey-goals"
        [legend]="'mentoring.close.goalsMet' | translate"
        [error]="has('goalsMet') ? ('mentoring.close.goalsRequired' | translate) : null"
        [options]="goalsOptions"
        [(value)]="goalsMet"
      />
      <academy-radio-group
        groupId="survey-rating"
        [legend]="'mentoring.close.rating' | translate"
        [error]="has('rating') ? ('mentoring.close.ratingRequired' | translate) : null"
        [options]="ratings"
        [(value)]="rating"
      />
      <academy-field
        fieldId="survey-comment"
        [label]="'mentoring.close.comment' | translate"
        [hint]="'mentoring.close.commentHint' | translate"
        [error]="has('comment') ? ('mentoring.feedback.commentRequired' | translate) : null"
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
  readonly goalsOptions = GOALS_MET;
  readonly ratings = RATINGS;
  readonly maxLength = SESSION_LIMITS.survey.max;
  readonly goalsMet = signal<boolean | null>(null);
  readonly rating = signal<number | null>(null);
  readonly comment = signal('');
  readonly problems = signal<readonly ClosingSurveyProblem[]>([]);
  readonly busy = signal(false);
  readonly error = messageSlot();

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
      focusAfterRender(id, this.injector);
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
