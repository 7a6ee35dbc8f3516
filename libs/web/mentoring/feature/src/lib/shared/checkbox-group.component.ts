import {
  ChangeDetectionStrategy,
  Component,
  computed,
  forwardRef,
  inject,
  input,
  type Signal,
  signal,
} from '@angular/core';
import { type ControlValueAccessor, NG_VALUE_ACCESSOR } from '@angular/forms';
import { type TranslationKey, TranslationService } from '@academy/web/i18n';
import { hintAndErrorIds } from './described-by';

export interface CheckboxOption {
  value: string;
  label: string;
}

/**
 * A vocabulary's codes as options, labelled in the reader's language (and again after a
 * switch). Call it where `inject` works: a field's initialiser.
 */
export function vocabularyOptions<C extends string>(
  codes: readonly C[],
  key: (code: C) => TranslationKey,
): Signal<CheckboxOption[]> {
  const i18n = inject(TranslationService);
  return computed(() => codes.map((value) => ({ value, label: i18n.t(key(value)) })));
}

/**
 * A group of checkboxes for one form control holding the chosen values (a list of codes).
 * The fieldset's legend names the group; its hint and error are read with it.
 */
@Component({
  selector: 'academy-checkbox-group',
  providers: [
    {
      provide: NG_VALUE_ACCESSOR,
      useExisting: forwardRef(() => CheckboxGroupComponent),
      multi: true,
    },
  ],
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
      <div class="mt-choices">
        @for (option of options(); track option.value; let i = $index) {
          <label class="mt-choice">
            <input
              type="checkbox"
              [id]="groupId() + '-' + i"
              [value]="option.value"
              [checked]="value().includes(option.value)"
              [disabled]="disabled()"
              (change)="toggle(option.value, $any($event.target).checked)"
              (blur)="onTouched()"
            />
            <span>{{ option.label }}</span>
          </label>
        }
      </div>
      @if (error()) {
        <p class="field-error" [id]="groupId() + '-error'">{{ error() }}</p>
      }
    </fieldset>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CheckboxGroupComponent implements ControlValueAccessor {
  /** Prefix of the ids; the first checkbox is `<groupId>-0` (where focus goes on an error). */
  readonly groupId = input.required<string>();
  readonly legend = input.required<string>();
  readonly hint = input<string | null>(null);
  readonly options = input.required<readonly CheckboxOption[]>();
  readonly error = input<string | null>(null);

  readonly value = signal<readonly string[]>([]);
  readonly disabled = signal(false);
  private onChange: (value: string[]) => void = () => undefined;
  onTouched: () => void = () => undefined;

  describedBy(): string | null {
    return hintAndErrorIds(this.groupId(), this.hint(), this.error());
  }

  toggle(value: string, checked: boolean): void {
    const next = checked
      ? [...this.value().filter((v) => v !== value), value]
      : this.value().filter((v) => v !== value);
    this.value.set(next);
    this.onChange(next);
    this.onTouched();
  }

  writeValue(value: readonly string[] | null): void {
    this.value.set(value ?? []);
  }
  registerOnChange(fn: (value: string[]) => void): void {
    this.onChange = fn;
  }
  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }
  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }
}
