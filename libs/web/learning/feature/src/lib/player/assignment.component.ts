import { HttpEventType } from '@angular/common/http';
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
  fileSize,
  chosenLevel,
  LearningApi,
  PlayerStore,
  type PublicAssignmentLesson,
} from '@academy/web/learning/data-access';
import { FormAlertComponent, messageSlot, nestHeadings } from '@academy/web/shared/ui';
import { type ApiError, toApiError } from '@academy/web/shared/util-http';
import { longDate } from '../shared/format';
import { learningErrorMessage } from '../shared/learning-errors';
import { SUBMISSION_MAX, submissionProblem } from '../shared/limits';
import { PeerReviewFormComponent } from './peer-review-form.component';
import { fileUploadProblem } from './submission-file-errors';
import { SubmissionFileComponent } from './submission-file.component';

/**
 * An assignment with peer review: the learner submits once, then reviews the work of peers
 * (anonymously, with the rubric) and reads the reviews of their own.
 */
@Component({
  selector: 'academy-assignment',
  imports: [TranslatePipe, FormAlertComponent, PeerReviewFormComponent, SubmissionFileComponent],
  templateUrl: './assignment.component.html',
  styles: `
    h3:focus,
    h4:focus,
    [tabindex='-1']:focus {
      outline: none;
    }
    .assignment__file progress {
      display: block;
      inline-size: min(100%, 20rem);
    }
    .assignment__file-actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
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
  /** The attached file, changed at once (apart from submitting the text). */
  readonly fileBusy = signal(false);
  readonly fileProgress = signal<number | null>(null);
  readonly fileError = signal<TranslatedMessage | null>(null);
  readonly fileStatus = signal<TranslatedMessage | null>(null);
  /** A hint for the file picker only: the API checks each file's content. */
  readonly accept = '.pdf,.png,.jpg,.jpeg,.webp,.gif,.docx,.xlsx,.pptx,.odt,.ods,.odp';
  readonly fileMaxSize = computed(() =>
    fileSize(this.view()?.fileMaxBytes ?? 0, this.i18n.language(), 'floor'),
  );

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

  /** Uploads the chosen file at once, replacing the attached one. */
  attachFile(event: Event): void {
    const picker = event.target as HTMLInputElement;
    const file = picker.files?.[0];
    if (!file || this.fileBusy()) return;
    this.fileError.set(null);
    this.fileStatus.set(null);
    this.success.set(null);
    const max = this.view()?.fileMaxBytes ?? 0;
    // Saves sending a file the API would refuse anyway (it checks the size again).
    if (max && file.size > max) {
      this.fileError.set({
        key: 'learning.assignment.file.tooLarge',
        params: { size: this.fileMaxSize() },
      });
      picker.value = '';
      return;
    }
    this.fileBusy.set(true);
    this.fileProgress.set(0);
    const done = () => {
      this.fileBusy.set(false);
      this.fileProgress.set(null);
      picker.value = '';
    };
    this.api.attachFile(this.enrolmentId(), this.lesson().id, file).subscribe({
      next: (e) => {
        if (e.type === HttpEventType.UploadProgress && e.total) {
          this.fileProgress.set(Math.round((100 * e.loaded) / e.total));
        } else if (e.type === HttpEventType.Response && e.body) {
          this.update(e.body);
          this.fileStatus.set({
            key: 'learning.assignment.file.saved',
            params: { name: e.body.file?.name ?? file.name },
          });
          // The field was disabled while sending, which drops focus: give it back.
          this.focus('assignment-file');
        }
      },
      error: (e: unknown) => {
        done();
        void this.fileRefused(toApiError(e));
      },
      complete: done,
    });
  }

  async removeFile(): Promise<void> {
    if (this.fileBusy()) return;
    this.fileBusy.set(true);
    this.fileError.set(null);
    this.fileStatus.set(null);
    try {
      this.update(await this.api.removeFile(this.enrolmentId(), this.lesson().id));
      this.fileStatus.set({ key: 'learning.assignment.file.removed' });
      // The Remove button is gone: the file field is where the learner goes on.
      this.focus('assignment-file');
    } catch (e) {
      await this.fileRefused(toApiError(e));
    } finally {
      this.fileBusy.set(false);
    }
  }

  private async fileRefused(error: ApiError): Promise<void> {
    if (error.code === 'already_submitted' || error.status === 404) {
      // Submitted meanwhile (another tab) or gone: say so and show the work as it is.
      this.error.set(learningErrorMessage(error));
      await this.load();
      return;
    }
    this.fileError.set(fileUploadProblem(error, this.fileMaxSize()));
    this.focus('assignment-file');
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
