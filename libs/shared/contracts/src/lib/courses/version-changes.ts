/** The parts of the authoring API's answers that the API and the web app share as they are. */

export type OpenStatus = 'draft' | 'in_review';

export interface LessonRef {
  id: string;
  title: string;
  moduleId: string;
}

/** What a published version changed against the previous one, compared lesson by lesson id. */
export interface VersionChanges {
  previousVersion: number;
  added: LessonRef[];
  removed: LessonRef[];
  /** Lessons kept (same id) whose content differs in any way. */
  changed: LessonRef[];
  /** True when the course's own fields (title, outcomes, competences…) or module structure differ. */
  courseDetailsChanged: boolean;
}
