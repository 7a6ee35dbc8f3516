import type { LessonStatus } from '@academy/shared/contracts';
import type { TranslationKey } from '@academy/web/i18n';

export const lessonStatusKey = (status: LessonStatus) =>
  `learning.status.${status}` satisfies TranslationKey;
