import { forbidden, isAdmin, type AuthUser } from '@academy/api/core';
import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import type { CourseHistoryView, CourseView, ReviewQueueItem } from '../catalog.models';
import {
  courseArchived,
  courseNotFound,
  noDraft,
  notInReview,
  ownCourseReview,
} from '../catalog.errors';
import { isAuthor, mayReviewScope, mayView } from '../course-policy';
import { CourseStore, type LockedCourse } from '../course-store';
import { toCourseView, toVersionView } from '../course-views';
import { CourseReviewEventEntity, type ReviewAction } from '../entities/course-review-event.entity';
import { CourseVersionEntity } from '../entities/course-version.entity';
import { PeopleDirectory } from '../people-directory';
import { PublicationService } from './publication.service';
import { ReviewEmails } from './review-emails';

/** Review side of the workflow: submit, the queue, approve (publish), send back, history. */
@Injectable()
export class ReviewService {
  constructor(
    private readonly store: CourseStore,
    private readonly people: PeopleDirectory,
    private readonly emails: ReviewEmails,
    private readonly publication: PublicationService,
  ) {}

  /** Draft → in review, and an email to every reviewer of the course. */
  submit(user: AuthUser, courseId: string): Promise<CourseView> {
    return this.store.transaction(async (manager) => {
      const loaded = await this.store.lock(manager, courseId);
      if (!isAuthor(user, loaded.scope)) {
        if (!mayView(user, loaded.scope)) throw courseNotFound();
        throw forbidden('Only the course’s authors submit it for review');
      }
      if (loaded.course.archivedAt) throw courseArchived();
      const draft = loaded.open;
      if (!draft || draft.status !== 'draft') throw noDraft();
      await manager
        .getRepository(CourseVersionEntity)
        .update(
          { id: draft.id, status: 'draft' },
          { status: 'in_review', submittedAt: new Date(), submittedById: user.id },
        );
      const eventId = await this.record(manager, courseId, draft.id, user.id, 'submitted', null);
      const reviewers = await this.people.reviewers(
        manager,
        loaded.course.territoryId,
        loaded.scope.authorIds,
      );
      await this.emails.send(manager, reviewers, {
        eventId,
        template: 'course-submitted',
        courseId,
        courseTitle: draft.content.title,
        version: draft.number,
        params: { authorName: user.displayName },
      });
      return toCourseView(manager, this.people, await this.store.find(manager, courseId));
    });
  }

