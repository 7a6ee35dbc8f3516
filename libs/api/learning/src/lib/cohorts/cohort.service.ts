import { PublishedCourses } from '@academy/api/catalog';
import { APP_CONFIG, DomainError, forbidden, isUniqueViolation, notFound, type AppConfig, type AuthUser } from '@academy/api/core';
import { OutboxService } from '@academy/api/notifications';
import type { Cohort, CohortImportReport, Language } from '@academy/shared/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { startEnrolment } from '../enrolment/start-enrolment';
import { CohortInvitationEntity } from '../entities/cohort-invitation.entity';
import { CohortEntity } from '../entities/cohort.entity';
import { courseNotOpen } from '../learning.errors';
import { TeachingAccess } from '../teaching-scope';
import { cohortRows } from './csv';

export const MAX_COHORT_ROWS = 5000;
const EMAIL = /^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/;

export interface NewCohort {
  name: string;
  startsOn?: string | null;
  endsOn?: string | null;
  /** A partner admin's cohort belongs to one of their territories. */
  territoryId?: string | null;
}

interface KnownUser {
  id: string;
  email: string;
  displayName: string;
  preferredLanguage: Language;
  homeTerritoryId: string;
}

/**
 * Cohorts: groups enrolled from a CSV file by a course's trainers, admins, or a partner admin
 * for their own territory. An upload is all-or-nothing and serialised per cohort, and every
 * row's outcome is decided by the database's state, so uploading the same file again changes
 * nothing (its rows come back as already enrolled or already invited).
 */
