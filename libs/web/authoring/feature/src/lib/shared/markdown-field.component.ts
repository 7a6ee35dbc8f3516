import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { type TranslationKey, TranslatePipe } from '@academy/web/i18n';
import { DocErrorsComponent } from './doc-errors.component';
import { docFields } from './field-a11y';
import { renderMarkdown } from './markdown';

/** A Markdown text area with a Preview toggle; read-only documents show the preview only. */
@Component({
  selector: 'academy-markdown-field',
  imports: [TranslatePipe, DocErrorsComponent],
  template: `
    <div class="au-field">
      <label [for]="f.id(path())">{{ label() | translate }}</label>
      @if (!f.readOnly()) {
        <div class="au-toolbar">
          <button
            type="button"
            class="au-button"
            [attr.aria-pressed]="!previewing()"
            (click)="previewing.set(false)"
          >
            {{ 'authoring.markdown.write' | translate }}
          </button>
          <button
            type="button"
            class="au-button"
            [attr.aria-pressed]="previewing()"
            (click)="previewing.set(true)"
          >
            {{ 'authoring.markdown.preview' | translate }}
          </button>
        </div>
      }
      <textarea
        [id]="f.id(path())"
        [hidden]="previewing() || f.readOnly()"
        [value]="value()"
        [attr.aria-invalid]="f.invalid(path())"
        [attr.aria-describedby]="hintId() + ' ' + (f.describedBy(path()) ?? '')"
        (input)="changed.emit($any($event.target).value)"
      ></textarea>
      <p class="au-hint" [id]="hintId()">{{ 'authoring.markdown.hint' | translate }}</p>
      @if (previewing() || f.readOnly()) {
        <div
          class="au-preview"
          role="region"
          [attr.aria-label]="
            'authoring.markdown.previewOf' | translate: { field: label() | translate }
          "
          [innerHTML]="html()"
        ></div>
      }
      <academy-doc-errors [path]="path()" />
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MarkdownFieldComponent {
  readonly f = docFields();
  readonly path = input.required<string>();
  readonly label = input.required<TranslationKey>();
  readonly value = input.required<string>();
  readonly changed = output<string>();

  readonly previewing = signal(false);
  readonly hintId = computed(() => `${this.f.id(this.path())}-hint`);
  readonly html = computed(() => renderMarkdown(this.value()));
}
