import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { notInReview } from '../catalog.errors';
import { CourseVersionEntity } from '../entities/course-version.entity';
import { CourseEntity } from '../entities/course.entity';
import { CatalogIndex } from '../search/catalog-index.service';
import { computeChanges } from './changes';

export interface Publication {
  course: CourseEntity;
  version: CourseVersionEntity;
  previous: CourseVersionEntity | null;
}

/**
 * Publishing a version: the single place where a version becomes final. Called by the review
 * service inside the approval transaction, with the course row locked.
 */
@Injectable()
export class PublicationService {
  constructor(private readonly catalog: CatalogIndex) {}

  async publish(
    manager: EntityManager,
    course: CourseEntity,
    version: CourseVersionEntity,
    reviewerId: string,
    note: string,
  ): Promise<Publication> {
    const previous = course.publishedVersionId
      ? await manager
          .getRepository(CourseVersionEntity)
          .findOneByOrFail({ id: course.publishedVersionId })
      : null;
    const changes = previous
      ? computeChanges(previous.content, version.content, previous.number)
      : null;
    const now = new Date();
    // Conditional on the status as well as the lock: a version publishes once, whatever happens.
    const result = await manager
      .createQueryBuilder()
      .update(CourseVersionEntity)
      .set({
        status: 'published',
        publishedAt: now,
        reviewedAt: now,
        reviewedById: reviewerId,
        reviewNote: note,
        changes,
      })
      .where('id = :id AND status = :status', { id: version.id, status: 'in_review' })
      .execute();
    if (result.affected !== 1) throw notInReview();
    await manager
      .getRepository(CourseEntity)
      .update({ id: course.id }, { publishedVersionId: version.id });

    const published = await manager
      .getRepository(CourseVersionEntity)
      .findOneByOrFail({ id: version.id });
    const publication = {
      course: { ...course, publishedVersionId: version.id },
      version: published,
      previous,
    };
    // From here the version is final (immutable, enforced by the database trigger). The
    // catalogue entry is written in this same transaction: it never shows an uncommitted version.
    await this.catalog.index(manager, {
      courseId: course.id,
      versionId: published.id,
      versionNumber: published.number,
      slug: course.slug,
      territoryId: course.territoryId,
      publishedAt: now,
      document: published.content,
    });
    return publication;
  }
}
