import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import type { ResourceLesson, UploadedFile } from '@academy/web/authoring/data-access';
import { TranslatePipe } from '@academy/web/i18n';
import { DocErrorsComponent } from '../shared/doc-errors.component';
import { FileUploadComponent } from '../shared/file-upload.component';
import { MarkdownFieldComponent } from '../shared/markdown-field.component';
import { LessonPartEditor } from './lesson-base';

/** A resource: a link, or a file uploaded with a visible, announced progress bar. */
@Component({
  selector: 'academy-resource-editor',
  imports: [TranslatePipe, DocErrorsComponent, MarkdownFieldComponent, FileUploadComponent],
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
        <academy-file-upload
          [inputId]="f.id(p + '.file')"
          label="authoring.resource.file"
          hint="authoring.resource.fileHint"
          (uploaded)="attach($event)"
        />
      }
      <academy-doc-errors [path]="p + '.file'" />
      <academy-doc-errors [path]="p + '.link'" />
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResourceEditorComponent extends LessonPartEditor<ResourceLesson> {
  readonly fileMode = signal(false);

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

  attach(uploaded: UploadedFile): void {
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
}
