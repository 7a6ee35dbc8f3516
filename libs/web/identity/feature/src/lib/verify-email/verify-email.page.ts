import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslatePipe } from '@academy/web/i18n';
import { AuthApi } from '@academy/web/identity/data-access';
import { FormAlertComponent, messageSlot } from '@academy/web/shared/ui';
import { apiErrorMessage, toApiError } from '@academy/web/shared/util-http';

type State = 'working' | 'done' | 'failed';

/** Landing page of the link in the confirmation email: `/verify-email?token=…`. */
@Component({
  selector: 'academy-verify-email-page',
  imports: [RouterLink, MatProgressBarModule, TranslatePipe, FormAlertComponent],
  template: `
    <div class="page page--narrow">
      <h1>{{ 'verify.title' | translate }}</h1>
      <academy-form-alert tone="success" [message]="success.text()" />
      <academy-form-alert [message]="error.text()" />
      @switch (state()) {
        @case ('working') {
          <p>{{ 'verify.working' | translate }}</p>
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'verify.working' | translate" />
        }
        @case ('done') {
          <p>
            <a class="cta" routerLink="/login">{{ 'nav.login' | translate }}</a>
          </p>
        }
        @case ('failed') {
          <p>
            <a routerLink="/register">{{ 'verify.registerAgain' | translate }}</a>
          </p>
        }
      }
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VerifyEmailPage {
  private readonly api = inject(AuthApi);
  readonly state = signal<State>('working');
  readonly success = messageSlot();
  readonly error = messageSlot();

  constructor() {
    const token = inject(ActivatedRoute).snapshot.queryParamMap.get('token');
    if (token) void this.verify(token);
    else this.fail({ key: 'verify.missingToken' });
  }

  private async verify(token: string): Promise<void> {
    try {
      await this.api.verifyEmail(token);
      this.state.set('done');
      this.success.set({ key: 'verify.done' });
    } catch (e) {
      this.fail(apiErrorMessage(toApiError(e)));
    }
  }

  private fail(message: Parameters<typeof this.error.set>[0]): void {
    this.state.set('failed');
    this.error.set(message);
  }
}
