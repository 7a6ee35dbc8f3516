import type {
  AvailabilitySlot,
  LegalForm,
  MeetingFormatCode,
  MentoringSessionView,
  MentorshipRequestStatus,
  MentorStatus,
  ProgrammePairView,
  RelationshipView,
  Sector,
} from '@academy/shared/contracts';
import type { TranslationKey } from '@academy/web/i18n';

// Translation keys of the mentoring vocabularies; `satisfies` makes the compiler check that every
// value of each vocabulary has its key in the dictionaries.
export const sectorKey = (sector: Sector) => `mentoring.sector.${sector}` satisfies TranslationKey;
export const formatKey = (format: MeetingFormatCode) =>
  `mentoring.format.${format}` satisfies TranslationKey;
export const slotKey = (slot: AvailabilitySlot) =>
  `mentoring.slot.${slot}` satisfies TranslationKey;
export const legalFormKey = (form: LegalForm) =>
  `mentoring.legalForm.${form}` satisfies TranslationKey;
export const mentorStatusKey = (status: MentorStatus) =>
  `mentoring.mentorStatus.${status}` satisfies TranslationKey;
export const requestStatusKey = (status: MentorshipRequestStatus) =>
  `mentoring.requestStatus.${status}` satisfies TranslationKey;
export const sessionStatusKey = (status: MentoringSessionView['status']) =>
  `mentoring.sessionStatus.${status}` satisfies TranslationKey;
export const relationshipStatusKey = (status: RelationshipView['status']) =>
  `mentoring.relationshipStatus.${status}` satisfies TranslationKey;
export const pairStatusKey = (status: ProgrammePairView['status']) =>
  `mentoring.pairStatus.${status}` satisfies TranslationKey;
/** One side's answer to a published programme pair: yes, no, or not yet. */
export const pairAnswerKey = (answer: boolean | null) =>
  `mentoring.pairAnswer.${answer === null ? 'waiting' : answer ? 'yes' : 'no'}` satisfies TranslationKey;
