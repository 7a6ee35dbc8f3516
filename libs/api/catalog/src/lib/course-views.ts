import type { EntityManager } from 'typeorm';
import type { CourseView, VersionView } from './catalog.models';
import type { LockedCourse } from './course-store';
import { CourseVersionEntity } from './entities/course-version.entity';
import type { PeopleDirectory } from './people-directory';

export const toVersionView = (v: CourseVersionEntity): VersionView => ({
  id: v.id,
  number: v.number,
  status: v.status,
  submittedAt: v.submittedAt,
  reviewedAt: v.reviewedAt,
  reviewNote: v.reviewNote,
  publishedAt: v.publishedAt,
  changes: v.changes,
  createdAt: v.createdAt,
  updatedAt: v.updatedAt,
});

/** A course for its authors and reviewers: the version being worked on (with its document) and the published one. */
export async function toCourseView(
  manager: EntityManager,
  people: PeopleDirectory,
  loaded: LockedCourse,
): Promise<CourseView> {
  const { course, scope, open } = loaded;
  // One after the other: inside a transaction both go through the same connection anyway.
  const authors = await people.contacts(manager, scope.authorIds);
  const published = course.publishedVersionId
    ? await manager.getRepository(CourseVersionEntity).findOneBy({ id: course.publishedVersionId })
    : null;
  const names = new Map(authors.map((a) => [a.id, a.displayName]));
  return {
    id: course.id,
    slug: course.slug,
    territoryId: course.territoryId,
    authors: scope.authorIds.map((id) => ({ id, displayName: names.get(id) ?? '' })),
    archivedAt: course.archivedAt,
    createdAt: course.createdAt,
    openVersion: open ? { ...toVersionView(open), document: open.content } : null,
    publishedVersion: published
      ? { ...toVersionView(published), title: published.content.title }
      : null,
  };
}
