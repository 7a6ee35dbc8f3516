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
import {
  AVAILABILITY_SLOTS,
  type CompetenceLevel,
  LANGUAGES,
  LEGAL_FORMS,
  MEETING_FORMATS,
  SECTORS,
} from '@academy/shared/contracts';
import {
  languageKey,
  type TranslationKey,
  TranslatePipe,
  TranslationService,
} from '@academy/web/i18n';
import {
  MentorProfileStore,
  mentorFormValue,
  mentorRequest,
  PROFILE_LIMITS,
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
import { formatKey, legalFormKey, mentorStatusKey, sectorKey, slotKey } from '../shared/labels';
import { mentoringErrorMessage } from '../shared/mentoring-errors';

const L = PROFILE_LIMITS;

/**
 * "Your offer to mentor": what a practising social entrepreneur offers mentees, its review
 * status, and a pause switch for times when they take no new mentees.
 */
@Component({
  selector: 'academy-mentor-profile-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    ControlErrorPipe,
    FormAlertComponent,
    CheckboxGroupComponent,
    CompetenceLevelsComponent,
  ],
  providers: [MentorProfileStore],
  templateUrl: './mentor-profile.page.html',
  styleUrl: './mentor-profile.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MentorProfilePage {
  readonly store = inject(MentorProfileStore);
  private readonly i18n = inject(TranslationService);
  private readonly injector = inject(Injector);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly limits = L;
  readonly legalForms = LEGAL_FORMS;
  readonly legalFormKey = legalFormKey;
  readonly mentorStatusKey = mentorStatusKey;
  readonly shows = showsError;
  readonly busy = signal(false);
  readonly pausing = signal(false);
  readonly error = messageSlot();
  readonly done = messageSlot();
  readonly pauseMessage = messageSlot();
  private filled = false;

  readonly form = this.fb.group({
    organisation: ['', trimmedLength(1, L.organisation.max)],
    legalForm: ['', (c: { value: unknown }) => (c.value ? null : { required: true })],
    bio: ['', trimmedLength(L.bio.min, L.bio.max)],
    sectors: this.fb.control<string[]>([], nonEmpty('mentoring.form.chooseSector')),
    competences: this.fb.control<CompetenceLevel[]>(
      [],
      nonEmpty('mentoring.form.chooseMentorCompetence'),
    ),
    languages: this.fb.control<string[]>([], nonEmpty('mentoring.form.chooseLanguage')),
    formats: this.fb.control<string[]>([], nonEmpty('mentoring.form.chooseFormat')),
    availability: this.fb.control<string[]>([]),
    capacity: this.fb.control<number | null>(
      2,
      wholeNumber(L.capacity.min, L.capacity.max, 'mentoring.form.capacityRange'),
    ),
    experienceYears: this.fb.control<number | null>(
      null,
      wholeNumber(L.experienceYears.min, L.experienceYears.max, 'mentoring.form.experienceRange'),
    ),
  });

  private options(codes: readonly string[], key: (code: never) => TranslationKey) {
    return codes.map((c) => ({ value: c, label: this.i18n.t(key(c as never)) }));
  }
  readonly sectorOptions = computed<CheckboxOption[]>(() => this.options(SECTORS, sectorKey));
  readonly languageOptions = computed<CheckboxOption[]>(() => this.options(LANGUAGES, languageKey));
  readonly formatOptions = computed<CheckboxOption[]>(() =>
    this.options(MEETING_FORMATS, formatKey),
  );
  readonly slotOptions = computed<CheckboxOption[]>(() =>
    this.options(AVAILABILITY_SLOTS, slotKey),
  );

  constructor() {
    effect(() => {
      if (!this.store.known() || this.filled) return;
      const profile = this.store.profile();
      untracked(() => {
        this.filled = true;
        this.form.reset(mentorFormValue(profile, this.i18n.language()));
      });
    });
  }

  statusTextKey(status: 'pending' | 'approved' | 'rejected'): TranslationKey {
    return `mentoring.mentor.status.${status}` satisfies TranslationKey;
  }

  async togglePause(): Promise<void> {
    const profile = this.store.profile();
    if (!profile || this.pausing()) return;
    this.pausing.set(true);
    this.pauseMessage.set(null);
    try {
      const saved = await this.store.setPaused(!profile.paused);
      this.pauseMessage.set({
        key: saved.paused ? 'mentoring.mentor.pausedNow' : 'mentoring.mentor.resumedNow',
      });
    } catch (e) {
      this.pauseMessage.set(mentoringErrorMessage(toApiError(e)));
    } finally {
      this.pausing.set(false);
    }
  }

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
      await this.store.save(mentorRequest(this.form.getRawValue()));
      this.form.markAsPristine();
      this.done.set({ key: creating ? 'mentoring.mentor.created' : 'mentoring.mentor.saved' });
    } catch (e) {
      const error = toApiError(e);
      applyFieldErrors(this.form, error, 'validation.server');
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
        ['organisation', 'mentor-organisation'],
        ['legalForm', 'mentor-legal-form'],
        ['bio', 'mentor-bio'],
        ['sectors', 'mentor-sectors-0'],
        ['competences', 'mentor-competences-framework'],
        ['languages', 'mentor-languages-0'],
        ['formats', 'mentor-formats-0'],
        ['availability', 'mentor-availability-0'],
        ['capacity', 'mentor-capacity'],
        ['experienceYears', 'mentor-experience'],
      ],
      this.injector,
    );
  }
}
