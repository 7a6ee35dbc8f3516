import { HttpEventType } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { AuthoringApi, type ResourceLesson } from '@academy/web/authoring/data-access';
import { TranslatePipe } from '@academy/web/i18n';
import { toApiError } from '@academy/web/shared/util-http';
import { DocErrorsComponent } from '../shared/doc-errors.component';
import { MarkdownFieldComponent } from '../shared/markdown-field.component';
import { LessonPartEditor } from './lesson-base';

/** A resource: a link, or a file uploaded with a visible, announced progress bar. */
@Component({
  selector: 'academy-resource-editor',
  imports: [TranslatePipe, DocErrorsComponent, MarkdownFieldComponent],
  template: `
    @let p = path();
    @let l = lesson();
    <academy-markdown-field
      [path]="p + '.description'"
      label="authoring.resource.description"
      [value]="l.description ?? ''"
      (changed)="patch({ description: $event || undefined })"
    />
    <fieldset class="au-group" [id]="f.id(p + '.link') + '-choice'">
      <legend>{{ 'authoring.resource.source' | translate }}</legend>
      <label class="au-check">
        <input
          type="radio"
          [name]="'source-' + l.id"
          [checked]="!l.file"
          [disabled]="f.readOnly()"
          (change)="useLink()"
        />
        {{ 'authoring.resource.useLink' | translate }}
      </label>
      <label class="au-check">
        <input
          type="radio"
          [name]="'source-' + l.id"
          [checked]="!!l.file"
          [disabled]="f.readOnly()"
          (change)="useFile()"
        />
        {{ 'authoring.resource.useFile' | translate }}
      </label>
    </fieldset>
    @if (!l.file && !fileMode()) {
      <div class="au-field">
        <label [for]="f.id(p + '.link')">{{ 'authoring.resource.link' | translate }}</label>
        <input
          type="url"
          [id]="f.id(p + '.link')"
          [value]="l.link ?? ''"
          [readOnly]="f.readOnly()"
          [attr.aria-invalid]="f.invalid(p + '.link')"
          [attr.aria-describedby]="f.describedBy(p + '.link')"
          (input)="patch({ link: value($event) })"
        />
        <academy-doc-errors [path]="p + '.link'" />
      </div>
    } @else {
      @if (l.file) {
        <p>
          {{
            'authoring.resource.current' | translate: { name: l.file.name, size: kb(l.file.size) }
          }}
        </p>
      }
      @if (!f.readOnly()) {
        <div class="au-field">
          <label [for]="f.id(p + '.file')">{{ 'authoring.resource.file' | translate }}</label>
          <input
            type="file"
            [id]="f.id(p + '.file')"
            accept=".pdf,.png,.jpg,.jpeg,.webp,.gif,.docx,.xlsx,.pptx,.odt,.ods,.odp"
            [attr.aria-describedby]="f.id(p + '.file') + '-hint'"
            (change)="upload($event)"
          />
          <p class="au-hint" [id]="f.id(p + '.file') + '-hint'">
            {{ 'authoring.resource.fileHint' | translate }}
          </p>
        </div>
      }
      @if (progress() !== null) {
        <label [for]="f.id(p + '.progress')">{{
          'authoring.resource.uploading' | translate
        }}</label>
        <progress class="au-progress" [id]="f.id(p + '.progress')" max="100" [value]="progress()">
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
      <academy-doc-errors [path]="p + '.file'" />
      <academy-doc-errors [path]="p + '.link'" />
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResourceEditorComponent extends LessonPartEditor<ResourceLesson> {
  private readonly api = inject(AuthoringApi);
  readonly fileMode = signal(false);
  readonly progress = signal<number | null>(null);
  readonly uploadError = signal<
    | 'authoring.resource.tooLarge'
    | 'authoring.resource.unsupported'
    | 'authoring.resource.failed'
    | null
  >(null);

  kb(size: number): string {
    return size >= 1_048_576
      ? `${(size / 1_048_576).toFixed(1)} MB`
      : `${Math.ceil(size / 1024)} KB`;
  }

  useLink(): void {
    this.fileMode.set(false);
    this.patch((l) => {
      const { file: _file, ...rest } = l;
      return { ...rest, link: l.link ?? '' };
    });
  }

  useFile(): void {
    this.fileMode.set(true);
    this.patch((l) => {
      const { link: _link, ...rest } = l;
      return rest;
    });
  }

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
          const uploaded = e.body;
          this.progress.set(100);
          this.patch((l) => {
            const { link: _link, ...rest } = l;
            return {
              ...rest,
              file: {
                fileId: uploaded.id,
                name: uploaded.name,
                mediaType: uploaded.mediaType,
                size: uploaded.size,
              },
            };
          });
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
