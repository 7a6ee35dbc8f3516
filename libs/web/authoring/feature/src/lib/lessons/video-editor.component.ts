import { ChangeDetectionStrategy, Component } from '@angular/core';
import type { VideoLesson } from '@academy/web/authoring/data-access';
import { TranslatePipe } from '@academy/web/i18n';
import { DocErrorsComponent } from '../shared/doc-errors.component';
import { MarkdownFieldComponent } from '../shared/markdown-field.component';
import { LessonPartEditor } from './lesson-base';

/** A video: its address on an allowed host and the transcript that makes it accessible. */
@Component({
  selector: 'academy-video-editor',
  imports: [TranslatePipe, DocErrorsComponent, MarkdownFieldComponent],
  template: `
    @let p = path();
    <div class="au-field">
      <label [for]="f.id(p + '.url')">{{ 'authoring.video.url' | translate }}</label>
      <input
        type="url"
        [id]="f.id(p + '.url')"
        [value]="lesson().url"
        [readOnly]="f.readOnly()"
        [attr.aria-invalid]="f.invalid(p + '.url')"
        [attr.aria-describedby]="f.id(p + '.url') + '-hint ' + (f.describedBy(p + '.url') ?? '')"
        (input)="patch({ url: value($event) })"
      />
      <p class="au-hint" [id]="f.id(p + '.url') + '-hint'">
        {{ 'authoring.video.urlHint' | translate }}
      </p>
      <academy-doc-errors [path]="p + '.url'" />
    </div>
    <academy-markdown-field
      [path]="p + '.transcript'"
      label="authoring.video.transcript"
      [value]="lesson().transcript"
      (changed)="patch({ transcript: $event })"
    />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VideoEditorComponent extends LessonPartEditor<VideoLesson> {}
