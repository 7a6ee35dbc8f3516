import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import type { SubmissionFile } from '@academy/shared/contracts';
import { TranslatePipe, TranslationService } from '@academy/web/i18n';
import { fileSize, SubmissionFileDownloads } from '@academy/web/learning/data-access';

/**
 * The file attached to an assignment, as a download button (the file is private: it is fetched
 * with the reader's token, see SubmissionFileDownloads), named with its size.
 */
@Component({
  selector: 'academy-submission-file',
  imports: [TranslatePipe],
  template: `
    <button
      type="button"
      class="ln-button file__download"
      [attr.aria-busy]="busy()"
      [disabled]="busy()"
      (click)="download()"
    >
      {{ 'learning.assignment.file.download' | translate: { name: file().name, size: size() } }}
    </button>
    @if (failed()) {
      <p class="ln-field-error" role="alert">
        {{ 'learning.assignment.file.downloadFailed' | translate }}
      </p>
    }
  `,
  styles: `
    :host {
      display: block;
      margin-block: 0.5rem;
    }
    .file__download {
      max-width: 100%;
      overflow-wrap: anywhere;
      text-align: start;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SubmissionFileComponent {
  readonly file = input.required<SubmissionFile>();

  private readonly downloads = inject(SubmissionFileDownloads);
  private readonly i18n = inject(TranslationService);

  readonly busy = signal(false);
  readonly failed = signal(false);
  readonly size = computed(() => fileSize(this.file().size, this.i18n.language()));

  async download(): Promise<void> {
    this.busy.set(true);
    this.failed.set(false);
    try {
      await this.downloads.save(this.file());
    } catch {
      this.failed.set(true);
    } finally {
      this.busy.set(false);
    }
  }
}
