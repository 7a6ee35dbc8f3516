import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  untracked,
  viewChild,
} from '@angular/core';
import { NavigationEnd, Router, RouterOutlet } from '@angular/router';
import { TranslatePipe, TranslationService } from '@academy/web/i18n';
import { AuthStore } from '@academy/web/identity/data-access';
import { SiteHeaderComponent } from './shell/site-header.component';

@Component({
  selector: 'academy-root',
  imports: [RouterOutlet, TranslatePipe, SiteHeaderComponent],
  template: `
    <a class="skip-link" href="#main" (click)="focusMain($event)">{{
      'shell.skipLink' | translate
    }}</a>
    <academy-site-header />
    <main id="main" #main tabindex="-1">
      <router-outlet />
    </main>
    <footer class="site-footer">
      <p>{{ 'shell.footer' | translate }}</p>
    </footer>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');
  private readonly i18n = inject(TranslationService);
  private readonly auth = inject(AuthStore);

  constructor() {
    this.followUserLanguage();
    this.focusMainAfterNavigation();
  }

  focusMain(event: Event): void {
    // The router would otherwise treat "#main" as a navigation; focus is what the link is for.
    event.preventDefault();
    this.main().nativeElement.focus();
  }

  /** The profile's preferred language wins once the user is known (sign-in, restore, save). */
  private followUserLanguage(): void {
    effect(() => {
      const preferred = this.auth.user()?.preferredLanguage;
      untracked(() => {
        if (preferred && preferred !== this.i18n.language()) void this.i18n.use(preferred);
      });
    });
  }

  /** After a page change, screen-reader and keyboard users start at the new content. */
  private focusMainAfterNavigation(): void {
    const router = inject(Router);
    const pathOf = (url: string) => url.split(/[?#]/)[0];
    let previous: string | null = null;
    const subscription = router.events.subscribe((event) => {
      if (!(event instanceof NavigationEnd)) return;
      const path = pathOf(event.urlAfterRedirects);
      // Not on the first page load, and not when only the query changed (a search or a filter
      // on the same page keeps the user where they are).
      const moved = previous !== null && path !== previous;
      previous = path;
      if (moved) this.main().nativeElement.focus({ preventScroll: true });
    });
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }
}
