import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslatePipe } from '@academy/web/i18n';
import { AuthApi } from '@academy/web/identity/data-access';
import {
  applyServerErrors,
  ControlErrorPipe,
  FormAlertComponent,
  focusFirstInvalid,
  messageSlot,
} from '@academy/web/shared/ui';
import { apiErrorMessage, toApiError } from '@academy/web/shared/util-http';
import { PASSWORD_VALIDATORS, passwordsMatch } from '../password-validators';

type State = 'form' | 'done' | 'invalid-link';

/** Landing page of the reset link: `/reset-password?token=…`. */
@Component({
  selector: 'academy-reset-password-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    ControlErrorPipe,
    FormAlertComponent,
  ],
  template: `
    <div class="page page--narrow">
      <h1>{{ 'reset.title' | translate }}</h1>
      <academy-form-alert tone="success" [message]="success.text()" />
      @switch (state()) {
        @case ('form') {
          <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
            <academy-form-alert [message]="error.text()" />
            <mat-form-field>
              <mat-label>{{ 'form.newPassword' | translate }}</mat-label>
              <input
                matInput
                type="password"
                formControlName="password"
                autocomplete="new-password"
                required
              />
              <mat-hint>{{ 'form.passwordHint' | translate }}</mat-hint>
              <mat-error>{{ form.controls.password | controlError }}</mat-error>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'form.confirmPassword' | translate }}</mat-label>
              <input
                matInput
                type="password"
                formControlName="confirmation"
                autocomplete="new-password"
                required
              />
              <mat-error>{{ form.controls.confirmation | controlError }}</mat-error>
            </mat-form-field>
            <div class="form__actions">
              <button mat-flat-button type="submit" [attr.aria-busy]="busy()">
                {{ (busy() ? 'form.working' : 'reset.submit') | translate }}
              </button>
            </div>
          </form>
        }
        @case ('done') {
          <p>
            <a class="cta" routerLink="/login">{{ 'nav.login' | translate }}</a>
          </p>
        }
        @case ('invalid-link') {
          <academy-form-alert [message]="error.text()" />
          <p>
            <a routerLink="/forgot-password">{{ 'reset.requestNew' | translate }}</a>
          </p>
        }
      }
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResetPasswordPage {
  private readonly api = inject(AuthApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly token = inject(ActivatedRoute).snapshot.queryParamMap.get('token');

  readonly state = signal<State>(this.token ? 'form' : 'invalid-link');
  readonly busy = signal(false);
  readonly error = messageSlot();
  readonly success = messageSlot();
  readonly form = inject(NonNullableFormBuilder).group(
    { password: ['', PASSWORD_VALIDATORS], confirmation: ['', Validators.required] },
    { validators: passwordsMatch('password', 'confirmation') },
  );

  constructor() {
    if (!this.token) this.error.set({ key: 'error.invalidToken' });
  }

  async submit(): Promise<void> {
    if (this.busy() || !this.token) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set({ key: 'validation.summary' });
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.api.resetPassword(this.token, this.form.getRawValue().password);
      this.state.set('done');
      this.success.set({ key: 'reset.done' });
    } catch (e) {
      const error = toApiError(e);
      if (error.code === 'invalid_token') this.state.set('invalid-link');
      else if (applyServerErrors(this.form, error))
        focusFirstInvalid(this.host.nativeElement, this.injector);
      this.error.set(apiErrorMessage(error));
    } finally {
      this.busy.set(false);
    }
  }
}
