import { ChangeDetectionStrategy, Component, Directive, inject, input } from '@angular/core';
import { hintAndErrorIds } from './described-by';

/**
 * One labelled form field of the mentoring pages: its label, an optional hint, the control
 * (projected, marked `academyFieldControl`) and its error once there is one. The ids follow
 * the field's: the control is `<fieldId>`, the hint `<fieldId>-hint`, the error `<fieldId>-error`.
 *
 * ```html
 * <academy-field fieldId="mentor-bio" [label]="…" [hint]="…" [error]="…">
 *   <textarea academyFieldControl formControlName="bio"></textarea>
 * </academy-field>
 * ```
 */
@Component({
  selector: 'academy-field',
  host: { class: 'mt-field' },
  template: `
    <label [for]="fieldId()">{{ label() }}</label>
    @if (hint()) {
      <p class="mt-hint" [id]="fieldId() + '-hint'">{{ hint() }}</p>
    }
    <ng-content />
    @if (error()) {
      <p class="field-error" [id]="fieldId() + '-error'">{{ error() }}</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FieldComponent {
  readonly fieldId = input.required<string>();
  readonly label = input.required<string>();
  readonly hint = input<string | null>(null);
  /** The message to show; the field is invalid while there is one. */
  readonly error = input<string | null>(null);

  describedBy(): string | null {
    return hintAndErrorIds(this.fieldId(), this.hint(), this.error());
  }
}

/**
 * The control of an `academy-field`: takes the field's id, and tells assistive technology
 * whether it is invalid and where its hint and error are.
 */
@Directive({
  selector: '[academyFieldControl]',
  host: {
    '[id]': 'field.fieldId()',
    '[attr.aria-invalid]': "field.error() ? 'true' : null",
    '[attr.aria-describedby]': 'field.describedBy()',
  },
})
export class FieldControlDirective {
  readonly field = inject(FieldComponent);
}

/** The field and its control's directive, imported together. */
export const FIELD = [FieldComponent, FieldControlDirective] as const;
