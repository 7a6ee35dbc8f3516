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
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { LEARNER_PROFILES, type LearnerProfile } from '@academy/shared/contracts';
import {
  LANGUAGE_NAMES,
  LANGUAGES,
  type Language,
  TranslatePipe,
  TranslationService,
} from '@academy/web/i18n';
import {
  AuthApi,
  learnerProfileHintKey,
  learnerProfileKey,
} from '@academy/web/identity/data-access';
import { TerritoriesStore } from '@academy/web/territories/data-access';
import {
  applyServerErrors,
  ControlErrorPipe,
  FormAlertComponent,
  focusFirstInvalid,
  messageSlot,
} from '@academy/web/shared/ui';
import { apiErrorMessage, toApiError } from '@academy/web/shared/util-http';
import { PASSWORD_VALIDATORS } from '../password-validators';

@Component({
  selector: 'academy-register-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    TranslatePipe,
    ControlErrorPipe,
    FormAlertComponent,
  ],
  templateUrl: './register.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegisterPage {
  private readonly api = inject(AuthApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly territories = inject(TerritoriesStore);
  readonly languages = LANGUAGES;
  readonly languageNames = LANGUAGE_NAMES;
  readonly profiles = LEARNER_PROFILES;
  readonly profileKey = learnerProfileKey;
  readonly profileHintKey = learnerProfileHintKey;
  readonly busy = signal(false);
  readonly sent = signal(false);
  readonly error = messageSlot();
  readonly success = messageSlot();

  readonly form = inject(NonNullableFormBuilder).group({
    // An invitation link (a cohort's) brings the invited address: enrolment follows that address.
    email: [inject(ActivatedRoute).snapshot.queryParamMap.get('email') ?? '', [Validators.required, Validators.email]],
    password: ['', PASSWORD_VALIDATORS],
    displayName: ['', [Validators.required, Validators.maxLength(100)]],
    preferredLanguage: [inject(TranslationService).language() as Language, Validators.required],
    homeTerritoryId: ['', Validators.required],
    learnerProfile: ['' as LearnerProfile | '', Validators.required],
    acceptTerms: [false, Validators.requiredTrue],
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
      const value = this.form.getRawValue();
      await this.api.register({
        ...value,
        learnerProfile: value.learnerProfile as LearnerProfile,
        acceptTerms: true,
      });
      this.sent.set(true);
      this.success.set({ key: 'register.sent' });
    } catch (e) {
      const error = toApiError(e);
      if (applyServerErrors(this.form, error))
        focusFirstInvalid(this.host.nativeElement, this.injector);
      this.error.set(apiErrorMessage(error));
    } finally {
      this.busy.set(false);
    }
  }
}
