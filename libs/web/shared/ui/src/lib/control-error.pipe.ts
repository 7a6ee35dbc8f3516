import { inject, Pipe, type PipeTransform } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import { type TranslationKey, TranslationService } from '@academy/web/i18n';

/** Error keys a control may carry; `server` holds the translation key chosen from the API's answer. */
export interface ServerFieldError {
  server: TranslationKey;
}

/**
 * `{{ form.controls.email | controlError }}`: the first error of a control in the reader's
 * language. Impure because the control object stays the same while its errors change.
 */
@Pipe({ name: 'controlError', pure: false })
export class ControlErrorPipe implements PipeTransform {
  private readonly i18n = inject(TranslationService);

  transform(control: AbstractControl | null | undefined): string {
    const errors = control?.errors;
    if (!errors) return '';
    if (errors['server']) return this.i18n.t(errors['server'] as TranslationKey);
    if (errors['required']) {
      // Validators.requiredTrue (a checkbox left unticked) also reports `required`.
      return this.i18n.t(
        errors['required'] === true && control.value === false
          ? 'validation.acceptTerms'
          : 'validation.required',
      );
    }
    if (errors['email']) return this.i18n.t('validation.email');
    if (errors['minlength'])
      return this.i18n.t('validation.minlength', { min: errors['minlength'].requiredLength });
    if (errors['maxlength'])
      return this.i18n.t('validation.maxlength', { max: errors['maxlength'].requiredLength });
    if (errors['mismatch']) return this.i18n.t('validation.passwordMismatch');
    return this.i18n.t('validation.server');
  }
}
