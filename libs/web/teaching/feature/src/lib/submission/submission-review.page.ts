import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  Injector,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { map } from 'rxjs';
import type {
  AssignmentView,
  RubricScores,
  SubmissionFile,
  SubmissionReview,
} from '@academy/shared/contracts';
import { type TranslationKey, TranslatePipe, TranslationService } from '@academy/web/i18n';
import { fileSize, SubmissionFileDownloads } from '@academy/web/learning/data-access';
import { FormAlertComponent, messageSlot, nestHeadings } from '@academy/web/shared/ui';
import {
  assignmentStatus,
  REVIEWS_PER_LEARNER,
  scoreLines,
  SubmissionReviewStore,
} from '@academy/web/teaching/data-access';
import { shortDate } from '../shared/format';
import { assignmentStatusKey } from '../shared/labels';
import { TrainerReviewFormComponent } from './trainer-review-form.component';

/**
 * A learner's submitted assignment, reviewed by a trainer: the instructions, the work, the
 * reviews sent so far and the trainer's own review with the rubric. After sending, the page
 * says what it changed (complete, or still in peer review) and focus goes to that status.
 */
@Component({
  selector: 'academy-submission-review-page',
  imports: [RouterLink, TranslatePipe, FormAlertComponent, TrainerReviewFormComponent],
  providers: [SubmissionReviewStore],
  templateUrl: './submission-review.page.html',
  styles: `
    .status {
      margin-block: 1rem;
      padding: 0.75rem 1rem;
      border-radius: 8px;
      border-inline-start: 6px solid currentColor;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      p {
        margin-block: 0.25rem;
      }
    }
    .status--complete {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    section {
      margin-block: 1.5rem;
    }
    /* The author's HTML is added with innerHTML, beyond these encapsulated styles. */
    .instructions {
      max-width: var(--academy-text-width);
      overflow-wrap: anywhere;
    }
    .quote {
      max-width: var(--academy-text-width);
      margin: 0.5rem 0;
      padding: 0.75rem 1rem;
      border-inline-start: 4px solid var(--mat-sys-outline);
      background: var(--mat-sys-surface);
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .file-download {
      max-width: 100%;
      overflow-wrap: anywhere;
      text-align: start;
    }
    .review h3 {
      margin-block: 0.75rem 0.25rem;
    }
    .scores {
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
export class SubmissionReviewPage {
  readonly store = inject(SubmissionReviewStore);
  private readonly i18n = inject(TranslationService);
  private readonly title = inject(Title);
  private readonly injector = inject(Injector);
  private readonly route = inject(ActivatedRoute);
  private readonly downloads = inject(SubmissionFileDownloads);

  readonly done = messageSlot();
  readonly needed = REVIEWS_PER_LEARNER;
  readonly downloadingFile = signal(false);
  readonly downloadFailed = signal(false);
  readonly courseId = toSignal(
    this.route.paramMap.pipe(map((params) => params.get('courseId') ?? '')),
    { requireSync: true },
  );
  readonly submissionId = toSignal(
    this.route.paramMap.pipe(map((params) => params.get('submissionId') ?? '')),
    { requireSync: true },
  );

  /** The submission's own course once known (the address may name another). */
  readonly backCourseId = computed(() => this.store.submission()?.course.id ?? this.courseId());

  /** The instructions' headings go under the page's h2 "Instructions". */
  readonly promptHtml = computed(() => {
    const submission = this.store.submission();
    return submission ? nestHeadings(submission.assignment.promptHtml, 2) : '';
  });
  readonly statusKey = computed(() =>
    assignmentStatusKey(assignmentStatus(this.store.submission()?.state)),
  );

  constructor() {
    effect(() => {
      const id = this.submissionId();
      untracked(() => {
        this.done.set(null);
        this.store.load(id);
      });
    });
    // What a tab or bookmark should say: whose work, and which assignment.
    effect(() => {
      const app = this.i18n.t('app.name');
      const submission = this.store.submission();
      if (submission) {
        const heading = this.i18n.t('teaching.submission.heading', {
          assignment: submission.assignment.title,
          name: submission.learner.displayName,
        });
        this.title.setTitle(`${heading} · ${submission.course.title} · ${app}`);
      } else if (this.store.notFound())
        this.title.setTitle(`${this.i18n.t('teaching.submission.notFound')} · ${app}`);
    });
  }

  /** The review is saved: say what it changed, and take keyboard users to the new status. */
  reviewed(view: AssignmentView): void {
    const submission = this.store.submission();
    const params = {
      assignment: submission?.assignment.title ?? '',
      name: submission?.learner.displayName ?? '',
      needed: REVIEWS_PER_LEARNER,
    };
    this.done.set({
      key: view.state.complete
        ? 'teaching.submission.savedComplete'
        : 'teaching.submission.savedInReview',
      params,
    });
    afterNextRender(() => document.getElementById('submission-status')?.focus(), {
      injector: this.injector,
    });
  }

  /** The learner's attached file: private, so fetched with the trainer's token (see SubmissionFileDownloads). */
  async downloadFile(file: SubmissionFile): Promise<void> {
    this.downloadingFile.set(true);
    this.downloadFailed.set(false);
    try {
      await this.downloads.save(file);
    } catch {
      this.downloadFailed.set(true);
    } finally {
      this.downloadingFile.set(false);
    }
  }

  size(file: SubmissionFile): string {
    return fileSize(file.size, this.i18n.language());
  }

  retry(): void {
    this.store.reload();
  }

  date(iso: string): string {
    return shortDate(iso, this.i18n.language());
  }

  reviewerKey(review: SubmissionReview): TranslationKey {
    if (review.mine) return 'teaching.submission.byYou';
    return review.by === 'trainer' ? 'teaching.submission.byTrainer' : 'teaching.submission.byPeer';
  }

  lines(scores: RubricScores) {
    const submission = this.store.submission();
    return submission ? scoreLines(submission.assignment.rubric, scores) : [];
  }
}
