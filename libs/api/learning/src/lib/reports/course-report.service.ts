import { PublishedCourses } from '@academy/api/catalog';
import { adminTerritories, isAdmin, notFound, type AuthUser } from '@academy/api/core';
import type {
  AssignmentState,
  CourseReport,
  EnrolmentStatus,
  LearnerReportRow,
  QuestionResult,
  TeachingCourse,
} from '@academy/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isComplete } from '../assignments/assignment.service';
import { CohortService } from '../cohorts/cohort.service';
import { lessonsInOrder, requiredLessonIds } from '../progress/course-outline';
import { summary } from '../progress/completion';
import { TeachingAccess, type TeachingScope } from '../teaching-scope';

interface LearnerRow {
  enrolmentId: string;
  userId: string;
  versionId: string;
  displayName: string;
  email: string;
  territoryId: string;
  cohortId: string | null;
  cohortName: string | null;
  status: EnrolmentStatus;
  enrolledAt: Date;
  lastActivityAt: Date;
  completedAt: Date | null;
}

/**
 * What trainers and partner admins see of a course: its learners' progress, quiz results per
 * question (which questions most learners miss, on their first attempt), peer-review status;
 * by cohort if asked. Partner admins see only their territories' learners.
 */
@Injectable()
export class CourseReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly courses: PublishedCourses,
    private readonly teaching: TeachingAccess,
    private readonly cohorts: CohortService,
  ) {}

  /** Courses this person can follow: their own as author; every open course for admins and partner admins. */
  async teachingCourses(user: AuthUser): Promise<TeachingCourse[]> {
    const territories = adminTerritories(user);
    const everything = isAdmin(user) || territories.length > 0;
    return this.dataSource.query(
      `SELECT c.id, c.slug, v.content->>'title' AS title,
              (SELECT count(*) FROM enrolments e JOIN users u ON u.id = e.user_id
               WHERE e.course_id = c.id AND e.status <> 'withdrawn' AND ($3 OR u.home_territory_id = ANY($4::uuid[])))::int AS enrolled
       FROM courses c JOIN course_versions v ON v.id = c.published_version_id
       WHERE c.archived_at IS NULL AND ($1 OR EXISTS (SELECT 1 FROM course_authors a WHERE a.course_id = c.id AND a.user_id = $2))
       ORDER BY title`,
      [everything, user.id, isAdmin(user) || !territories.length, territories],
    );
  }

  async report(user: AuthUser, courseId: string, cohortId?: string): Promise<CourseReport> {
    const course = await this.courses.course(courseId);
    if (!course?.currentVersion) throw notFound('Course');
    const scope = await this.teaching.scope(user, courseId);
    const current = course.currentVersion.content;
    const learners = await this.learners(courseId, scope, cohortId);
    const ids = learners.map((l) => l.enrolmentId);
    const [done, bestScores, submissions, firstAttempts] = await Promise.all([
      this.dataSource.query(`SELECT enrolment_id AS "enrolmentId", lesson_id AS "lessonId" FROM lesson_progress WHERE enrolment_id = ANY($1)`, [ids]) as Promise<
        { enrolmentId: string; lessonId: string }[]
      >,
      this.dataSource.query(
        `SELECT enrolment_id AS "enrolmentId", lesson_id AS "lessonId", max(score)::int AS best FROM quiz_attempts WHERE enrolment_id = ANY($1) GROUP BY 1, 2`,
        [ids],
      ) as Promise<{ enrolmentId: string; lessonId: string; best: number }[]>,
      this.dataSource.query(
        `SELECT s.id, s.enrolment_id AS "enrolmentId", s.lesson_id AS "lessonId", s.overridden_at AS "overriddenAt",
                (SELECT count(*) FROM peer_reviews r JOIN assignment_submissions m ON m.id = r.submission_id
                 WHERE r.reviewer_id = s.user_id AND r.kind = 'peer' AND r.submitted_at IS NOT NULL AND m.course_id = s.course_id AND m.lesson_id = s.lesson_id)::int AS given,
                (SELECT count(*) FROM peer_reviews r WHERE r.submission_id = s.id AND r.submitted_at IS NOT NULL)::int AS received
         FROM assignment_submissions s WHERE s.enrolment_id = ANY($1)`,
        [ids],
      ) as Promise<{ id: string; enrolmentId: string; lessonId: string; overriddenAt: Date | null; given: number; received: number }[]>,
      this.dataSource.query(`SELECT lesson_id AS "lessonId", results FROM quiz_attempts WHERE enrolment_id = ANY($1) AND attempt_number = 1`, [ids]) as Promise<
        { lessonId: string; results: QuestionResult[] }[]
      >,
    ]);

    const lessons = lessonsInOrder(current).map(({ lesson }) => lesson);
    const quizzes = lessons.filter((l) => l.kind === 'quiz');
    const assignments = lessons.filter((l) => l.kind === 'assignment');
    const rows: LearnerReportRow[] = [];
    for (const l of learners) {
      const version = await this.courses.version(l.versionId);
      const required = requiredLessonIds(version.content);
      const mine = new Set(done.filter((d) => d.enrolmentId === l.enrolmentId).map((d) => d.lessonId));
      const assignmentStates: LearnerReportRow['assignments'] = {};
      for (const a of assignments) {
        const s = submissions.find((x) => x.enrolmentId === l.enrolmentId && x.lessonId === a.id);
        const state: Omit<AssignmentState, 'complete'> = { submitted: !!s, reviewsGiven: s?.given ?? 0, reviewsReceived: s?.received ?? 0 };
        assignmentStates[a.id] = { ...state, complete: isComplete(state, !!s?.overriddenAt), submissionId: s?.id ?? null };
      }
      rows.push({
        enrolmentId: l.enrolmentId,
        displayName: l.displayName,
        email: l.email,
        territoryId: l.territoryId,
        cohort: l.cohortId ? { id: l.cohortId, name: l.cohortName ?? '' } : null,
        status: l.status,
        progress: summary(required.filter((id) => mine.has(id)).length, required.length),
        enrolledAt: l.enrolledAt.toISOString(),
        lastActivityAt: l.lastActivityAt.toISOString(),
        completedAt: l.completedAt?.toISOString() ?? null,
        quizScores: Object.fromEntries(
          quizzes.map((q) => [q.id, bestScores.find((b) => b.enrolmentId === l.enrolmentId && b.lessonId === q.id)?.best ?? null]),
        ),
        assignments: assignmentStates,
      });
    }
    const completed = rows.filter((r) => r.status === 'completed').length;
    return {
      course: { id: courseId, title: current.title },
      scope,
      cohorts: await this.cohorts.list(user, courseId),
      learners: rows,
      enrolled: rows.length,
      completed,
      completionRate: rows.length ? Math.round((100 * completed) / rows.length) : 0,
      quizzes: quizzes.map((quiz) => ({
        lessonId: quiz.id,
        title: quiz.title,
        questions: quiz.questions.map((question) => {
          const answers = firstAttempts
            .filter((a) => a.lessonId === quiz.id)
            .map((a) => a.results.find((r) => r.questionId === question.id))
            .filter((r): r is QuestionResult => r !== undefined);
          const right = answers.filter((r) => r.correct).length;
          return {
            questionId: question.id,
            prompt: question.prompt,
            answered: answers.length,
            correctRate: answers.length ? Math.round((100 * right) / answers.length) : null,
          };
        }),
      })),
      assignments: assignments.map((a) => ({ lessonId: a.id, title: a.title })),
    };
  }

  private async learners(courseId: string, scope: TeachingScope, cohortId?: string): Promise<LearnerRow[]> {
    return this.dataSource.query(
      `SELECT e.id AS "enrolmentId", e.user_id AS "userId", e.version_id AS "versionId", u.display_name AS "displayName", u.email,
              u.home_territory_id AS "territoryId", e.cohort_id AS "cohortId", c.name AS "cohortName", e.status,
              e.enrolled_at AS "enrolledAt", e.last_activity_at AS "lastActivityAt", e.completed_at AS "completedAt"
       FROM enrolments e JOIN users u ON u.id = e.user_id LEFT JOIN cohorts c ON c.id = e.cohort_id
       WHERE e.course_id = $1 AND e.status <> 'withdrawn'
         AND ($2 OR u.home_territory_id = ANY($3::uuid[]))
         AND ($4::uuid IS NULL OR e.cohort_id = $4::uuid)
       ORDER BY u.display_name, e.id`,
      [courseId, scope.all, scope.all ? [] : scope.territories, cohortId ?? null],
    );
  }

  /** The report as CSV for a spreadsheet (cells that would start a formula are neutralised). */
  async csv(user: AuthUser, courseId: string, cohortId?: string): Promise<string> {
    const report = await this.report(user, courseId, cohortId);
    const header = [
      'name',
      'email',
      'cohort',
      'status',
      'progress_percent',
      'lessons_done',
      'lessons_required',
      'enrolled_at',
      'last_activity_at',
      'completed_at',
      ...report.quizzes.map((q) => `quiz: ${q.title} (best %)`),
      ...report.assignments.map((a) => `assignment: ${a.title}`),
    ];
    const lines = report.learners.map((l) => [
      l.displayName,
      l.email,
      l.cohort?.name ?? '',
      l.status,
      String(l.progress.percent),
      String(l.progress.done),
      String(l.progress.total),
      l.enrolledAt,
      l.lastActivityAt,
      l.completedAt ?? '',
      ...report.quizzes.map((q) => String(l.quizScores[q.lessonId] ?? '')),
      ...report.assignments.map((a) => {
        const s = l.assignments[a.lessonId];
        return s?.complete ? 'complete' : s?.submitted ? `submitted (${s.reviewsGiven} given, ${s.reviewsReceived} received)` : 'not submitted';
      }),
    ]);
    return [header, ...lines].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
  }
}

/** Quotes a cell, and defuses spreadsheet formulas (CSV injection) in text typed by users. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}