@Injectable()
export class CohortService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly courses: PublishedCourses,
    private readonly teaching: TeachingAccess,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(user: AuthUser, courseId: string, input: NewCohort): Promise<Cohort> {
    const course = await this.courses.course(courseId);
    if (!course?.currentVersion || course.archived) throw courseNotOpen();
    const scope = await this.teaching.scope(user, courseId);
    let territoryId = input.territoryId ?? null;
    if (!scope.all) {
      territoryId ??= scope.territories.length === 1 ? (scope.territories[0] ?? null) : null;
      if (!territoryId || !scope.territories.includes(territoryId))
        throw new DomainError(400, 'validation_failed', 'territoryId must be a territory you administer', [
          { field: 'territoryId', message: 'must be a territory you administer' },
        ]);
    }
    if (input.startsOn && input.endsOn && input.startsOn > input.endsOn)
      throw new DomainError(400, 'validation_failed', 'endsOn is before startsOn', [{ field: 'endsOn', message: 'must not be before the start date' }]);
    try {
      const cohort = await this.dataSource.getRepository(CohortEntity).save({
        courseId,
        name: input.name,
        startsOn: input.startsOn ?? null,
        endsOn: input.endsOn ?? null,
        territoryId,
        createdById: user.id,
      });
      return (await this.listWhere('c.id = $1', [cohort.id]))[0] as Cohort;
    } catch (error) {
      if (isUniqueViolation(error))
        throw new DomainError(409, 'cohort_exists', 'This course already has a cohort with that name', [{ field: 'name', message: 'is already used in this course' }]);
      throw error;
    }
  }

  /** The cohorts of a course that this person manages. */
  async list(user: AuthUser, courseId: string): Promise<Cohort[]> {
    const scope = await this.teaching.scope(user, courseId);
    return scope.all
      ? this.listWhere('c.course_id = $1', [courseId])
      : this.listWhere('c.course_id = $1 AND c.territory_id = ANY($2::uuid[])', [courseId, scope.territories]);
  }

  private async listWhere(where: string, params: unknown[]): Promise<Cohort[]> {
    return this.dataSource.query(
      `SELECT c.id, c.course_id AS "courseId", c.name, to_char(c.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(c.ends_on, 'YYYY-MM-DD') AS "endsOn",
              c.territory_id AS "territoryId",
              (SELECT count(*) FROM enrolments e WHERE e.cohort_id = c.id AND e.status <> 'withdrawn')::int AS members,
              (SELECT count(*) FROM cohort_invitations i WHERE i.cohort_id = c.id AND i.accepted_at IS NULL)::int AS invited
       FROM cohorts c WHERE ${where} ORDER BY c.created_at, c.id`,
      params,
    );
  }

  private async manageable(manager: EntityManager, user: AuthUser, cohortId: string): Promise<CohortEntity> {
    const cohort = await manager.getRepository(CohortEntity).findOneBy({ id: cohortId });
    if (!cohort) throw notFound('Cohort');
    const scope = await this.teaching.scope(user, cohort.courseId, manager);
    if (!scope.all && !(cohort.territoryId && scope.territories.includes(cohort.territoryId))) throw forbidden();
    return cohort;
  }

  async import(user: AuthUser, cohortId: string, csv: string): Promise<CohortImportReport> {
    const rows = cohortRows(csv);
    if (rows.length === 0) throw new DomainError(400, 'validation_failed', 'The file has no rows', [{ field: 'file', message: 'has no email addresses' }]);
    if (rows.length > MAX_COHORT_ROWS)
      throw new DomainError(400, 'validation_failed', `At most ${MAX_COHORT_ROWS} rows per file`, [{ field: 'file', message: `has more than ${MAX_COHORT_ROWS} rows` }]);
    return this.dataSource.transaction(async (manager) => {
      const cohort = await this.manageable(manager, user, cohortId);
      // One upload at a time per cohort: the second sees what the first did.
      await manager.query(`SELECT id FROM cohorts WHERE id = $1 FOR UPDATE`, [cohort.id]);
      const course = await this.courses.course(cohort.courseId, manager);
      const version = course?.currentVersion;
      if (!version || course.archived) throw courseNotOpen();
      const scope = await this.teaching.scope(user, cohort.courseId, manager);

      const report: CohortImportReport = { cohortId, accepted: [], rejected: [] };
      const seen = new Set<string>();
      const valid: { row: number; email: string; name: string | null }[] = [];
      for (const row of rows) {
        const email = row.email.toLowerCase();
        if (!EMAIL.test(email) || email.length > 320) report.rejected.push({ row: row.row, email: row.email, reason: 'bad_email' });
        else if (seen.has(email)) report.rejected.push({ row: row.row, email, reason: 'duplicate' });
        else {
          seen.add(email);
          valid.push({ ...row, email });
        }
      }
      const emails = valid.map((r) => r.email);
      const known = new Map(
        ((await manager.query(
          `SELECT id, email, display_name AS "displayName", preferred_language AS "preferredLanguage", home_territory_id AS "homeTerritoryId"
           FROM users WHERE email = ANY($1)`,
          [emails],
        )) as KnownUser[]).map((u) => [u.email, u]),
      );
      const invited = new Set(
        ((await manager.query(`SELECT email FROM cohort_invitations WHERE cohort_id = $1 AND email = ANY($2)`, [cohort.id, emails])) as { email: string }[]).map(
          (r) => r.email,
        ),
      );
      const inviter = user.displayName;
      for (const row of valid) {
        const person = known.get(row.email);
        if (person) {
          if (!scope.all && !scope.territories.includes(person.homeTerritoryId)) {
            report.rejected.push({ row: row.row, email: row.email, reason: 'other_territory' });
            continue;
          }
          const started = await startEnrolment(manager, this.outbox, this.config.PUBLIC_URL, {
            userId: person.id,
            courseId: cohort.courseId,
            versionId: version.id,
            courseTitle: version.content.title,
            cohortId: cohort.id,
            learner: person,
          });
          if (started) report.accepted.push({ row: row.row, email: row.email, outcome: 'enrolled' });
          else report.rejected.push({ row: row.row, email: row.email, reason: 'already_enrolled' });
        } else if (invited.has(row.email)) {
          report.rejected.push({ row: row.row, email: row.email, reason: 'already_invited' });
        } else {
          const invitation = await manager.getRepository(CohortInvitationEntity).save({ cohortId: cohort.id, email: row.email, displayName: row.name });
          await this.outbox.enqueueEmail(manager, {
            idempotencyKey: `cohort-invitation:${invitation.id}`,
            to: row.email,
            template: 'cohort-invitation',
            // Not known yet: the course's language is the best guess of theirs.
            locale: version.content.language,
            params: {
              displayName: row.name ?? row.email,
              inviterName: inviter,
              courseTitle: version.content.title,
              cohortName: cohort.name,
              link: `${this.config.PUBLIC_URL.replace(/\/$/, '')}/register?email=${encodeURIComponent(row.email)}`,
            },
          });
          report.accepted.push({ row: row.row, email: row.email, outcome: 'invited' });
        }
      }
      report.accepted.sort((a, b) => a.row - b.row);
      report.rejected.sort((a, b) => a.row - b.row);
      return report;
    });
  }
}
