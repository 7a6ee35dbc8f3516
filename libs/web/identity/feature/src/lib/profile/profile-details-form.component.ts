import {
  ChangeDetectionStrategy,
  Component,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { LEARNER_PROFILES, type LearnerProfile } from '@academy/shared/contracts';
import { LANGUAGE_NAMES, LANGUAGES, type Language, TranslatePipe } from '@academy/web/i18n';
import {
  AuthStore,
  learnerProfileHintKey,
  learnerProfileKey,
  type Me,
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

/** Name, language, territory and learner profile: PATCH /api/me. */
@Component({
  selector: 'academy-profile-details-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    TranslatePipe,
    ControlErrorPipe,
    FormAlertComponent,
  ],
  templateUrl: './profile-details-form.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfileDetailsFormComponent {
  private readonly store = inject(AuthStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly user = input.required<Me>();
  readonly territories = inject(TerritoriesStore);
  readonly languages = LANGUAGES;
  readonly languageNames = LANGUAGE_NAMES;
  readonly profiles = LEARNER_PROFILES;
  readonly profileKey = learnerProfileKey;
  readonly profileHintKey = learnerProfileHintKey;
  readonly busy = signal(false);
  readonly error = messageSlot();
  readonly success = messageSlot();

  readonly form = inject(NonNullableFormBuilder).group({
    displayName: ['', [Validators.required, Validators.maxLength(100)]],
    preferredLanguage: ['en' as Language, Validators.required],
    homeTerritoryId: ['', Validators.required],
    learnerProfile: ['university_student' as LearnerProfile, Validators.required],
  });

  constructor() {
    // Refill the form whenever the stored user changes (after a save, or a language switch).
    effect(() => {
      const user = this.user();
      this.form.reset({
        displayName: user.displayName,
        preferredLanguage: user.preferredLanguage,
        homeTerritoryId: user.homeTerritory.id,
        learnerProfile: user.learnerProfile,
      });
    });
  }

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
      await this.store.updateMe(this.form.getRawValue());
      this.success.set({ key: 'profile.saved' });
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
