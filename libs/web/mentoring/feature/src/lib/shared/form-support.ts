import { afterNextRender, type Injector } from '@angular/core';
import type { AbstractControl, FormGroup, ValidationErrors, ValidatorFn } from '@angular/forms';
import type { TranslationKey } from '@academy/web/i18n';
import type { ApiError } from '@academy/web/shared/util-http';

/** A list control must hold at least one value; the message says what to choose. */
export function nonEmpty(message: TranslationKey): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null =>
    Array.isArray(control.value) && control.value.length > 0 ? null : { server: message };
}

/** A whole number within bounds (empty counts as missing); the message names the bounds. */
export function wholeNumber(min: number, max: number, message: TranslationKey): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const value: unknown = control.value;
    return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
      ? null
      : { server: message };
  };
}

/** Text of a length within bounds once trimmed. */
export function trimmedLength(min: number, max: number): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const length = String(control.value ?? '').trim().length;
    if (length === 0) return { required: true };
    if (length < min) return { minlength: { requiredLength: min, actualLength: length } };
    if (length > max) return { maxlength: { requiredLength: max, actualLength: length } };
    return null;
  };
}

export const showsError = (control: AbstractControl): boolean => control.invalid && control.touched;

/**
 * Moves focus to the element with this id once the page has rendered: after an action, where
 * the reader continues (a heading, the field to fix), which may only now be in the page.
 */
export function focusAfterRender(id: string, injector: Injector): void {
  afterNextRender(() => document.getElementById(id)?.focus(), { injector });
}

/**
 * Moves focus to the first invalid field, in the order the form shows them: the control's
 * name and the id of the element to focus (the first checkbox of a group, a group's select).
 */
export function focusFirstProblem(
  form: FormGroup,
  order: readonly (readonly [string, string])[],
  injector: Injector,
): void {
  const first = order.find(([name]) => form.get(name)?.invalid);
  if (first) focusAfterRender(first[1], injector);
}

/**
 * Puts the API's field errors on the form's controls, a nested field ("competences.2.level")
 * on its list's control; `aliases` name the control of an API field the form splits (the mentee's
 * `languages` are asked as a first language and others). Returns whether any control got one.
 */
export function applyFieldErrors(
  form: FormGroup,
  error: ApiError,
  fallback: TranslationKey,
  aliases: Readonly<Record<string, string>> = {},
): boolean {
  let applied = false;
  for (const { field } of error.fieldErrors) {
    const top = field.split('.')[0] ?? field;
    const control = form.get(aliases[top] ?? top);
    if (!control) continue;
    control.setErrors({ server: fallback });
    control.markAsTouched();
    applied = true;
  }
  return applied;
}
