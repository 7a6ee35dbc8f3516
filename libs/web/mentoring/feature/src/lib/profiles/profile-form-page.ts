import { Directive, effect, inject, Injector, type Signal, signal, untracked } from '@angular/core';
import { type FormGroup, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { type TranslatedMessage, TranslatePipe, TranslationService } from '@academy/web/i18n';
import { PROFILE_LIMITS } from '@academy/web/mentoring/data-access';
import { ControlErrorPipe, FormAlertComponent, messageSlot } from '@academy/web/shared/ui';
import { toApiError } from '@academy/web/shared/util-http';
import { CheckboxGroupComponent } from '../shared/checkbox-group.component';
import { CompetenceLevelsComponent } from '../shared/competence-levels.component';
import { FIELD } from '../shared/field.component';
import {
  applyFieldErrors,
  focusFirstProblem,
  showsError,
  wholeNumber,
} from '../shared/form-support';
import { LoadErrorComponent } from '../shared/load-error.component';
import { MeetingPreferencesComponent } from '../shared/meeting-preferences.component';
import { mentoringErrorMessage } from '../shared/mentoring-errors';

/** What the templates of both profile pages use. */
export const PROFILE_PAGE_IMPORTS = [
  ReactiveFormsModule,
  RouterLink,
  TranslatePipe,
  ControlErrorPipe,
  FormAlertComponent,
  LoadErrorComponent,
  FIELD,
  CheckboxGroupComponent,
  CompetenceLevelsComponent,
  MeetingPreferencesComponent,
] as const;

/** What a profile page reads of its store (MenteeProfileStore, MentorProfileStore). */
export interface SavedProfile<P> {
  readonly profile: Signal<P | null>;
  /** Loaded: the profile, or the knowledge that there is none yet. */
  readonly known: Signal<boolean>;
  readonly failed: Signal<boolean>;
  reload(): void;
}

/**
 * What the mentee and the mentor profile pages share. The form is filled once, when the saved
 * profile (or its absence) is known. Saving checks the form first, then sends it; problems
 * found either way show at their fields and focus moves to the first of them.
 */
@Directive()
export abstract class ProfileFormPage<P> {
  abstract readonly store: SavedProfile<P>;
  abstract readonly form: FormGroup;
  /** Each control's name and the id of the element to focus, in the order the form shows them. */
  protected abstract readonly focusOrder: readonly (readonly [string, string])[];
  /** API fields that the form asks under another control's name (see applyFieldErrors). */
  protected readonly fieldAliases: Readonly<Record<string, string>> = {};

  protected readonly fb = inject(NonNullableFormBuilder);
  protected readonly i18n = inject(TranslationService);
  private readonly injector = inject(Injector);
  readonly limits = PROFILE_LIMITS;
  readonly shows = showsError;
  readonly busy = signal(false);
  readonly error = messageSlot();
  readonly done = messageSlot();

  constructor() {
    let filled = false;
    effect(() => {
      if (!this.store.known() || filled) return;
      const profile = this.store.profile();
      untracked(() => {
        filled = true;
        this.form.reset(this.formValue(profile));
      });
    });
  }

  /** Years of experience in social enterprise, asked of mentees and mentors alike. */
  protected experienceYearsControl(initial: number | null) {
    const { min, max } = PROFILE_LIMITS.experienceYears;
    return this.fb.control<number | null>(
      initial,
      wholeNumber(min, max, 'mentoring.form.experienceRange'),
    );
  }

  /** The form's value for the saved profile, or for a new one (null). */
  protected abstract formValue(profile: P | null): object;

  /** Sends the form's value to be saved. */
  protected abstract save(): Promise<unknown>;

  /** What the page says once saved: the profile was created, or changed. */
  protected abstract savedMessage(created: boolean): TranslatedMessage;

  async submit(): Promise<void> {
    if (this.busy()) return;
    this.done.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set({ key: 'validation.summary' });
      this.focusFirst();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      const creating = this.store.profile() === null;
      await this.save();
      this.form.markAsPristine();
      this.done.set(this.savedMessage(creating));
    } catch (e) {
      const error = toApiError(e);
      applyFieldErrors(this.form, error, 'validation.server', this.fieldAliases);
      this.error.set(mentoringErrorMessage(error));
      this.focusFirst();
    } finally {
      this.busy.set(false);
    }
  }

  private focusFirst(): void {
    focusFirstProblem(this.form, this.focusOrder, this.injector);
  }
}
