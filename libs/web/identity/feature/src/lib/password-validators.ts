import { type AbstractControl, type ValidationErrors, Validators } from '@angular/forms';

/** Mirrors the API's rule (8 to 128 characters); the API also rejects common passwords. */
export const PASSWORD_VALIDATORS = [
  Validators.required,
  Validators.minLength(8),
  Validators.maxLength(128),
];

/** Group validator: the confirmation must repeat the new password. */
export function passwordsMatch(password: string, confirmation: string) {
  return (group: AbstractControl): ValidationErrors | null => {
    const confirm = group.get(confirmation);
    if (!confirm) return null;
    const mismatch = confirm.value !== '' && group.get(password)?.value !== confirm.value;
    // The error sits on the confirmation control so it shows next to that field.
    if (mismatch) confirm.setErrors({ ...confirm.errors, mismatch: true });
    else if (confirm.hasError('mismatch')) {
      const { mismatch: _removed, ...rest } = confirm.errors ?? {};
      confirm.setErrors(Object.keys(rest).length ? rest : null);
    }
    return null;
  };
}
