import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import { type TranslationKey, TranslatePipe } from '@academy/web/i18n';
import { hintAndErrorIds } from './described-by';

export interface RadioOption<T> {
  value: T;
  /** Ends the radio button's id, `<groupId>-<id>`; the value itself when not given. */
  id?: string;
  label: TranslationKey;
}

/**
 * One question answered by a choice of radio buttons (yes or no, a rating), for a form that
 * holds its values in signals: `[(value)]`. The fieldset's legend asks the question; its hint
 * and error are read with it. The buttons' name is the group's id.
 */
@Component({
  selector: 'academy-radio-group',
  imports: [TranslatePipe],
  template: `
    <fieldset
      class="mt-group"
      [class.mt-group--invalid]="!!error()"
      [attr.aria-describedby]="describedBy()"
    >
      <legend>{{ legend() }}</legend>
      @if (hint()) {
        <p class="mt-hint" [id]="groupId() + '-hint'">{{ hint() }}</p>
      }
      @if (error()) {
        <p class="field-error" [id]="groupId() + '-error'">{{ error() }}</p>
      }
      <div [class.mt-choices]="inline()">
        @for (option of options(); track option.value) {
          <label class="mt-choice">
            <input
              type="radio"
              [name]="groupId()"
              [id]="groupId() + '-' + (option.id ?? option.value)"
              [checked]="option.value === value()"
              (change)="value.set(option.value)"
            />
            <span>{{ option.label | translate }}</span>
          </label>
        }
      </div>
    </fieldset>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RadioGroupComponent<T> {
  /** Prefix of the ids (see RadioOption.id), and the buttons' name. */
  readonly groupId = input.required<string>();
  readonly legend = input.required<string>();
  readonly hint = input<string | null>(null);
  readonly error = input<string | null>(null);
  readonly options = input.required<readonly RadioOption<T>[]>();
  /** Side by side while there is room (otherwise one under the other). */
  readonly inline = input(true);
  /** The chosen value; null while none is. */
  readonly value = model<T | null>(null);

  describedBy(): string | null {
    return hintAndErrorIds(this.groupId(), this.hint(), this.error());
  }
}
