import type { CourseDocument } from '@academy/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
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
 */
@Injectable()
export class PublishedCourses {
  private readonly versions = new Map<string, PublishedVersion>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async course(courseId: string): Promise<PublishedCourseRef | null> {
    const course = await this.dataSource.getRepository(CourseEntity).findOneBy({ id: courseId });
    if (!course) return null;
    return {
      id: course.id,
      slug: course.slug,
      territoryId: course.territoryId,
      archived: course.archivedAt !== null,
      currentVersion: course.publishedVersionId ? await this.version(course.publishedVersionId) : null,
    };
  }

  async version(versionId: string): Promise<PublishedVersion> {
    const cached = this.versions.get(versionId);
    if (cached) return cached;
    const row = await this.dataSource
      .getRepository(CourseVersionEntity)
      .findOneByOrFail({ id: versionId, status: 'published' });
    const version = { id: row.id, courseId: row.courseId, number: row.number, content: row.content };
    if (this.versions.size >= CACHED_VERSIONS) this.versions.delete(this.versions.keys().next().value as string);
    this.versions.set(versionId, version);
    return version;
  }

  async isAuthor(courseId: string, userId: string): Promise<boolean> {
    return this.dataSource.getRepository(CourseAuthorEntity).existsBy({ courseId, userId });
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
