import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { CourseEditorStore, errorsAt, fieldErrorId } from '@academy/web/authoring/data-access';
import { TranslatePipe } from '@academy/web/i18n';

/**
 * The server's problems with one field of the document, shown next to it. Its id is what
 * the field's aria-describedby points at. The API words its messages in English.
 */
@Component({
  selector: 'academy-doc-errors',
  imports: [TranslatePipe],
  template: `
    @if (messages().length) {
      <p class="field-error" [id]="id()">
        {{ 'authoring.problem.prefix' | translate }}
        @for (message of messages(); track $index) {
          <span lang="en">{{ message }}</span>
        }
      </p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DocErrorsComponent {
  private readonly store = inject(CourseEditorStore);
  readonly path = input.required<string>();
  readonly id = computed(() => fieldErrorId(this.path()));
  readonly messages = computed(() => errorsAt(this.store.problems(), this.path()));
}
