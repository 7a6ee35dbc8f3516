import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  viewChild,
} from '@angular/core';
import type { Cohort, CohortImportReport } from '@academy/shared/contracts';
import { type TranslatedMessage, TranslatePipe, TranslationService } from '@academy/web/i18n';
import { toApiError } from '@academy/web/shared/util-http';
import {
  alreadyInCount,
  cohortFileProblem,
  CohortsStore,
  importSummary,
} from '@academy/web/teaching/data-access';
import type { Subscription } from 'rxjs';
import { outcomeKey, rejectionKey } from '../shared/labels';
import { importErrorMessage } from '../shared/teaching-errors';

/**
 * "Add learners from a CSV file" for one cohort: the file, an announced progress bar while it
 * uploads, then the report row by row (added, and not added with the reason).
 */
@Component({
  selector: 'academy-cohort-import',
  imports: [TranslatePipe],
  templateUrl: './cohort-import.component.html',
  styles: `
    .import {
      margin-block-start: 1rem;
      border-block-start: 1px solid var(--mat-sys-outline-variant);
    }
    .progress {
      width: 100%;
      height: 0.75rem;
    }
    .result {
      margin-block-start: 1rem;
      padding: 0 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      background: var(--mat-sys-surface);
    }
    .summary {
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CohortImportComponent {
  readonly cohort = input.required<Cohort>();

  private readonly store = inject(CohortsStore);
  private readonly i18n = inject(TranslationService);
  private readonly injector = inject(Injector);
  private readonly fileInput = viewChild.required<ElementRef<HTMLInputElement>>('fileInput');
  private upload: Subscription | null = null;

  readonly id = computed(() => `cohort-file-${this.cohort().id}`);
  readonly file = signal<File | null>(null);
  /** What is wrong with the file, next to the field. */
  readonly fileError = signal<TranslatedMessage | null>(null);
  readonly progress = signal<number | null>(null);
  readonly uploading = signal(false);
  readonly result = signal<{ fileName: string; report: CohortImportReport } | null>(null);
  readonly summary = computed(() => {
    const result = this.result();
    return result ? importSummary(result.report) : null;
  });
  readonly alreadyIn = computed(() => {
    const result = this.result();
    return result ? alreadyInCount(result.report) : 0;
  });
  /** The live region's words: the progress while uploading, then the summary. */
  readonly news = computed(() => {
    const summary = this.summary();
    if (this.uploading()) {
      return this.i18n.t('teaching.import.progress', { percent: this.progress() ?? 0 });
    }
    return summary ? this.i18n.t('teaching.import.summary', { ...summary }) : '';
  });
  readonly outcomeKey = outcomeKey;
  readonly rejectionKey = rejectionKey;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.upload?.unsubscribe());
  }

  choose(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0] ?? null;
    this.file.set(file);
    // A file too large is said at once, before any waiting.
    this.fileError.set(
      cohortFileProblem(file) === 'tooLarge' ? { key: 'teaching.import.tooLarge' } : null,
    );
  }

  send(event: Event): void {
    event.preventDefault();
    if (this.uploading()) return;
    const file = this.file();
    const problem = cohortFileProblem(file);
    if (problem || !file) {
      this.fileError.set({
        key: problem === 'tooLarge' ? 'teaching.import.tooLarge' : 'teaching.import.required',
      });
      this.fileInput().nativeElement.focus();
      return;
    }
    this.fileError.set(null);
    this.result.set(null);
    this.progress.set(0);
    this.uploading.set(true);
    this.upload = this.store.importMembers(this.cohort().id, file).subscribe({
      next: (e) => {
        if (e.type === 'progress') this.progress.set(e.percent);
        else {
          this.progress.set(null);
          this.uploading.set(false);
          this.result.set({ fileName: file.name, report: e.report });
          // The same file again would change nothing: clear the field so it is not resent by mistake.
          this.fileInput().nativeElement.value = '';
          this.file.set(null);
          this.focus(`${this.id()}-result`);
        }
      },
      error: (e: unknown) => {
        this.progress.set(null);
        this.uploading.set(false);
        this.fileError.set(importErrorMessage(toApiError(e)));
        this.fileInput().nativeElement.focus();
      },
    });
  }

  private focus(id: string): void {
    afterNextRender(() => document.getElementById(id)?.focus(), { injector: this.injector });
  }
}
