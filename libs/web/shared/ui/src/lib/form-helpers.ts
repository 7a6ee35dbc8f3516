import {
  afterNextRender,
  computed,
  inject,
  type Injector,
  signal,
  type Signal,
} from '@angular/core';
import type { FormGroup } from '@angular/forms';
import type { ApiError } from '@academy/web/shared/util-http';
import { type TranslatedMessage, type TranslationKey, TranslationService } from '@academy/web/i18n';

/**
 * Puts the API's field errors on the matching controls so they show next to the field.
 * The API's own wording is English only, so we show a translated message per kind of error.
 * Returns true when at least one field got an error.
 */
export function applyServerErrors(form: FormGroup, error: ApiError): boolean {
  let applied = false;
  for (const { field } of error.fieldErrors) {
    const control = form.get(field);
    if (!control) continue;
    control.setErrors({ server: serverErrorKey(error.code, field) });
    control.markAsTouched();
    applied = true;
  }
  return applied;
}

function serverErrorKey(code: string, field: string): TranslationKey {
  if (code === 'weak_password') return 'validation.weakPassword';
  if (field === 'email') return 'validation.email';
  return 'validation.server';
}

/**
 * Moves focus to the first invalid control so keyboard and screen-reader users land on it.
 * Waits for the next render: validity classes are applied during change detection.
 */
export function focusFirstInvalid(root: HTMLElement, injector: Injector): void {
  afterNextRender(
    () =>
      root
        .querySelector<HTMLElement>(
          'input.ng-invalid, select.ng-invalid, textarea.ng-invalid, mat-radio-group.ng-invalid input, mat-checkbox.ng-invalid input',
        )
        ?.focus(),
    { injector },
  );
}

export interface MessageSlot {
  readonly text: Signal<string | null>;
  set(message: TranslatedMessage | null): void;
}

/** A form message that follows the language: stored as a key, translated when read. */
export function messageSlot(): MessageSlot {
  const i18n = inject(TranslationService);
  const message = signal<TranslatedMessage | null>(null);
  return {
    text: computed(() => {
      const current = message();
      return current ? i18n.t(current.key, current.params) : null;
    }),
    set: (value) => message.set(value),
  };
}
