import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  Injector,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import {
  type AssignmentView,
  cleanScores,
  missingCriteria,
  rubricScore,
  type RubricScores,
  type TrainerSubmissionView,
} from '@academy/shared/contracts';
import { type TranslatedMessage, TranslatePipe } from '@academy/web/i18n';
import {
  FormAlertComponent,
  messageSlot,
  type RubricLevelChoice,
  rubricLevelId,
  RubricLevelsComponent,
} from '@academy/web/shared/ui';
import { toApiError } from '@academy/web/shared/util-http';
import {
  commentProblem,
  criteriaInErrors,
  REVIEW_COMMENT_MAX,
  REVIEW_COMMENT_MIN,
  SubmissionReviewStore,
} from '@academy/web/teaching/data-access';
import { teachingErrorMessage } from '../shared/teaching-errors';

/**
 * The trainer's review of a learner's work with the assignment's rubric: one level per
 * criterion and a comment, every problem shown next to its field. A trainer who already
 * reviewed it starts from their review and may revise it.
 */
@Component({
  selector: 'academy-trainer-review-form',
  imports: [TranslatePipe, FormAlertComponent, RubricLevelsComponent],
  template: `
    @let s = submission();
    <form novalidate aria-labelledby="review-form-title" (submit)="submit($event)">
      <h2 id="review-form-title">
        {{
          (revising() ? 'teaching.submission.formTitleRevise' : 'teaching.submission.formTitle')
            | translate
        }}
      </h2>
      <p class="tc-hint">{{ 'teaching.submission.formIntro' | translate }}</p>
      <academy-form-alert [message]="error.text()" />
      <academy-rubric-levels
        [criteria]="s.assignment.rubric.criteria"
        [scores]="scores()"
        [missing]="missing()"
        [language]="s.course.language"
        (chosen)="choose($event)"
      />
      <p class="tc-meta" aria-live="polite">
        {{
          'teaching.submission.total'
            | translate: { points: points().points, max: points().maxPoints }
        }}
      </p>
      <div class="comment">
        <label for="review-comment">{{ 'teaching.submission.comment' | translate }}</label>
        <p class="tc-hint" id="review-comment-hint">
          {{ 'teaching.submission.commentHint' | translate: { min: minLength } }}
        </p>
        <textarea
          id="review-comment"
          rows="6"
          required
          [attr.maxlength]="maxLength"
          [attr.aria-describedby]="
            'review-comment-hint' + (commentError() ? ' review-comment-error' : '')
          "
          [attr.aria-invalid]="commentError() ? 'true' : null"
          [value]="comment()"
          (input)="setComment($event)"
        ></textarea>
        @if (commentError(); as message) {
          <p class="field-error" id="review-comment-error">
            {{ message.key | translate: message.params }}
          </p>
        }
      </div>
      <button
        type="submit"
        class="tc-button tc-button--primary"
        [attr.aria-busy]="busy()"
        [disabled]="busy()"
      >
        {{
          (busy()
            ? 'form.working'
            : revising()
              ? 'teaching.submission.update'
              : 'teaching.submission.send'
          ) | translate
        }}
      </button>
    </form>
  `,
  styles: `
    .comment {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      margin-block: 1rem;
      label {
        font-weight: 600;
      }
      textarea {
        font: inherit;
        max-width: 100%;
        padding: 0.5rem 0.75rem;
        border: 1px solid var(--mat-sys-outline);
        border-radius: 4px;
        background: var(--mat-sys-surface);
        color: var(--mat-sys-on-surface);
      }
      textarea[aria-invalid='true'] {
        border: 2px solid var(--mat-sys-error);
      }
    }
    .field-error {
      margin: 0.25rem 0;
      color: var(--mat-sys-error);
      font-weight: 500;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrainerReviewFormComponent {
  readonly submission = input.required<TrainerSubmissionView>();
  /** The learner's assignment as the API answers the review. */
  readonly reviewed = output<AssignmentView>();

  private readonly store = inject(SubmissionReviewStore);
  private readonly injector = inject(Injector);
  readonly minLength = REVIEW_COMMENT_MIN;
  readonly maxLength = REVIEW_COMMENT_MAX;
  /** The trainer's own review so far, if any: the form starts from it. */
  readonly mine = computed(() => this.submission().reviews.find((r) => r.mine) ?? null);
  readonly revising = computed(() => this.mine() !== null);
  readonly scores = linkedSignal<RubricScores>(() => ({ ...(this.mine()?.scores ?? {}) }));
  readonly comment = linkedSignal(() => this.mine()?.comment ?? '');
  readonly missing = signal<readonly string[]>([]);
  readonly commentError = signal<TranslatedMessage | null>(null);
  readonly busy = signal(false);
  readonly error = messageSlot();
  readonly points = computed(() => rubricScore(this.submission().assignment.rubric, this.scores()));

  choose({ criterionId, levelId }: RubricLevelChoice): void {
    this.scores.update((scores) => ({ ...scores, [criterionId]: levelId }));
    this.missing.update((ids) => ids.filter((id) => id !== criterionId));
  }

  setComment(event: Event): void {
    this.comment.set((event.target as HTMLTextAreaElement).value);
    // An error shown stays up to date with what is typed (and goes once the comment is fine).
    if (this.commentError()) this.commentError.set(this.commentMessage(this.comment()));
  }

  async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    const rubric = this.submission().assignment.rubric;
    const missing = missingCriteria(rubric, this.scores());
    const comment = this.comment().trim();
    const problem = this.commentMessage(comment);
    this.missing.set(missing);
    this.commentError.set(problem);
    if (missing.length || problem) {
      this.error.set({ key: 'validation.summary' });
      this.focusFirstProblem(missing, !!problem);
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      const view = await this.store.review({ scores: cleanScores(rubric, this.scores()), comment });
      this.reviewed.emit(view);
    } catch (e) {
      const error = toApiError(e);
      const criteria = criteriaInErrors(error.fieldErrors);
      const badComment = error.fieldErrors.some((f) => f.field === 'comment');
      if (criteria.length) this.missing.set(criteria);
      if (badComment) this.commentError.set({ key: 'validation.server' });
      this.error.set(
        error.code === 'own_work'
          ? { key: 'teaching.submission.ownWork' }
          : teachingErrorMessage(error),
      );
      if (criteria.length || badComment) this.focusFirstProblem(criteria, badComment);
    } finally {
      this.busy.set(false);
    }
  }

  private commentMessage(comment: string): TranslatedMessage | null {
    switch (commentProblem(comment)) {
      case 'required':
        return { key: 'teaching.submission.commentRequired' };
      case 'tooShort':
        return { key: 'validation.minlength', params: { min: REVIEW_COMMENT_MIN } };
      default:
        return null;
    }
  }

  /** The first criterion without a level (its first level), else the comment. */
  private focusFirstProblem(missing: readonly string[], comment: boolean): void {
    const criterion = this.submission().assignment.rubric.criteria.find((c) =>
      missing.includes(c.id),
    );
    const target = criterion?.levels[0]
      ? rubricLevelId('', criterion.levels[0].id)
      : comment
        ? 'review-comment'
        : null;
    if (target)
      afterNextRender(() => document.getElementById(target)?.focus(), { injector: this.injector });
  }
}
