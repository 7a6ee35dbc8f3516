import { inject, type Signal } from '@angular/core';
import {
  CourseEditorStore,
  errorsAt,
  fieldErrorId,
  fieldId,
} from '@academy/web/authoring/data-access';

/** Helpers a field template uses: its id, and whether the server flagged it. */
export function docFields() {
  const store = inject(CourseEditorStore);
  const problems = store.problems;
  return {
    id: (path: string) => fieldId(path),
    invalid: (path: string) => (errorsAt(problems(), path).length ? 'true' : null),
    describedBy: (path: string) => (errorsAt(problems(), path).length ? fieldErrorId(path) : null),
    readOnly: store.readOnly as Signal<boolean>,
  };
}

export type DocFields = ReturnType<typeof docFields>;
