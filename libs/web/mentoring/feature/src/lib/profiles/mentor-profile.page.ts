import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  type CompetenceLevel,
  LANGUAGES,
  LEGAL_FORMS,
  type MentorProfileView,
  SECTORS,
} from '@academy/shared/contracts';
import { languageKey, type TranslationKey } from '@academy/web/i18n';
import {
  MentorProfileStore,
  mentorFormValue,
  mentorRequest,
  PROFILE_LIMITS,
} from '@academy/web/mentoring/data-access';
import { messageSlot } from '@academy/web/shared/ui';
import { toApiError } from '@academy/web/shared/util-http';
import { vocabularyOptions } from '../shared/checkbox-group.component';
import { nonEmpty, trimmedLength, wholeNumber } from '../shared/form-support';
import { legalFormKey, mentorStatusKey, sectorKey } from '../shared/labels';
import { meetingPreferenceControls } from '../shared/meeting-preferences.component';
import { mentoringErrorMessage } from '../shared/mentoring-errors';
import { PROFILE_PAGE_IMPORTS, ProfileFormPage } from './profile-form-page';

const L = PROFILE_LIMITS;

/**
 * "Your offer to mentor": what a practising social entrepreneur offers mentees, its review
 * status, and a pause switch for times when they take no new mentees.
 */
@Component({
  selector: 'academy-mentor-profile-page',
  imports: [PROFILE_PAGE_IMPORTS],
  providers: [MentorProfileStore],
  templateUrl: './mentor-profile.page.html',
  styleUrl: './mentor-profile.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MentorProfilePage extends ProfileFormPage<MentorProfileView> {
  readonly store = inject(MentorProfileStore);

  readonly legalForms = LEGAL_FORMS;
  readonly legalFormKey = legalFormKey;
  readonly mentorStatusKey = mentorStatusKey;
  readonly pausing = signal(false);
  readonly pauseMessage = messageSlot();

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
    ...meetingPreferenceControls(this.fb),
    capacity: this.fb.control<number | null>(
      2,
      wholeNumber(L.capacity.min, L.capacity.max, 'mentoring.form.capacityRange'),
    ),
    experienceYears: this.experienceYearsControl(null),
  });

  readonly sectorOptions = vocabularyOptions(SECTORS, sectorKey);
  readonly languageOptions = vocabularyOptions(LANGUAGES, languageKey);

  protected readonly focusOrder = [
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
  ] as const;

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

  protected formValue(profile: MentorProfileView | null) {
    return mentorFormValue(profile, this.i18n.language());
  }

  protected save() {
    return this.store.save(mentorRequest(this.form.getRawValue()));
  }

  protected savedMessage(created: boolean) {
    return { key: created ? 'mentoring.mentor.created' : 'mentoring.mentor.saved' } as const;
  }
}
