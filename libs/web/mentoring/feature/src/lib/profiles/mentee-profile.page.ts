import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  Injector,
  signal,
  untracked,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { AVAILABILITY_SLOTS, LANGUAGES, MEETING_FORMATS, SECTORS } from '@academy/shared/contracts';
import {
  languageKey,
  type TranslationKey,
  TranslatePipe,
  TranslationService,
} from '@academy/web/i18n';
import {
  MenteeProfileStore,
  menteeFormValue,
  menteeRequest,
  PROFILE_LIMITS,
  type WantedCompetenceDraft,
} from '@academy/web/mentoring/data-access';
import { ControlErrorPipe, FormAlertComponent, messageSlot } from '@academy/web/shared/ui';
import { toApiError } from '@academy/web/shared/util-http';
import { type CheckboxOption, CheckboxGroupComponent } from '../shared/checkbox-group.component';
import { CompetenceLevelsComponent } from '../shared/competence-levels.component';
import {
  applyFieldErrors,
  focusFirstProblem,
  nonEmpty,
  showsError,
  trimmedLength,
  wholeNumber,
} from '../shared/form-support';
import { formatKey, sectorKey, slotKey } from '../shared/labels';
import { mentoringErrorMessage } from '../shared/mentoring-errors';

const L = PROFILE_LIMITS;

/**
 * "What you are looking for": the mentee profile the suggestions are computed from: goals,
 * competences to grow (from where to where), sector, languages (the first preferred), ways
 * and times of meeting, and years of experience.
 */
@Component({
  selector: 'academy-mentee-profile-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    ControlErrorPipe,
    FormAlertComponent,
    CheckboxGroupComponent,
    CompetenceLevelsComponent,
  ],
  providers: [MenteeProfileStore],
  templateUrl: './mentee-profile.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MenteeProfilePage {
  readonly store = inject(MenteeProfileStore);
  private readonly i18n = inject(TranslationService);
  private readonly injector = inject(Injector);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly limits = L;
  readonly languages = LANGUAGES;
  readonly sectors = SECTORS;
  readonly sectorKey = sectorKey;
  readonly shows = showsError;
  readonly busy = signal(false);
  readonly error = messageSlot();
  readonly done = messageSlot();
  readonly savedOnce = signal(false);
  private filled = false;

  readonly form = this.fb.group({
    goals: ['', trimmedLength(L.goals.min, L.goals.max)],
    competences: this.fb.control<WantedCompetenceDraft[]>(
      [],
      nonEmpty('mentoring.form.chooseCompetence'),
    ),
    sector: [''],
    firstLanguage: ['', nonEmptyText('mentoring.form.chooseFirstLanguage')],
    otherLanguages: this.fb.control<string[]>([]),
    formats: this.fb.control<string[]>([], nonEmpty('mentoring.form.chooseFormat')),
    availability: this.fb.control<string[]>([]),
    experienceYears: this.fb.control<number | null>(
      0,
      wholeNumber(L.experienceYears.min, L.experienceYears.max, 'mentoring.form.experienceRange'),
    ),
  });

  readonly formatOptions = computed<CheckboxOption[]>(() =>
    MEETING_FORMATS.map((f) => ({ value: f, label: this.i18n.t(formatKey(f)) })),
  );
  readonly slotOptions = computed<CheckboxOption[]>(() =>
    AVAILABILITY_SLOTS.map((s) => ({ value: s, label: this.i18n.t(slotKey(s)) })),
  );
  readonly otherLanguageOptions = computed<CheckboxOption[]>(() =>
    LANGUAGES.map((l) => ({ value: l, label: this.i18n.t(languageKey(l)) })),
  );

  constructor() {
    // Fill the form once, when the saved profile (or its absence) is known.
    effect(() => {
      if (!this.store.known() || this.filled) return;
      const profile = this.store.profile();
      untracked(() => {
        this.filled = true;
        this.form.reset(menteeFormValue(profile, this.i18n.language()));
      });
    });
  }

  readonly languageKey = languageKey;

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
      await this.store.save(
        menteeRequest(this.form.getRawValue(), this.store.profile()?.preferredMentorId ?? null),
      );
      this.form.markAsPristine();
      this.savedOnce.set(true);
      this.done.set({ key: creating ? 'mentoring.mentee.created' : 'mentoring.mentee.saved' });
    } catch (e) {
      const error = toApiError(e);
      applyFieldErrors(this.form, error, 'validation.server', { languages: 'firstLanguage' });
      this.error.set(mentoringErrorMessage(error));
      this.focusFirst();
    } finally {
      this.busy.set(false);
    }
  }

  private focusFirst(): void {
    focusFirstProblem(
      this.form,
      [
        ['goals', 'mentee-goals'],
        ['competences', 'mentee-competences-framework'],
        ['sector', 'mentee-sector'],
        ['firstLanguage', 'mentee-first-language'],
        ['otherLanguages', 'mentee-languages-0'],
        ['formats', 'mentee-formats-0'],
        ['availability', 'mentee-availability-0'],
        ['experienceYears', 'mentee-experience'],
      ],
      this.injector,
    );
  }
}

function nonEmptyText(message: TranslationKey) {
  return (control: { value: unknown }) => (control.value ? null : { server: message });
}
