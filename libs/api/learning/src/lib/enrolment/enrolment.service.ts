import { PublishedCourses } from '@academy/api/catalog';
import { APP_CONFIG, type AppConfig } from '@academy/api/core';
import { UsersService } from '@academy/api/identity';
import { OutboxService } from '@academy/api/notifications';
import type { EnrolmentSummary } from '@academy/shared/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, Not, type EntityManager } from 'typeorm';
import { EnrolmentEntity } from '../entities/enrolment.entity';
import { LessonProgressEntity } from '../entities/lesson-progress.entity';
import { lockEnrolment } from '../learning-access';
import { alreadyLatest, courseNotOpen, enrolmentNotFound } from '../learning.errors';
import { nextLesson, requiredLessonIds } from '../progress/course-outline';
import { summary } from '../progress/completion';
import { startEnrolment } from './start-enrolment';

/** Enrolling, withdrawing, moving to a newer version, and the learner's list of courses. */
@Injectable()
export class EnrolmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly courses: PublishedCourses,
    private readonly users: UsersService,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Enrols (or enrols again after withdrawing) on the course's current version. */
  async enrol(userId: string, courseId: string, manager?: EntityManager): Promise<EnrolmentSummary> {
    const course = await this.courses.course(courseId);
    if (!course?.currentVersion || course.archived) throw courseNotOpen();
    const version = course.currentVersion;
    const run = async (m: EntityManager) => {
      const [learner] = await this.users.contacts([userId], m);
      if (!learner) throw enrolmentNotFound();
      await startEnrolment(m, this.outbox, this.config.PUBLIC_URL, {
        userId,
        courseId,
        versionId: version.id,
        courseTitle: version.content.title,
        learner,
      });
    };
    if (manager) await run(manager);
    else await this.dataSource.transaction(run);
    return this.forCourse(userId, courseId, manager);
  }

  async withdraw(userId: string, courseId: string): Promise<void> {
    const result = await this.dataSource
      .getRepository(EnrolmentEntity)
      .update({ userId, courseId, status: 'active' }, { status: 'withdrawn' });
    if (result.affected === 0 && !(await this.dataSource.getRepository(EnrolmentEntity).existsBy({ userId, courseId })))
      throw enrolmentNotFound();
  }

  async forCourse(userId: string, courseId: string, manager: EntityManager = this.dataSource.manager): Promise<EnrolmentSummary> {
    const row = await manager.getRepository(EnrolmentEntity).findOneBy({ userId, courseId, status: Not('withdrawn') });
    if (!row) throw enrolmentNotFound();
    return (await this.summarize([row], manager))[0];
  }

  async get(userId: string, enrolmentId: string, manager: EntityManager = this.dataSource.manager): Promise<EnrolmentEntity> {
    const row = await manager.getRepository(EnrolmentEntity).findOneBy({ id: enrolmentId, userId });
    if (!row) throw enrolmentNotFound();
    return row;
  }

  /** My courses: active first (most recent activity first), then completed. */
  async mine(userId: string): Promise<EnrolmentSummary[]> {
    const rows = await this.dataSource.getRepository(EnrolmentEntity).find({
      where: { userId, status: Not('withdrawn') },
      order: { lastActivityAt: 'DESC' },
    });
    const list = await this.summarize(rows);
    return [...list.filter((e) => e.status === 'active'), ...list.filter((e) => e.status === 'completed')];
  }

  /**
   * Moves the learner to the newest published version. Progress on lessons whose content did
   * not change carries over; lessons that changed (their quiz attempts too: the questions
   * differ) start afresh. Completion is not re-evaluated here: a completed course stays so.
   */
  async moveToLatest(userId: string, enrolmentId: string): Promise<EnrolmentSummary> {
    await this.dataSource.transaction(async (manager) => {
      const enrolment = await lockEnrolment(manager, enrolmentId, userId);
      const course = await this.courses.course(enrolment.courseId, manager);
      const latest = course?.currentVersion;
      if (!latest || latest.id === enrolment.versionId || course.archived) throw alreadyLatest();
      const current = await this.courses.version(enrolment.versionId, manager);
      const kept = [...this.courses.unchangedLessons(current.content, latest.content)];
      await manager.query(`DELETE FROM lesson_progress WHERE enrolment_id = $1 AND NOT (lesson_id = ANY($2::uuid[]))`, [enrolment.id, kept]);
      await manager.query(`DELETE FROM quiz_attempts WHERE enrolment_id = $1 AND NOT (lesson_id = ANY($2::uuid[]))`, [enrolment.id, kept]);
      await manager.query(`UPDATE enrolments SET version_id = $2 WHERE id = $1`, [enrolment.id, latest.id]);
    });
    const row = await this.get(userId, enrolmentId);
    return (await this.summarize([row]))[0];
  }

  async summarize(rows: EnrolmentEntity[], manager: EntityManager = this.dataSource.manager): Promise<EnrolmentSummary[]> {
    if (rows.length === 0) return [];
    const progress = await manager.getRepository(LessonProgressEntity).find({
      where: { enrolmentId: In(rows.map((r) => r.id)) },
      select: { enrolmentId: true, lessonId: true },
    });
    const doneBy = new Map<string, Set<string>>();
    for (const p of progress) doneBy.set(p.enrolmentId, (doneBy.get(p.enrolmentId) ?? new Set()).add(p.lessonId));
    return Promise.all(
      rows.map(async (row) => {
        const version = await this.courses.version(row.versionId, manager);
        const course = await this.courses.course(row.courseId, manager);
        const done = doneBy.get(row.id) ?? new Set<string>();
        const required = requiredLessonIds(version.content);
        const latest = course?.currentVersion;
        return {
          id: row.id,
          course: { id: row.courseId, slug: course?.slug ?? '', title: version.content.title, language: version.content.language },
          versionNumber: version.number,
          status: row.status,
          progress: summary(required.filter((id) => done.has(id)).length, required.length),
          nextLesson: nextLesson(version.content, done, row.lastLessonId),
          enrolledAt: row.enrolledAt.toISOString(),
          completedAt: row.completedAt?.toISOString() ?? null,
          newVersion:
            latest && latest.id !== row.versionId && latest.number > version.number && row.status === 'active' && !course.archived
              ? { number: latest.number }
              : null,
        };
      }),
    );
  }
}
