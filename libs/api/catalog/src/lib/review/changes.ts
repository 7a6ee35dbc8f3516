import type { CourseDocument } from '@academy/shared/contracts';
import type { LessonRef, VersionChanges } from '../catalog.models';

/** JSON with keys sorted, so two equal documents compare equal whatever their key order (jsonb reorders keys). */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function lessonsOf(doc: CourseDocument) {
  return new Map(
    doc.modules.flatMap((m) =>
      m.lessons.map(
        (l) => [l.id, { ref: { id: l.id, title: l.title, moduleId: m.id }, lesson: l }] as const,
      ),
    ),
  );
}

/** The course's own fields and its module outline (titles, order, which lessons where). */
function outline(doc: CourseDocument): string {
  const { modules, ...details } = doc;
  return canonical({
    details,
    modules: modules.map((m) => ({
      id: m.id,
      title: m.title,
      summary: m.summary,
      lessons: m.lessons.map((l) => l.id),
    })),
  });
}

/**
 * What a new version changes against the previous published one, by lesson id (ids are stable
 * across versions): learners keep progress on lessons that did not change.
 */
export function computeChanges(
  previous: CourseDocument,
  next: CourseDocument,
  previousVersion: number,
): VersionChanges {
  const before = lessonsOf(previous);
  const after = lessonsOf(next);
  const added: LessonRef[] = [];
  const changed: LessonRef[] = [];
  for (const [id, { ref, lesson }] of after) {
    const old = before.get(id);
    if (!old) added.push(ref);
    else if (canonical(old.lesson) !== canonical(lesson)) changed.push(ref);
  }
  const removed = [...before].filter(([id]) => !after.has(id)).map(([, { ref }]) => ref);
  return {
    previousVersion,
    added,
    removed,
    changed,
    courseDetailsChanged: outline(previous) !== outline(next),
  };
}
