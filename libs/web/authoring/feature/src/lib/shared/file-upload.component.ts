import { HttpEventType } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { AuthoringApi, type UploadedFile } from '@academy/web/authoring/data-access';
import { TranslatePipe, type TranslationKey } from '@academy/web/i18n';
import { toApiError } from '@academy/web/shared/util-http';

type UploadError =
  'authoring.resource.tooLarge' | 'authoring.resource.unsupported' | 'authoring.resource.failed';

/** A file field that uploads at once, with a visible and announced progress bar. */
@Component({
  selector: 'academy-file-upload',
  imports: [TranslatePipe],
  template: `
    @let id = inputId();
    <div class="au-field">
      <label [for]="id">{{ label() | translate }}</label>
      <input
        type="file"
        [id]="id"
        [accept]="accept()"
        [attr.aria-describedby]="id + '-hint'"
        (change)="upload($event)"
      />
      <p class="au-hint" [id]="id + '-hint'">{{ hint() | translate }}</p>
    </div>
    @if (progress() !== null) {
      <label [for]="id + '-progress'">{{ 'authoring.resource.uploading' | translate }}</label>
      <progress class="au-progress" [id]="id + '-progress'" max="100" [value]="progress()">
        {{ progress() }}%
      </progress>
    }
    <p role="status">
      @if (progress() !== null) {
        {{ 'authoring.resource.progress' | translate: { percent: progress() ?? 0 } }}
      }
    </p>
    <p role="alert" class="field-error">
      @if (uploadError()) {
        {{ uploadError()! | translate }}
      }
    </p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FileUploadComponent {
  private readonly api = inject(AuthoringApi);
  readonly inputId = input.required<string>();
  readonly label = input.required<TranslationKey>();
  readonly hint = input.required<TranslationKey>();
  readonly accept = input('.pdf,.png,.jpg,.jpeg,.webp,.gif,.docx,.xlsx,.pptx,.odt,.ods,.odp');
  readonly uploaded = output<UploadedFile>();
  readonly progress = signal<number | null>(null);
  readonly uploadError = signal<UploadError | null>(null);

  upload(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    this.uploadError.set(null);
    this.progress.set(0);
    this.api.upload(file).subscribe({
      next: (e) => {
        if (e.type === HttpEventType.UploadProgress && e.total) {
          this.progress.set(Math.round((100 * e.loaded) / e.total));
        } else if (e.type === HttpEventType.Response && e.body) {
          this.progress.set(100);
          this.uploaded.emit(e.body);
        }
      },
      error: (e: unknown) => {
        const error = toApiError(e);
        this.progress.set(null);
        this.uploadError.set(
          error.code === 'file_too_large' || error.status === 413
            ? 'authoring.resource.tooLarge'
            : error.code === 'unsupported_file_type' || error.status === 415
              ? 'authoring.resource.unsupported'
              : 'authoring.resource.failed',
        );
      },
    });
  }
}
