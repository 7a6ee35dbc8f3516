import { inject, Pipe, type PipeTransform } from '@angular/core';
import type { TranslationKey } from './dictionaries/en';
import type { TranslationParams } from './interpolate';
import { TranslationService } from './translation.service';

/**
 * `{{ 'login.title' | translate }}`. Impure on purpose: the key does not change when the
 * language does, and `t()` reads the language signal, so the view refreshes on a switch.
 */
@Pipe({ name: 'translate', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(TranslationService);

  transform(key: TranslationKey, params?: TranslationParams): string {
    return this.i18n.t(key, params);
  }
}
