import { forbidden, invalidField, isUniqueViolation, type AuthUser } from '@academy/api/core';
import { TerritoriesService } from '@academy/api/territories';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CourseSummaryView, CourseView } from '../catalog.models';
import {
  courseArchived,
  courseNotFound,
  notEditable,
  nothingPublished,
  openVersionExists,
  slugTaken,
} from '../catalog.errors';
import { assertMayCreateIn, isAuthor, mayManage, mayView } from '../course-policy';
import { CourseStore, type LockedCourse } from '../course-store';
import { toCourseView } from '../course-views';
import { DocumentValidator } from '../document/document-validator';
import { CourseAuthorEntity } from '../entities/course-author.entity';
import { CourseReviewEventEntity } from '../entities/course-review-event.entity';
import { CourseVersionEntity } from '../entities/course-version.entity';
import { CourseEntity } from '../entities/course.entity';
import { PeopleDirectory } from '../people-directory';
import { CatalogIndex } from '../search/catalog-index.service';
import { slugify } from './slug';

export interface NewCourse {
  territoryId?: string | null;
  document: unknown;
}

/** Authors' side of the workflow: create, edit drafts, co-authors, new drafts of published courses, archive. */
@Injectable()
export class AuthoringService {
  constructor(
    private readonly store: CourseStore,
    private readonly validator: DocumentValidator,
    private readonly territories: TerritoriesService,
    private readonly people: PeopleDirectory,
    private readonly catalog: CatalogIndex,
  ) {}

