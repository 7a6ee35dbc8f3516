import type { TranslationKey } from '@academy/web/i18n';

/** "About 1 hour" / "About {hours} hours": the key for a course's estimated time. */
export function hoursKey(hours: number): TranslationKey {
  return hours === 1 ? 'course.hours.one' : 'course.hours.other';
}
