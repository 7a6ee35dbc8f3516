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
import { RouterLink } from '@angular/router';
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

@Component({
  selector: 'academy-forgot-password-page',
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
      <h1>{{ 'forgot.title' | translate }}</h1>
      <academy-form-alert tone="success" [message]="success.text()" />
      @if (!sent()) {
        <p>{{ 'forgot.intro' | translate }}</p>
        <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <academy-form-alert [message]="error.text()" />
          <mat-form-field>
            <mat-label>{{ 'form.email' | translate }}</mat-label>
            <input matInput type="email" formControlName="email" autocomplete="email" required />
            <mat-error>{{ form.controls.email | controlError }}</mat-error>
          </mat-form-field>
          <div class="form__actions">
            <button mat-flat-button type="submit" [attr.aria-busy]="busy()">
              {{ (busy() ? 'form.working' : 'forgot.submit') | translate }}
            </button>
          </div>
        </form>
      }
      <p>
        <a routerLink="/login">{{ 'forgot.back' | translate }}</a>
      </p>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForgotPasswordPage {
  private readonly api = inject(AuthApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly busy = signal(false);
  readonly sent = signal(false);
  readonly error = messageSlot();
  readonly success = messageSlot();
  readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
  });

  async submit(): Promise<void> {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set({ key: 'validation.summary' });
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.api.forgotPassword(this.form.getRawValue().email);
      this.sent.set(true);
      this.success.set({ key: 'forgot.sent' });
    } catch (e) {
      const error = toApiError(e);
      applyServerErrors(this.form, error);
      this.error.set(apiErrorMessage(error));
    } finally {
      this.busy.set(false);
    }
  }
}
