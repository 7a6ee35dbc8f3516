import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  Injector,
  input,
  type OnInit,
  signal,
} from '@angular/core';
import type { AssignmentView, ReviewReceived, RubricScores } from '@academy/shared/contracts';
import {
  type TranslatedMessage,
  type TranslationKey,
  TranslatePipe,
  TranslationService,
} from '@academy/web/i18n';
import {
  chosenLevel,
  LearningApi,
  PlayerStore,
  type PublicAssignmentLesson,
} from '@academy/web/learning/data-access';
import { FormAlertComponent, messageSlot, nestHeadings } from '@academy/web/shared/ui';
import { toApiError } from '@academy/web/shared/util-http';
import { longDate } from '../shared/format';
import { learningErrorMessage } from '../shared/learning-errors';
import { SUBMISSION_MAX, submissionProblem } from '../shared/limits';
import { PeerReviewFormComponent } from './peer-review-form.component';

/**
 * An assignment with peer review: the learner submits once, then reviews the work of peers
 * (anonymously, with the rubric) and reads the reviews of their own.
 */
@Component({
  selector: 'academy-assignment',
  imports: [TranslatePipe, FormAlertComponent, PeerReviewFormComponent],
  templateUrl: './assignment.component.html',
  styles: `
    h3:focus,
    h4:focus,
    [tabindex='-1']:focus {
      outline: none;
    }
    .assignment__scores {
      margin: 0.5rem 0;
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0 0 0.5rem;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssignmentComponent implements OnInit {
  readonly lesson = input.required<PublicAssignmentLesson>();
  readonly language = input<string | null>(null);

  private readonly api = inject(LearningApi);
  private readonly store = inject(PlayerStore);
  private readonly i18n = inject(TranslationService);
  private readonly injector = inject(Injector);

  readonly maxLength = SUBMISSION_MAX;
  readonly view = signal<AssignmentView | null>(null);
  readonly loading = signal(true);
  readonly loadFailed = signal(false);
  readonly text = signal('');
  readonly textError = signal<TranslatedMessage | null>(null);
  readonly submitting = signal(false);
  readonly error = messageSlot();
  readonly success = messageSlot();

  // The lesson title is an h2: the authors' headings go under it.
  readonly promptHtml = computed(() => nestHeadings(this.lesson().promptHtml, 2));
  readonly count = computed(() => this.text().length);
  readonly reviewsDone = computed(
    () => (this.view()?.reviewsToGive ?? []).filter((r) => r.submittedAt).length,
  );

  ngOnInit(): void {
    void this.load();
  }

  async load(): Promise<void> {
    this.loading.set(true);
    this.loadFailed.set(false);
    try {
      this.view.set(await this.api.assignment(this.enrolmentId(), this.lesson().id));
    } catch {
      this.loadFailed.set(true);
    } finally {
      this.loading.set(false);
    }
  }

  setText(event: Event): void {
    this.text.set((event.target as HTMLTextAreaElement).value);
    if (this.textError() && !submissionProblem(this.text())) this.textError.set(null);
  }

  async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.submitting()) return;
    const text = this.text().trim();
    const problem = submissionProblem(text);
    if (problem) {
      this.textError.set(problem);
      this.error.set({ key: 'validation.summary' });
      this.focus('assignment-text');
      return;
    }
    if (!confirm(this.i18n.t('learning.assignment.confirm'))) return;
    this.submitting.set(true);
    this.error.set(null);
    try {
      const view = await this.api.submitAssignment(this.enrolmentId(), this.lesson().id, text);
      this.update(view);
      this.success.set({ key: 'learning.assignment.submitted' });
      this.focus('assignment-status');
    } catch (e) {
      const error = toApiError(e);
      this.error.set(learningErrorMessage(error));
      if (error.code === 'already_submitted') {
        await this.load();
      } else if (error.fieldErrors.some((f) => f.field === 'text')) {
        this.textError.set({ key: 'validation.server' });
        this.focus('assignment-text');
      }
    } finally {
      this.submitting.set(false);
    }
  }

  reviewed(view: AssignmentView): void {
    this.update(view);
    this.success.set({ key: 'learning.review.sent' });
    this.focus('reviews-title');
  }

  date(iso: string): string {
    return longDate(iso, this.i18n.language());
  }

  /** "Criterion: level (points)" lines of a review, in the rubric's order. */
  scoreLines(scores: RubricScores | null): { criterion: string; level: string; points: number }[] {
    return this.lesson().rubric.criteria.flatMap((criterion) => {
      const level = chosenLevel(criterion, scores);
      return level
        ? [{ criterion: criterion.title, level: level.title, points: level.points }]
        : [];
    });
  }

  reviewerKey(review: ReviewReceived): TranslationKey {
    return review.by === 'trainer' ? 'learning.received.byTrainer' : 'learning.received.byPeer';
  }

  private update(view: AssignmentView): void {
    this.view.set(view);
    this.store.applyAssignmentView(view);
  }

  private enrolmentId(): string {
    return this.store.enrolmentId() ?? '';
  }

  private focus(id: string): void {
    afterNextRender(() => document.getElementById(id)?.focus(), { injector: this.injector });
  }
}