  /**
   * A new course with its first draft; the creator becomes its author. The document is checked
   * completely before anything is written, and everything is written in one transaction.
   */
  async create(user: AuthUser, input: NewCourse): Promise<CourseView> {
    const territoryId = input.territoryId ?? null;
    assertMayCreateIn(user, territoryId);
    if (territoryId) {
      await this.territories.get(territoryId).catch(() => {
        throw invalidField('territoryId', 'is not a territory of the academy');
      });
    }
    const document = await this.validator.validate(input.document);
    try {
      return await this.store.transaction(async (manager) => {
        const course = await manager.getRepository(CourseEntity).save(
          manager.getRepository(CourseEntity).create({
            slug: await this.freeSlug(manager, slugify(document.title)),
            territoryId,
            createdById: user.id,
            publishedVersionId: null,
            archivedAt: null,
          }),
        );
        await manager
          .getRepository(CourseAuthorEntity)
          .insert({ courseId: course.id, userId: user.id });
        await manager.getRepository(CourseVersionEntity).insert({
          courseId: course.id,
          number: 1,
          status: 'draft',
          content: document,
          createdById: user.id,
        });
        return this.view(manager, await this.store.find(manager, course.id));
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_courses_slug')) throw slugTaken();
      throw error;
    }
  }

  /** Courses this person authors, newest activity first, with the title of the version worked on. */
  async mine(user: AuthUser): Promise<CourseSummaryView[]> {
    const rows: Record<string, unknown>[] = await this.store.dataSource.query(
      `SELECT c.id, c.slug, c.territory_id, c.archived_at,
              COALESCE(o.content->>'title', p.content->>'title') AS title,
              COALESCE(o.content->>'language', p.content->>'language') AS language,
              o.status AS open_status, p.number AS published_number,
              GREATEST(c.updated_at, o.updated_at, p.updated_at) AS updated_at
         FROM courses c
         JOIN course_authors a ON a.course_id = c.id AND a.user_id = $1
         LEFT JOIN course_versions o ON o.course_id = c.id AND o.status IN ('draft', 'in_review')
         LEFT JOIN course_versions p ON p.id = c.published_version_id
        ORDER BY 9 DESC, c.id`,
      [user.id],
    );
    return rows.map((r) => ({
      id: r['id'] as string,
      slug: r['slug'] as string,
      territoryId: r['territory_id'] as string | null,
      title: r['title'] as string,
      language: r['language'] as CourseSummaryView['language'],
      openStatus: r['open_status'] as CourseSummaryView['openStatus'],
      publishedVersion: r['published_number'] as number | null,
      archived: r['archived_at'] !== null,
      updatedAt: r['updated_at'] as Date,
    }));
  }

  /** Anyone who may not see the course gets not_found, so drafts do not even reveal that they exist. */
  async get(user: AuthUser, courseId: string): Promise<CourseView> {
    const manager = this.store.dataSource.manager;
    const loaded = await this.store.find(manager, courseId);
    if (!mayView(user, loaded.scope)) throw courseNotFound();
    return this.view(manager, loaded);
  }

  /** Replaces the draft's document; only its authors, only while it is a draft. */
  updateDraft(user: AuthUser, courseId: string, input: unknown): Promise<CourseView> {
    return this.store.transaction(async (manager) => {
      const loaded = await this.lockAsAuthor(manager, user, courseId);
      if (!loaded.open || loaded.open.status !== 'draft') throw notEditable();
      const document = await this.validator.validate(input);
      await manager
        .getRepository(CourseVersionEntity)
        .update({ id: loaded.open.id, status: 'draft' }, { content: document });
      return this.view(manager, await this.store.find(manager, courseId));
    });
  }

  /** Adds a co-author (a trainer, partner admin or admin); adding someone twice changes nothing. */
  addAuthor(user: AuthUser, courseId: string, userId: string): Promise<CourseView> {
    return this.store.transaction(async (manager) => {
      const loaded = await this.store.lock(manager, courseId);
      if (!mayView(user, loaded.scope) && !mayManage(user, loaded.scope)) throw courseNotFound();
      if (!mayManage(user, loaded.scope))
        throw forbidden('Only the course’s authors and admins add co-authors');
      if (loaded.course.archivedAt) throw courseArchived();
      if (!(await this.people.canAuthor(manager, userId)))
        throw invalidField('userId', 'must be a trainer of the academy');
      await manager
        .createQueryBuilder()
        .insert()
        .into(CourseAuthorEntity)
        .values({ courseId, userId })
        .orIgnore()
        .execute();
      return this.view(manager, await this.store.find(manager, courseId));
    });
  }

  /** People the course's authors (or an admin) may add as co-authors, found by name. */
  async authorCandidates(
    user: AuthUser,
    courseId: string,
    q: string,
  ): Promise<{ id: string; displayName: string }[]> {
    const loaded = await this.store.transaction((manager) => this.store.lock(manager, courseId));
    if (!mayView(user, loaded.scope) && !mayManage(user, loaded.scope)) throw courseNotFound();
    if (!mayManage(user, loaded.scope))
      throw forbidden('Only the course’s authors and admins add co-authors');
    return this.people.authorCandidates(q, loaded.scope.authorIds);
  }

  /** Starts the next version as a draft copied from the published one (which stays as it is). */
  startEdit(user: AuthUser, courseId: string): Promise<CourseView> {
    return this.store.transaction(async (manager) => {
      const loaded = await this.lockAsAuthor(manager, user, courseId);
      if (loaded.open) throw openVersionExists();
      const published = await this.store.version(manager, loaded.course.publishedVersionId);
      if (!published) throw nothingPublished();
      const { max } = await manager
        .getRepository(CourseVersionEntity)
        .createQueryBuilder('v')
        .select('MAX(v.number)', 'max')
        .where('v.course_id = :courseId', { courseId })
        .getRawOne();
      await manager.getRepository(CourseVersionEntity).insert({
        courseId,
        number: Number(max) + 1,
        status: 'draft',
        content: published.content,
        createdById: user.id,
      });
      return this.view(manager, await this.store.find(manager, courseId));
    });
  }

  /**
   * Takes a course out of the catalogue. Published versions stay (enrolled learners keep theirs);
   * every later workflow action answers 409 archived.
   */
  archive(user: AuthUser, courseId: string): Promise<CourseView> {
    return this.store.transaction(async (manager) => {
      const loaded = await this.store.lock(manager, courseId);
      if (!mayView(user, loaded.scope) && !mayManage(user, loaded.scope)) throw courseNotFound();
      if (!mayManage(user, loaded.scope))
        throw forbidden('Only the course’s authors and admins archive it');
      if (loaded.course.archivedAt) throw courseArchived();
      loaded.course.archivedAt = new Date();
      await manager.getRepository(CourseEntity).save(loaded.course);
      const versionId = loaded.open?.id ?? loaded.course.publishedVersionId;
      if (versionId) {
        await manager
          .getRepository(CourseReviewEventEntity)
          .insert({ courseId, versionId, actorId: user.id, action: 'archived', note: null });
      }
      await this.catalog.remove(manager, courseId);
      return this.view(manager, await this.store.find(manager, courseId));
    });
  }

  private async lockAsAuthor(
    manager: EntityManager,
    user: AuthUser,
    courseId: string,
  ): Promise<LockedCourse> {
    const loaded = await this.store.lock(manager, courseId);
    if (!isAuthor(user, loaded.scope)) {
      if (!mayView(user, loaded.scope)) throw courseNotFound();
      throw forbidden('Only the course’s authors edit it');
    }
    if (loaded.course.archivedAt) throw courseArchived();
    return loaded;
  }

  private view(manager: EntityManager, loaded: LockedCourse): Promise<CourseView> {
    return toCourseView(manager, this.people, loaded);
  }

  /** The slug itself, or with the next free number (cooperatives-101-2) when taken. */
  private async freeSlug(manager: EntityManager, base: string): Promise<string> {
    const rows: { slug: string }[] = await manager.query(
      `SELECT slug FROM courses WHERE slug = $1 OR slug LIKE $2`,
      [base, `${base}-%`],
    );
    const taken = new Set(rows.map((r) => r.slug));
    if (!taken.has(base)) return base;
    let n = 2;
    while (taken.has(`${base}-${n}`)) n++;
    return `${base}-${n}`;
  }
}
