import { ChangeDetectionStrategy, Component } from '@angular/core';
import type { Lesson } from '@academy/shared/contracts';
import { lessonKindKey, TranslatePipe } from '@academy/web/i18n';
import { DocErrorsComponent } from '../shared/doc-errors.component';
import { MarkdownFieldComponent } from '../shared/markdown-field.component';
import { LessonPartEditor } from './lesson-base';
import { QuizBuilderComponent } from './quiz-builder.component';
import { ResourceEditorComponent } from './resource-editor.component';
import { RubricBuilderComponent } from './rubric-builder.component';
import { VideoEditorComponent } from './video-editor.component';

/** A lesson's common fields, then the editor of its kind. */
@Component({
  selector: 'academy-lesson-editor',
  imports: [
    TranslatePipe,
    DocErrorsComponent,
    MarkdownFieldComponent,
    QuizBuilderComponent,
    ResourceEditorComponent,
    RubricBuilderComponent,
    VideoEditorComponent,
  ],
  template: `
    @let l = lesson();
    @let p = path();
    <fieldset class="au-fieldset-plain">
      <legend>
        <h4>
          {{ 'authoring.lessons.number' | translate: { number: lessonIndex() + 1 } }}
          {{ lessonKindKey(l.kind) | translate }}
        </h4>
      </legend>
      <div class="au-field">
        <label [for]="f.id(p + '.title')">{{ 'authoring.lessons.title' | translate }}</label>
        <input
          [id]="f.id(p + '.title')"
          [value]="l.title"
          [readOnly]="f.readOnly()"
          maxlength="200"
          [attr.aria-invalid]="f.invalid(p + '.title')"
          [attr.aria-describedby]="f.describedBy(p + '.title')"
          (input)="patch({ title: value($event) })"
        />
        <academy-doc-errors [path]="p + '.title'" />
      </div>
      <label class="au-check">
        <input
          type="checkbox"
          [checked]="l.required"
          [disabled]="f.readOnly()"
          (change)="patch({ required: $any($event.target).checked })"
        />
        {{ 'authoring.lessons.required' | translate }}
      </label>
      @switch (l.kind) {
        @case ('article') {
          <academy-markdown-field
            [path]="p + '.body'"
            label="authoring.lessons.body"
            [value]="l.body"
            (changed)="patch({ body: $event })"
          />
        }
        @case ('video') {
          <academy-video-editor
            [moduleIndex]="moduleIndex()"
            [lessonIndex]="lessonIndex()"
            [lesson]="l"
          />
        }
        @case ('resource') {
          <academy-resource-editor
            [moduleIndex]="moduleIndex()"
            [lessonIndex]="lessonIndex()"
            [lesson]="l"
          />
        }
        @case ('quiz') {
          <academy-quiz-builder
            [moduleIndex]="moduleIndex()"
            [lessonIndex]="lessonIndex()"
            [lesson]="l"
          />
        }
        @case ('assignment') {
          <academy-markdown-field
            [path]="p + '.prompt'"
            label="authoring.lessons.prompt"
            [value]="l.prompt"
            (changed)="patch({ prompt: $event })"
          />
          <academy-rubric-builder
            [moduleIndex]="moduleIndex()"
            [lessonIndex]="lessonIndex()"
            [lesson]="l"
          />
        }
      }
    </fieldset>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LessonEditorComponent extends LessonPartEditor<Lesson> {
  readonly lessonKindKey = lessonKindKey;

  override patch(change: Partial<Lesson>): void {
    super.patch((lesson) => ({ ...lesson, ...change }) as Lesson);
  }

  override value(event: Event): string {
    return super.value(event);
  }
}
