import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import {
  isLanguage,
  LANGUAGE_NAMES,
  LANGUAGES,
  TranslatePipe,
  TranslationService,
} from '@academy/web/i18n';
import { AuthStore } from '@academy/web/identity/data-access';

/** A labelled native select: works with every keyboard, screen reader and phone. */
@Component({
  selector: 'academy-language-switcher',
  imports: [TranslatePipe],
  template: `
    <label class="switcher" for="language-switcher">
      <span>{{ 'shell.language' | translate }}</span>
      <select id="language-switcher" [value]="i18n.language()" (change)="choose($event)">
        @for (language of languages; track language) {
          <option
            [value]="language"
            [attr.lang]="language"
            [selected]="language === i18n.language()"
          >
            {{ names[language] }}
          </option>
        }
      </select>
    </label>
  `,
  styles: `
    .switcher {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      font-weight: 500;
    }
    select {
      min-height: 44px;
      padding: 0.25rem 0.5rem;
      border-radius: 8px;
      border: 2px solid var(--mat-sys-on-primary);
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
      font: inherit;
    }
    select:focus-visible {
      outline: 3px solid var(--mat-sys-on-primary);
      outline-offset: 2px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LanguageSwitcherComponent {
  private readonly auth = inject(AuthStore);
  readonly i18n = inject(TranslationService);
  readonly languages = LANGUAGES;
  readonly names = LANGUAGE_NAMES;

  async choose(event: Event): Promise<void> {
    const value = (event.target as HTMLSelectElement).value;
    if (!isLanguage(value)) return;
    await this.i18n.use(value);
    // Signed-in users keep the choice in their profile, so emails follow it too.
    if (this.auth.isAuthenticated() && this.auth.user()?.preferredLanguage !== value) {
      this.auth.updateMe({ preferredLanguage: value }).catch(() => undefined);
    }
  }
}