  /** Versions waiting for review that this person may review (never their own courses), oldest first. */
  async queue(user: AuthUser): Promise<ReviewQueueItem[]> {
    const manager = this.store.dataSource.manager;
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT c.id AS course_id, c.slug, c.territory_id, v.id AS version_id, v.number,
              v.content->>'title' AS title, v.content->>'language' AS language, v.submitted_at, v.submitted_by_id
         FROM course_versions v
         JOIN courses c ON c.id = v.course_id
        WHERE v.status = 'in_review' AND c.archived_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM course_authors a WHERE a.course_id = c.id AND a.user_id = $1)
          AND ($2::boolean OR c.territory_id IS NULL OR c.territory_id = $3::uuid)
        ORDER BY v.submitted_at ASC, v.id`,
      [user.id, isAdmin(user), user.homeTerritoryId],
    );
    const submitters = await this.people.contacts(manager, [
      ...new Set(rows.map((r) => r['submitted_by_id'] as string).filter(Boolean)),
    ]);
    const names = new Map(submitters.map((p) => [p.id, p.displayName]));
    return rows.map((r) => ({
      courseId: r['course_id'] as string,
      slug: r['slug'] as string,
      territoryId: r['territory_id'] as string | null,
      versionId: r['version_id'] as string,
      number: r['number'] as number,
      title: r['title'] as string,
      language: r['language'] as ReviewQueueItem['language'],
      submittedAt: r['submitted_at'] as Date | null,
      submittedBy: names.get(r['submitted_by_id'] as string) ?? null,
    }));
  }

  /** Publishes the version in review, records the note and emails the authors. */
  approve(user: AuthUser, courseId: string, note: string): Promise<CourseView> {
    return this.store.transaction(async (manager) => {
      const loaded = await this.lockAsReviewer(manager, user, courseId);
      const version = loaded.open;
      if (!version || version.status !== 'in_review') throw notInReview();
      await this.publication.publish(manager, loaded.course, version, user.id, note);
      const eventId = await this.record(manager, courseId, version.id, user.id, 'approved', note);
      await this.emails.send(manager, await this.people.contacts(manager, loaded.scope.authorIds), {
        eventId,
        template: 'course-approved',
        courseId,
        courseTitle: version.content.title,
        version: version.number,
        params: { reviewerName: user.displayName, note },
      });
      return toCourseView(manager, this.people, await this.store.find(manager, courseId));
    });
  }

  /** Sends the version back to its authors as a draft, with the reviewer's comments. */
  requestChanges(user: AuthUser, courseId: string, comments: string): Promise<CourseView> {
    return this.store.transaction(async (manager) => {
      const loaded = await this.lockAsReviewer(manager, user, courseId);
      const version = loaded.open;
      if (!version || version.status !== 'in_review') throw notInReview();
      const result = await manager
        .getRepository(CourseVersionEntity)
        .update(
          { id: version.id, status: 'in_review' },
          { status: 'draft', reviewedAt: new Date(), reviewedById: user.id, reviewNote: comments },
        );
      if (result.affected !== 1) throw notInReview();
      const eventId = await this.record(
        manager,
        courseId,
        version.id,
        user.id,
        'changes_requested',
        comments,
      );
      await this.emails.send(manager, await this.people.contacts(manager, loaded.scope.authorIds), {
        eventId,
        template: 'course-changes-requested',
        courseId,
        courseTitle: version.content.title,
        version: version.number,
        params: { reviewerName: user.displayName, note: comments },
      });
      return toCourseView(manager, this.people, await this.store.find(manager, courseId));
    });
  }

  /** Every version (newest first, with what it changed) and every workflow event. */
  async history(user: AuthUser, courseId: string): Promise<CourseHistoryView> {
    const manager = this.store.dataSource.manager;
    const loaded = await this.store.find(manager, courseId);
    if (!mayView(user, loaded.scope)) throw courseNotFound();
    const versions = await manager
      .getRepository(CourseVersionEntity)
      .find({ where: { courseId }, order: { number: 'DESC' } });
    const events = await manager.getRepository(CourseReviewEventEntity).find({
      where: { courseId, versionId: In(versions.map((v) => v.id)) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const actors = new Map(
      (await this.people.contacts(manager, [...new Set(events.map((e) => e.actorId))])).map((p) => [
        p.id,
        p.displayName,
      ]),
    );
    const numbers = new Map(versions.map((v) => [v.id, v.number]));
    return {
      versions: versions.map(toVersionView),
      events: events.map((e) => ({
        id: e.id,
        versionNumber: numbers.get(e.versionId) ?? 0,
        action: e.action,
        actor: { id: e.actorId, displayName: actors.get(e.actorId) ?? '' },
        note: e.note,
        at: e.createdAt,
      })),
    };
  }

  /** Reviewers: trainers (of the course's territory, or any for network-wide courses) and admins, never authors. */
  private async lockAsReviewer(
    manager: EntityManager,
    user: AuthUser,
    courseId: string,
  ): Promise<LockedCourse> {
    const loaded = await this.store.lock(manager, courseId);
    if (!mayView(user, loaded.scope)) throw courseNotFound();
    if (isAuthor(user, loaded.scope)) throw ownCourseReview();
    if (!mayReviewScope(user, loaded.scope))
      throw forbidden('Only trainers and admins review courses');
    if (loaded.course.archivedAt) throw courseArchived();
    return loaded;
  }

  private async record(
    manager: EntityManager,
    courseId: string,
    versionId: string,
    actorId: string,
    action: ReviewAction,
    note: string | null,
  ): Promise<string> {
    const { identifiers } = await manager
      .getRepository(CourseReviewEventEntity)
      .insert({ courseId, versionId, actorId, action, note });
    return identifiers[0]?.['id'] as string;
  }
}
