import { formatDate, formatNumber, registerLocaleData } from '@angular/common';
import { computed, effect, inject, Injectable, signal, untracked } from '@angular/core';
import { type Language, TranslationService } from '@academy/web/i18n';

// Angular's locale data for the five UI languages, one small chunk each, fetched only for the
// language in use. European variants: the network's learners are in Europe.
const LOCALES: Readonly<
  Record<Language, { id: string; load: () => Promise<{ default: unknown }> }>
> = {
  en: { id: 'en-GB', load: () => import('@angular/common/locales/en-GB') },
  it: { id: 'it', load: () => import('@angular/common/locales/it') },
  pt: { id: 'pt-PT', load: () => import('@angular/common/locales/pt-PT') },
  es: { id: 'es', load: () => import('@angular/common/locales/es') },
  fr: { id: 'fr', load: () => import('@angular/common/locales/fr') },
};
const BUILT_IN = 'en-US';

/** Dates and numbers in the UI language, following it when the learner switches. */
@Injectable({ providedIn: 'root' })
export class LocaleFormat {
  private readonly i18n = inject(TranslationService);
  private readonly registered = signal<ReadonlySet<string>>(new Set([BUILT_IN]));

  /** The UI language's locale once its data has arrived; the built-in one until then. */
  readonly localeId = computed(() => {
    const id = LOCALES[this.i18n.language()].id;
    return this.registered().has(id) ? id : BUILT_IN;
  });

  constructor() {
    effect(() => {
      const language = this.i18n.language();
      untracked(() => void this.register(language));
    });
  }

  /** "12 March 2026", "12 de março de 2026"… */
  date(value: string | Date): string {
    return formatDate(value, 'longDate', this.localeId());
  }

  /** "1.5", "1,5"… */
  number(value: number): string {
    return formatNumber(value, this.localeId(), '1.0-1');
  }

  private async register(language: Language): Promise<void> {
    const { id, load } = LOCALES[language];
    if (this.registered().has(id)) return;
    try {
      registerLocaleData((await load()).default);
      this.registered.update((ids) => new Set([...ids, id]));
    } catch {
      // A lost chunk on a flaky link: the built-in format is still readable.
    }
  }
}
