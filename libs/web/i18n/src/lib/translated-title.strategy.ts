import { effect, inject, Injectable } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';
import type { TranslationKey } from './dictionaries/en';
import { TranslationService } from './translation.service';

/** Route `title`s are translation keys; the document title follows the language at run time. */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly i18n = inject(TranslationService);
  private lastKey: TranslationKey | null = null;

  constructor() {
    super();
    // t() reads the dictionary signal, so the title is rewritten when the language changes.
    effect(() => this.apply());
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.lastKey = (this.buildTitle(snapshot) as TranslationKey | undefined) ?? null;
    this.apply();
  }

  private apply(): void {
    const app = this.i18n.t('app.name');
    this.title.setTitle(this.lastKey ? `${this.i18n.t(this.lastKey)} · ${app}` : app);
  }
}
