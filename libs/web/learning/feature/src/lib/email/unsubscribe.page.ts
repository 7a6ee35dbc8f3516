import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslatePipe } from '@academy/web/i18n';
import { AuthStore } from '@academy/web/identity/data-access';
import { LearningApi } from '@academy/web/learning/data-access';
import { FormAlertComponent, messageSlot } from '@academy/web/shared/ui';
import { apiErrorMessage, toApiError } from '@academy/web/shared/util-http';

type State = 'ready' | 'done' | 'failed';

/**
 * `/unsubscribe?token=…`, from the link in a reminder email. Nothing is sent until the button
 * is pressed: mail scanners open the links of incoming emails, and must not unsubscribe anyone.
 */
@Component({
  selector: 'academy-unsubscribe-page',
  imports: [RouterLink, TranslatePipe, FormAlertComponent],
  template: `
    <div class="page page--narrow">
      <h1>{{ 'unsubscribe.title' | translate }}</h1>
      <academy-form-alert [message]="error.text()" />
      @switch (state()) {
        @case ('ready') {
          <p>{{ 'unsubscribe.intro' | translate }}</p>
          <button
            type="button"
            class="ln-button ln-button--primary"
            [attr.aria-busy]="busy()"
            [disabled]="busy()"
            (click)="unsubscribe()"
          >
            {{ (busy() ? 'form.working' : 'unsubscribe.button') | translate }}
          </button>
        }
        @case ('done') {
          <div id="unsubscribe-done" class="ln-success" tabindex="-1">
            <p>
              <strong>{{ 'unsubscribe.done' | translate }}</strong>
            </p>
            <p>{{ 'unsubscribe.doneText' | translate }}</p>
          </div>
          <p>
            <a routerLink="/email-preferences">{{ 'emailPreferences.title' | translate }}</a>
          </p>
        }
        @case ('failed') {
          @if (auth.isAuthenticated()) {
            <p>
              <a routerLink="/email-preferences">{{ 'unsubscribe.manage' | translate }}</a>
            </p>
          } @else {
            <p>{{ 'unsubscribe.signInInstead' | translate }}</p>
            <p>
              <a
                class="cta"
                routerLink="/login"
                [queryParams]="{ returnUrl: '/email-preferences' }"
                >{{ 'nav.login' | translate }}</a
              >
            </p>
          }
        }
      }
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UnsubscribePage {
  private readonly api = inject(LearningApi);
  private readonly injector = inject(Injector);
  readonly auth = inject(AuthStore);
  private readonly token = inject(ActivatedRoute).snapshot.queryParamMap.get('token');
  readonly state = signal<State>(this.token ? 'ready' : 'failed');
  readonly busy = signal(false);
  readonly error = messageSlot();

  constructor() {
    if (!this.token) this.error.set({ key: 'unsubscribe.missingToken' });
  }

  async unsubscribe(): Promise<void> {
    if (!this.token || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.api.unsubscribe(this.token);
      this.state.set('done');
      afterNextRender(() => document.getElementById('unsubscribe-done')?.focus(), {
        injector: this.injector,
      });
    } catch (e) {
      const error = toApiError(e);
      // A bad or expired token is final; a network failure can be tried again.
      if (error.status === 400 || error.status === 404 || error.code === 'invalid_token') {
        this.state.set('failed');
        this.error.set({ key: 'error.invalidToken' });
      } else {
        this.error.set(apiErrorMessage(error));
      }
    } finally {
      this.busy.set(false);
    }
  }
}
