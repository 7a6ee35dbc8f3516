import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FormControl, type NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { AVAILABILITY_SLOTS, MEETING_FORMATS } from '@academy/shared/contracts';
import { TranslatePipe } from '@academy/web/i18n';
import { CheckboxGroupComponent, vocabularyOptions } from './checkbox-group.component';
import { nonEmpty } from './form-support';
import { formatKey, slotKey } from './labels';

/** The controls this component shows, for a profile's form: at least one way of meeting. */
export function meetingPreferenceControls(fb: NonNullableFormBuilder) {
  return {
    formats: fb.control<string[]>([], nonEmpty('mentoring.form.chooseFormat')),
    availability: fb.control<string[]>([]),
  };
}

/**
 * How and when someone can meet, asked alike of mentees and mentors (the match compares them):
 * the ways of meeting and the usual free times, as two groups of checkboxes whose ids start
 * with `<idPrefix>-formats` and `<idPrefix>-availability`.
 */
@Component({
  selector: 'academy-meeting-preferences',
  imports: [ReactiveFormsModule, TranslatePipe, CheckboxGroupComponent],
  template: `
    <academy-checkbox-group
      [formControl]="formats()"
      [groupId]="idPrefix() + '-formats'"
      [legend]="'mentoring.form.formats' | translate"
      [options]="formatOptions()"
      [error]="formatsError()"
    />

    <academy-checkbox-group
      [formControl]="availability()"
      [groupId]="idPrefix() + '-availability'"
      [legend]="'mentoring.form.availability' | translate"
      [hint]="availabilityHint()"
      [options]="slotOptions()"
    />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeetingPreferencesComponent {
  readonly idPrefix = input.required<string>();
  readonly formats = input.required<FormControl<string[]>>();
  readonly availability = input.required<FormControl<string[]>>();
  readonly availabilityHint = input.required<string>();
  /** The formats' error, passed in by the form, which knows when to show it. */
  readonly formatsError = input<string | null>(null);

  readonly formatOptions = vocabularyOptions(MEETING_FORMATS, formatKey);
  readonly slotOptions = vocabularyOptions(AVAILABILITY_SLOTS, slotKey);
}
