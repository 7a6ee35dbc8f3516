import type { FieldError } from '@academy/shared/contracts';

/**
 * Every editor field has an element id derived from its path in the course document
 * (`modules.0.lessons.2.url` → `doc-modules-0-lessons-2-url`), so the API's errors, which
 * name that path, can point at the field and move focus to it.
 */
export function fieldId(path: string): string {
  return `doc-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}

/** The id of the error message shown next to a field (for aria-describedby). */
export function fieldErrorId(path: string): string {
  return `${fieldId(path)}-error`;
}

/**
 * Candidate element ids for an error path, most precise first: a problem with
 * `modules.0.lessons.1.questions.0.options` has no field of its own, so the closest
 * enclosing field (the question prompt, then the lesson title…) receives focus.
 */
export function candidateIds(path: string): string[] {
  const parts = path.split('.');
  const ids: string[] = [];
  for (let n = parts.length; n > 0; n--) {
    const prefix = parts.slice(0, n).join('.');
    ids.push(fieldId(prefix));
    for (const child of ['title', 'prompt', 'text']) ids.push(fieldId(`${prefix}.${child}`));
  }
  return ids;
}

/** The messages of the errors on exactly this path. */
export function errorsAt(errors: readonly FieldError[], path: string): string[] {
  return errors.filter((e) => e.field === path).map((e) => e.message);
}
