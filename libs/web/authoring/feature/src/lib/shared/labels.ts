import type { TranslationKey } from '@academy/web/i18n';
import type { QuestionType } from '@academy/web/authoring/data-access';

export const questionTypeKey = (type: QuestionType) =>
  `authoring.quiz.type.${type}` satisfies TranslationKey;
export function eventActionKey(action: string): TranslationKey {
  switch (action) {
    case 'submitted':
      return 'authoring.history.action.submitted';
    case 'approved':
      return 'authoring.history.action.approved';
    case 'changes_requested':
      return 'authoring.history.action.changes_requested';
    case 'archived':
      return 'authoring.history.action.archived';
    default:
      return 'authoring.history.action.other';
  }
}
