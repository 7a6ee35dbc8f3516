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
import type {
  AssignmentView,
  RubricScores,
  TrainerSubmissionView,
} from '@academy/shared/contracts';
import { type TranslatedMessage, TranslatePipe } from '@academy/web/i18n';
import { FormAlertComponent, messageSlot } from '@academy/web/shared/ui';
import { toApiError } from '@academy/web/shared/util-http';
import {
  cleanScores,
  commentProblem,
  criteriaInErrors,
  missingCriteria,
  REVIEW_COMMENT_MAX,
  REVIEW_COMMENT_MIN,
  reviewPoints,
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
  imports: [TranslatePipe, FormAlertComponent],
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
      @for (c of s.assignment.rubric.criteria; track c.id) {
        <fieldset
          class="criterion"
          [class.criterion--invalid]="isMissing(c.id)"
          [attr.aria-describedby]="isMissing(c.id) ? 'criterion-error-' + c.id : null"
        >
          <legend [attr.lang]="s.course.language">{{ c.title }}</legend>
          @if (isMissing(c.id)) {
            <p class="field-error" [id]="'criterion-error-' + c.id">
              {{ 'teaching.submission.chooseLevel' | translate }}
            </p>
          }
          @for (l of c.levels; track l.id) {
            <label class="choice">
              <input
                type="radio"
                [id]="'level-' + l.id"
                [name]="'criterion-' + c.id"
                [value]="l.id"
                [checked]="scores()[c.id] === l.id"
                (change)="choose(c.id, l.id)"
              />
              <span>
                <span class="choice__title" [attr.lang]="s.course.language">{{ l.title }}</span>
                · {{ 'teaching.submission.levelPoints' | translate: { points: l.points } }}
                @if (l.description) {
                  <span class="tc-hint choice__description" [attr.lang]="s.course.language">{{
                    l.description
                  }}</span>
                }
              </span>
            </label>
          }
        </fieldset>
      }
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
    .criterion {
      min-width: 0;
      margin: 0 0 1rem;
      padding: 0.5rem 1rem 0.75rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      > legend {
        padding-inline: 0.25rem;
        font-weight: 600;
      }
    }
    .criterion--invalid {
      border: 2px solid var(--mat-sys-error);
    }
    .choice {
      display: flex;
      align-items: flex-start;
      gap: 0.625rem;
      padding-block: 0.5rem;
      cursor: pointer;
      input {
        flex: none;
        width: 1.25rem;
        height: 1.25rem;
        margin: 0.15rem 0 0;
      }
    }
    .choice__title {
      font-weight: 600;
    }
    .choice__description {
      display: block;
    }
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
  readonly points = computed(() =>
    reviewPoints(this.submission().assignment.rubric, this.scores()),
  );

  isMissing(criterionId: string): boolean {
    return this.missing().includes(criterionId);
  }

  choose(criterionId: string, levelId: string): void {
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
    const target = criterion
      ? `level-${criterion.levels[0]?.id}`
      : comment
        ? 'review-comment'
        : null;
    if (target)
      afterNextRender(() => document.getElementById(target)?.focus(), { injector: this.injector });
  }
}
