import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@academy/web/i18n';
import { AuthStore } from '@academy/web/identity/data-access';
import { FormAlertComponent, messageSlot } from '@academy/web/shared/ui';

/** Signs out (when still signed in) and confirms it; the shell's "Sign out" leads here. */
@Component({
  selector: 'academy-logout-page',
  imports: [RouterLink, TranslatePipe, FormAlertComponent],
  template: `
    <div class="page page--narrow">
      <h1>{{ 'logout.title' | translate }}</h1>
      <academy-form-alert tone="success" [message]="done.text()" />
      @if (working()) {
        <p>{{ 'logout.working' | translate }}</p>
      } @else {
        <p>
          <a routerLink="/login">{{ 'logout.again' | translate }}</a>
        </p>
      }
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LogoutPage {
  private readonly store = inject(AuthStore);
  readonly working = signal(true);
  readonly done = messageSlot();

  constructor() {
    void this.signOut();
  }

  private async signOut(): Promise<void> {
    try {
      if (this.store.isAuthenticated()) await this.store.logout();
    } catch {
      // The local session is cleared anyway; an unreachable server must not trap the user.
    }
    this.working.set(false);
    this.done.set({ key: 'logout.done' });
  }
}
