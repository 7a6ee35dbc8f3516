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
import { PASSWORD_VALIDATORS } from '../password-validators';

/** POST /api/me/password; the API ends the user's other sessions. */
@Component({
  selector: 'academy-change-password-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    ControlErrorPipe,
    FormAlertComponent,
  ],
  template: `
    <section class="card" aria-labelledby="password-heading">
      <h2 id="password-heading">{{ 'profile.password' | translate }}</h2>
      <p>{{ 'profile.passwordIntro' | translate }}</p>
      <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <academy-form-alert [message]="error.text()" />
        <academy-form-alert tone="success" [message]="success.text()" />
        <mat-form-field>
          <mat-label>{{ 'form.currentPassword' | translate }}</mat-label>
          <input
            matInput
            type="password"
            formControlName="currentPassword"
            autocomplete="current-password"
            required
          />
          <mat-error>{{ form.controls.currentPassword | controlError }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'form.newPassword' | translate }}</mat-label>
          <input
            matInput
            type="password"
            formControlName="newPassword"
            autocomplete="new-password"
            required
          />
          <mat-hint>{{ 'form.passwordHint' | translate }}</mat-hint>
          <mat-error>{{ form.controls.newPassword | controlError }}</mat-error>
        </mat-form-field>
        <div class="form__actions">
          <button mat-flat-button type="submit" [attr.aria-busy]="busy()">
            {{ (busy() ? 'form.working' : 'profile.passwordSubmit') | translate }}
          </button>
        </div>
      </form>
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangePasswordFormComponent {
  private readonly api = inject(AuthApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly busy = signal(false);
  readonly error = messageSlot();
  readonly success = messageSlot();
  readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', Validators.required],
    newPassword: ['', PASSWORD_VALIDATORS],
  });

  async submit(): Promise<void> {
    if (this.busy()) return;
    this.success.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set({ key: 'validation.summary' });
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      const { currentPassword, newPassword } = this.form.getRawValue();
      await this.api.changePassword(currentPassword, newPassword);
      this.form.reset();
      this.success.set({ key: 'profile.passwordChanged' });
    } catch (e) {
      const error = toApiError(e);
      if (error.code === 'wrong_password') {
        // Said at the field, in the user's language, rather than as a generic error.
        this.form.controls.currentPassword.setErrors({ server: 'validation.wrongPassword' });
        this.error.set({ key: 'validation.summary' });
        focusFirstInvalid(this.host.nativeElement, this.injector);
      } else {
        if (applyServerErrors(this.form, error))
          focusFirstInvalid(this.host.nativeElement, this.injector);
        this.error.set(apiErrorMessage(error));
      }
    } finally {
      this.busy.set(false);
    }
  }
}
