import type { CourseDocument } from '@academy/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { CourseAuthorEntity } from './entities/course-author.entity';
import { CourseVersionEntity } from './entities/course-version.entity';
import { CourseEntity } from './entities/course.entity';
import { canonical } from './review/changes';

export interface PublishedVersion {
  id: string;
  courseId: string;
  number: number;
  content: CourseDocument;
}

export interface PublishedCourseRef {
  id: string;
  slug: string;
  territoryId: string | null;
  archived: boolean;
  /** null while the course has never been published. */
  currentVersion: PublishedVersion | null;
}

const CACHED_VERSIONS = 500;

/**
 * What other contexts (learning) may know of courses: published versions only. A published
 * version is immutable (a database trigger refuses changes), so versions are cached by id.
 *
 * Inside a transaction, pass its EntityManager: a second pool connection taken while the
 * transaction holds one can exhaust the pool under load (every request waiting for another).
 */
@Injectable()
export class PublishedCourses {
  private readonly versions = new Map<string, PublishedVersion>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async course(courseId: string, manager: EntityManager = this.dataSource.manager): Promise<PublishedCourseRef | null> {
    const course = await manager.getRepository(CourseEntity).findOneBy({ id: courseId });
    if (!course) return null;
    return {
      id: course.id,
      slug: course.slug,
      territoryId: course.territoryId,
      archived: course.archivedAt !== null,
      currentVersion: course.publishedVersionId ? await this.version(course.publishedVersionId, manager) : null,
    };
  }

  async version(versionId: string, manager: EntityManager = this.dataSource.manager): Promise<PublishedVersion> {
    const cached = this.versions.get(versionId);
    if (cached) return cached;
    const row = await manager
      .getRepository(CourseVersionEntity)
      .findOneByOrFail({ id: versionId, status: 'published' });
    const version = { id: row.id, courseId: row.courseId, number: row.number, content: row.content };
    if (this.versions.size >= CACHED_VERSIONS) this.versions.delete(this.versions.keys().next().value as string);
    this.versions.set(versionId, version);
    return version;
  }

  async isAuthor(courseId: string, userId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.getRepository(CourseAuthorEntity).existsBy({ courseId, userId });
  }

  /** Ids of the lessons whose content is the same in both versions (progress on them carries over). */
  unchangedLessons(from: CourseDocument, to: CourseDocument): Set<string> {
    const before = new Map(from.modules.flatMap((m) => m.lessons).map((l) => [l.id, canonical(l)]));
    return new Set(
      to.modules
        .flatMap((m) => m.lessons)
        .filter((l) => before.get(l.id) === canonical(l))
        .map((l) => l.id),
    );
  }
}
