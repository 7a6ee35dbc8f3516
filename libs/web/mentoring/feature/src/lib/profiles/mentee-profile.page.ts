import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { LANGUAGES, type MenteeProfileView, SECTORS } from '@academy/shared/contracts';
import { languageKey, type TranslationKey } from '@academy/web/i18n';
import {
  MenteeProfileStore,
  menteeFormValue,
  menteeRequest,
  PROFILE_LIMITS,
  type WantedCompetenceDraft,
} from '@academy/web/mentoring/data-access';
import { vocabularyOptions } from '../shared/checkbox-group.component';
import { nonEmpty, trimmedLength } from '../shared/form-support';
import { sectorKey } from '../shared/labels';
import { meetingPreferenceControls } from '../shared/meeting-preferences.component';
import { type PreferredMentor, PreferredMentorComponent } from './preferred-mentor.component';
import { PROFILE_PAGE_IMPORTS, ProfileFormPage } from './profile-form-page';

const L = PROFILE_LIMITS;

/**
 * "What you are looking for": the mentee profile the suggestions are computed from: goals,
 * competences to grow (from where to where), sector, languages (the first preferred), ways
 * and times of meeting, years of experience, and optionally a mentor they already know.
 */
@Component({
  selector: 'academy-mentee-profile-page',
  imports: [PROFILE_PAGE_IMPORTS, PreferredMentorComponent],
  providers: [MenteeProfileStore],
  templateUrl: './mentee-profile.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MenteeProfilePage extends ProfileFormPage<MenteeProfileView> {
  readonly store = inject(MenteeProfileStore);

  readonly languages = LANGUAGES;
  readonly sectors = SECTORS;
  readonly sectorKey = sectorKey;
  readonly languageKey = languageKey;
  readonly savedOnce = signal(false);

  readonly form = this.fb.group({
    goals: ['', trimmedLength(L.goals.min, L.goals.max)],
    competences: this.fb.control<WantedCompetenceDraft[]>(
      [],
      nonEmpty('mentoring.form.chooseCompetence'),
    ),
    sector: [''],
    firstLanguage: ['', nonEmptyText('mentoring.form.chooseFirstLanguage')],
    otherLanguages: this.fb.control<string[]>([]),
    ...meetingPreferenceControls(this.fb),
    experienceYears: this.experienceYearsControl(0),
    preferredMentor: this.fb.control<PreferredMentor | null>(null),
  });

  readonly otherLanguageOptions = vocabularyOptions(LANGUAGES, languageKey);

  protected readonly focusOrder = [
    ['goals', 'mentee-goals'],
    ['competences', 'mentee-competences-framework'],
    ['sector', 'mentee-sector'],
    ['firstLanguage', 'mentee-first-language'],
    ['otherLanguages', 'mentee-languages-0'],
    ['formats', 'mentee-formats-0'],
    ['availability', 'mentee-availability-0'],
    ['experienceYears', 'mentee-experience'],
    ['preferredMentor', 'preferred-search'],
  ] as const;
  // The API's `languages` are asked as a first language and others; its preferred mentor's id
  // comes from the chosen mentor.
  protected override readonly fieldAliases = {
    languages: 'firstLanguage',
    preferredMentorId: 'preferredMentor',
  };

  protected formValue(profile: MenteeProfileView | null) {
    return {
      ...menteeFormValue(profile, this.i18n.language()),
      preferredMentor: profile?.preferredMentor ?? null,
    };
  }

  /** A mentor chosen or removed in the picker (outside the form's own controls' events). */
  prefer(mentor: PreferredMentor | null): void {
    this.form.controls.preferredMentor.setValue(mentor);
    this.form.controls.preferredMentor.markAsDirty();
  }

  protected async save(): Promise<void> {
    const value = this.form.getRawValue();
    await this.store.save(menteeRequest(value, value.preferredMentor?.id ?? null));
    this.savedOnce.set(true);
  }

  protected savedMessage(created: boolean) {
    return { key: created ? 'mentoring.mentee.created' : 'mentoring.mentee.saved' } as const;
  }
}

function nonEmptyText(message: TranslationKey) {
  return (control: { value: unknown }) => (control.value ? null : { server: message });
}
