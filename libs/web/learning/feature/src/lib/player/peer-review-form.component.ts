import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  Injector,
  input,
  output,
  signal,
} from '@angular/core';
import {
  type AssignmentView,
  cleanScores,
  missingCriteria,
  type ReviewToGive,
  rubricScore,
  type RubricScores,
} from '@academy/shared/contracts';
import { type TranslatedMessage, TranslatePipe } from '@academy/web/i18n';
import { LearningApi, type PublicRubric } from '@academy/web/learning/data-access';
import {
  FormAlertComponent,
  messageSlot,
  type RubricLevelChoice,
  rubricLevelId,
  RubricLevelsComponent,
} from '@academy/web/shared/ui';
import { toApiError } from '@academy/web/shared/util-http';
import { fieldIds, learningErrorMessage } from '../shared/learning-errors';
import { commentProblem, REVIEW_COMMENT_MAX } from '../shared/limits';

/** A peer's work assessed with the assignment's rubric: one level per criterion, and a comment. */
@Component({
  selector: 'academy-peer-review-form',
  imports: [TranslatePipe, FormAlertComponent, RubricLevelsComponent],
  template: `
    @let id = review().reviewId;
    <form novalidate [attr.aria-labelledby]="'review-form-' + id" (submit)="submit($event)">
      <h5 [id]="'review-form-' + id" class="review__title">
        {{ 'learning.review.formTitle' | translate: { number: number() } }}
      </h5>
      <academy-form-alert [message]="error.text()" />
      <academy-rubric-levels
        [criteria]="rubric().criteria"
        [scores]="scores()"
        [missing]="missing()"
        [idPrefix]="id + '-'"
        [language]="language()"
        (chosen)="choose($event)"
      />
      <p class="ln-meta">
        {{
          'learning.review.total' | translate: { points: points().points, max: points().maxPoints }
        }}
      </p>
      <div class="ln-field">
        <label [for]="'comment-' + id">{{ 'learning.review.comment' | translate }}</label>
        <p class="ln-hint" [id]="'comment-hint-' + id">
          {{ 'learning.review.commentHint' | translate }}
        </p>
        <textarea
          [id]="'comment-' + id"
          rows="5"
          required
          [attr.maxlength]="maxLength"
          [attr.aria-describedby]="
            'comment-hint-' + id + (commentError() ? ' comment-error-' + id : '')
          "
          [attr.aria-invalid]="commentError() ? 'true' : null"
          [value]="comment()"
          (input)="setComment($event)"
        ></textarea>
        @if (commentError(); as message) {
          <p class="ln-field-error" [id]="'comment-error-' + id">
            {{ message.key | translate: message.params }}
          </p>
        }
      </div>
      <button
        type="submit"
        class="ln-button ln-button--primary"
        [attr.aria-busy]="busy()"
        [disabled]="busy()"
      >
        {{ (busy() ? 'form.working' : 'learning.review.send') | translate }}
      </button>
    </form>
  `,
  styles: `
    .review__title {
      margin-block: 1rem 0.5rem;
      font-size: 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PeerReviewFormComponent {
  readonly rubric = input.required<PublicRubric>();
  readonly review = input.required<ReviewToGive>();
  /** The review's position among the learner's, for its title. */
  readonly number = input.required<number>();
  readonly language = input<string | null>(null);
  /** The reviewer's own assignment, as the API answers a review. */
  readonly reviewed = output<AssignmentView>();

  private readonly api = inject(LearningApi);
  private readonly injector = inject(Injector);
  readonly maxLength = REVIEW_COMMENT_MAX;
  readonly scores = signal<RubricScores>({});
  readonly comment = signal('');
  readonly missing = signal<readonly string[]>([]);
  readonly commentError = signal<TranslatedMessage | null>(null);
  readonly busy = signal(false);
  readonly error = messageSlot();
  readonly points = computed(() => rubricScore(this.rubric(), this.scores()));

  choose({ criterionId, levelId }: RubricLevelChoice): void {
    this.scores.update((scores) => ({ ...scores, [criterionId]: levelId }));
    this.missing.update((ids) => ids.filter((id) => id !== criterionId));
  }

  setComment(event: Event): void {
    this.comment.set((event.target as HTMLTextAreaElement).value);
    if (this.commentError() && !commentProblem(this.comment())) this.commentError.set(null);
  }

  async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    const rubric = this.rubric();
    const id = this.review().reviewId;
    const missing = missingCriteria(rubric, this.scores());
    const comment = this.comment().trim();
    const problem = commentProblem(comment);
    this.missing.set(missing);
    this.commentError.set(problem);
    if (missing.length || problem) {
      this.error.set({ key: 'validation.summary' });
      const criterion = rubric.criteria.find((c) => c.id === missing[0]);
      this.focus(criterion ? rubricLevelId(`${id}-`, criterion.levels[0].id) : `comment-${id}`);
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      const view = await this.api.review(id, {
        scores: cleanScores(rubric, this.scores()),
        comment,
      });
      this.reviewed.emit(view);
    } catch (e) {
      const error = toApiError(e);
      const criteria = fieldIds(error, 'scores');
      if (criteria.length) this.missing.set(criteria);
      if (error.fieldErrors.some((f) => f.field === 'comment')) {
        this.commentError.set({ key: 'validation.server' });
        this.focus(`comment-${id}`);
      }
      this.error.set(learningErrorMessage(error));
    } finally {
      this.busy.set(false);
    }
  }

  private focus(id: string): void {
    afterNextRender(() => document.getElementById(id)?.focus(), { injector: this.injector });
  }
}
