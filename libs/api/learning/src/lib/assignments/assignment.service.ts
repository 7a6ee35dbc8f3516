import { PublishedCourses, renderMarkdown } from '@academy/api/catalog';
import { APP_CONFIG, DomainError, notFound, type AppConfig, type AuthUser } from '@academy/api/core';
import type {
  AssignmentState,
  AssignmentView,
  CourseDocument,
  Lesson,
  PeerReviewRequest,
  Rubric,
  TrainerSubmissionView,
} from '@academy/shared/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Not, type EntityManager } from 'typeorm';
import { EnrolmentService } from '../enrolment/enrolment.service';
import { AssignmentSubmissionEntity } from '../entities/assignment-submission.entity';
import { PeerReviewEntity } from '../entities/peer-review.entity';
import { lockEnrolment, type LockedEnrolment } from '../learning-access';
import { lessonNotFound } from '../learning.errors';
import { Completion } from '../progress/completion';
import { findLesson, lessonsInOrder } from '../progress/course-outline';
import { TeachingAccess } from '../teaching-scope';
import { allocateReviews, MIN_POOL, REVIEWS_PER_LEARNER } from './allocation';
import { rubricMaxPoints, rubricPoints, rubricProblems } from './rubric';
import { attachedFile } from './attached-file';

const notAnAssignment = () => new DomainError(409, 'not_an_assignment', 'This lesson is not an assignment');
const alreadySubmitted = () => new DomainError(409, 'already_submitted', 'You have already submitted this assignment');
const alreadyReviewed = () => new DomainError(409, 'already_reviewed', 'You have already sent this review');
const submissionNotFound = () => notFound('Submission');
const invalidScores = (problems: { field: string; message: string }[]) =>
  new DomainError(400, 'validation_failed', 'The rubric is not filled in correctly', problems);

/** The assignment lesson of a course version: 404 if it is not there, 409 if it is another kind of lesson. */
export function assignmentLesson(doc: CourseDocument, lessonId: string): Extract<Lesson, { kind: 'assignment' }> {
  const lesson = findLesson(doc, lessonId);
  if (!lesson) throw lessonNotFound();
  if (lesson.kind !== 'assignment') throw notAnAssignment();
  return lesson;
}

/** Complete: submitted, both reviews given, two received (peer or trainer), or a trainer's override. */
export function isComplete(state: Omit<AssignmentState, 'complete'>, overridden: boolean): boolean {
  return (
    state.submitted &&
    (overridden || (state.reviewsGiven >= REVIEWS_PER_LEARNER && state.reviewsReceived >= REVIEWS_PER_LEARNER))
  );
}

/**
 * Assignments with peer review. Reviews are handed out under a transaction-scoped advisory lock
 * on the lesson's pool, so two learners submitting at once never get unbalanced or duplicate
 * assignments; the database refuses self-reviews and a second review of the same work.
 */
@Injectable()
export class AssignmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly enrolments: EnrolmentService,
    private readonly courses: PublishedCourses,
    private readonly completion: Completion,
    private readonly teaching: TeachingAccess,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private assignmentOf(doc: CourseDocument, lessonId: string): Extract<Lesson, { kind: 'assignment' }> {
    return assignmentLesson(doc, lessonId);
  }

  private rubricOf(doc: CourseDocument, lessonId: string): Rubric {
    return this.assignmentOf(doc, lessonId).rubric;
  }

  async view(userId: string, enrolmentId: string, lessonId: string): Promise<AssignmentView> {
    const enrolment = await this.enrolments.get(userId, enrolmentId);
    const rubric = this.rubricOf((await this.courses.version(enrolment.versionId)).content, lessonId);
    return this.viewOf(this.dataSource.manager, { ...enrolment }, lessonId, rubric);
  }

  async submit(userId: string, enrolmentId: string, lessonId: string, text: string): Promise<AssignmentView> {
    return this.dataSource.transaction(async (manager) => {
      const enrolment = await lockEnrolment(manager, enrolmentId, userId, lessonId);
      const rubric = this.rubricOf((await this.courses.version(enrolment.versionId, manager)).content, lessonId);
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(AssignmentSubmissionEntity)
        .values({ enrolmentId, userId, courseId: enrolment.courseId, lessonId, text })
        .orIgnore()
        .execute();
      if (inserted.identifiers.length === 0 || !inserted.identifiers[0]) throw alreadySubmitted();
      await this.handOutReviews(manager, enrolment.courseId, lessonId);
      return this.viewOf(manager, enrolment, lessonId, rubric);
    });
  }

  private async handOutReviews(manager: EntityManager, courseId: string, lessonId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`peer-review:${courseId}:${lessonId}`]);
    const pool = await manager.getRepository(AssignmentSubmissionEntity).find({
      where: { courseId, lessonId },
      order: { submittedAt: 'ASC', id: 'ASC' },
      select: { id: true, userId: true },
    });
    const existing = await manager.getRepository(PeerReviewEntity).find({
      where: { submissionId: In(pool.map((s) => s.id)), kind: 'peer' },
      select: { submissionId: true, reviewerId: true },
    });
    const authors = new Map(pool.map((s) => [s.id, s.userId]));
    const added = allocateReviews(
      pool.map((s) => ({ id: s.id, authorId: s.userId })),
      existing,
    );
    if (added.length)
      await manager
        .getRepository(PeerReviewEntity)
        .insert(added.map((a) => ({ ...a, authorId: authors.get(a.submissionId)!, kind: 'peer' as const })));
  }

  /** A peer's review, sent once by the person it was handed to. */
  async review(userId: string, reviewId: string, request: PeerReviewRequest): Promise<AssignmentView> {
    return this.dataSource.transaction(async (manager) => {
      const review = await manager.getRepository(PeerReviewEntity).findOne({
        where: { id: reviewId, reviewerId: userId, kind: 'peer' },
        relations: { submission: true },
      });
      if (!review?.submission) throw notFound('Review');
      const submission = review.submission;
      const mine = await manager
        .getRepository(AssignmentSubmissionEntity)
        .findOneBy({ courseId: submission.courseId, lessonId: submission.lessonId, userId });
      if (!mine) throw notFound('Review');
      // Both enrolments change (given / received): lock them in id order, so two peers
      // reviewing each other at the same moment cannot deadlock.
      await manager.query(`SELECT id FROM enrolments WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [
        [mine.enrolmentId, submission.enrolmentId],
      ]);
      const reviewer = await lockEnrolment(manager, mine.enrolmentId, userId, mine.lessonId);
      const rubric = this.rubricOf((await this.courses.version(reviewer.versionId, manager)).content, mine.lessonId);
      const problems = rubricProblems(rubric, request.scores);
      if (problems.length) throw invalidScores(problems);
      const updated = await manager
        .getRepository(PeerReviewEntity)
        .update(
          { id: review.id, submittedAt: IsNull() },
          { scores: request.scores, comment: request.comment, points: rubricPoints(rubric, request.scores), submittedAt: new Date() },
        );
      if (updated.affected !== 1) throw alreadyReviewed();
      await this.completeIfDue(manager, mine);
      await this.completeIfDue(manager, submission);
      return this.viewOf(manager, reviewer, mine.lessonId, rubric);
    });
  }

  /** A trainer's review (they may revise it): it counts as one received. */
  async trainerReview(user: AuthUser, submissionId: string, request: PeerReviewRequest): Promise<AssignmentView> {
    return this.dataSource.transaction(async (manager) => {
      const { submission, enrolment, rubric } = await this.forTrainer(manager, user, submissionId);
      if (submission.userId === user.id) throw new DomainError(403, 'own_work', 'You cannot review your own work');
      const problems = rubricProblems(rubric, request.scores);
      if (problems.length) throw invalidScores(problems);
      await manager.query(
        `INSERT INTO peer_reviews (submission_id, author_id, reviewer_id, kind, scores, comment, points, submitted_at)
         VALUES ($1, $2, $3, 'trainer', $4, $5, $6, now())
         ON CONFLICT (submission_id, reviewer_id) DO UPDATE
           SET scores = EXCLUDED.scores, comment = EXCLUDED.comment, points = EXCLUDED.points, submitted_at = now()
           WHERE peer_reviews.kind = 'trainer'`,
        [submission.id, submission.userId, user.id, JSON.stringify(request.scores), request.comment, rubricPoints(rubric, request.scores)],
      );
      await this.completeIfDue(manager, submission);
      return this.viewOf(manager, enrolment, submission.lessonId, rubric);
    });
  }

  /** Settles a dispute (or a missing peer): the assignment counts as complete. */
  async override(user: AuthUser, submissionId: string): Promise<AssignmentView> {
    return this.dataSource.transaction(async (manager) => {
      const { submission, enrolment, rubric } = await this.forTrainer(manager, user, submissionId);
      await manager
        .getRepository(AssignmentSubmissionEntity)
        .update({ id: submission.id, overriddenAt: IsNull() }, { overriddenById: user.id, overriddenAt: new Date() });
      await this.completeIfDue(manager, { ...submission, overriddenAt: new Date() });
      return this.viewOf(manager, enrolment, submission.lessonId, rubric);
    });
  }

  /**
   * A learner's submission as a trainer reviews it: the work, the instructions and rubric of
   * the learner's version, and the reviews sent so far (peers anonymous). Whoever may not act
   * on the learner's work (another territory's partner admin, other learners, the learner
   * themselves) is told it does not exist, so submission ids reveal nothing.
   */
  async forTrainerView(user: AuthUser, submissionId: string): Promise<TrainerSubmissionView> {
    const manager = this.dataSource.manager;
    const { submission, learner } = await this.coveredSubmission(manager, user, submissionId);
    const enrolment = await this.enrolments.get(submission.userId, submission.enrolmentId, manager);
    const doc = (await this.courses.version(enrolment.versionId, manager)).content;
    const lesson = this.assignmentOf(doc, submission.lessonId);
    const reviews = await manager.getRepository(PeerReviewEntity).find({
      where: { submissionId: submission.id },
      order: { submittedAt: 'ASC', assignedAt: 'ASC', id: 'ASC' },
    });
    const state = await this.stateOf(manager, submission);
    const overridden = submission.overriddenAt !== null;
    const maxPoints = rubricMaxPoints(lesson.rubric);
    return {
      id: submission.id,
      course: { id: submission.courseId, title: doc.title, language: doc.language },
      learner: { displayName: learner?.displayName ?? '', email: learner?.email ?? '' },
      assignment: {
        lessonId: lesson.id,
        title: lesson.title,
        promptHtml: renderMarkdown(lesson.prompt),
        rubric: lesson.rubric,
        maxPoints,
      },
      text: submission.text,
      file: await attachedFile(manager, submission, { submissionId: submission.id }),
      submittedAt: submission.submittedAt.toISOString(),
      state: { ...state, complete: isComplete(state, overridden) },
      overridden,
      reviewsPending: reviews.filter((r) => r.kind === 'peer' && r.submittedAt === null).length,
      reviews: reviews
        .filter((r) => r.submittedAt !== null)
        .map((r) => ({
          by: r.kind,
          mine: r.reviewerId === user.id,
          scores: r.scores ?? {},
          comment: r.comment ?? '',
          points: r.points ?? 0,
          maxPoints,
          submittedAt: r.submittedAt!.toISOString(),
        })),
      ownWork: submission.userId === user.id,
    };
  }

  private async learnerOf(manager: EntityManager, userId: string) {
    const [learner] = (await manager.query(
      `SELECT display_name AS "displayName", email, home_territory_id AS "territoryId" FROM users WHERE id = $1`,
      [userId],
    )) as { displayName: string; email: string; territoryId: string }[];
    return learner;
  }

  /**
   * A submission this person may act on as a trainer, with its learner. For anyone else it does
   * not exist (404, not 403), so submission ids reveal nothing.
   */
  private async coveredSubmission(manager: EntityManager, user: AuthUser, submissionId: string) {
    const submission = await manager.getRepository(AssignmentSubmissionEntity).findOneBy({ id: submissionId });
    if (!submission) throw submissionNotFound();
    const learner = await this.learnerOf(manager, submission.userId);
    try {
      await this.teaching.assertCovers(user, submission.courseId, learner?.territoryId ?? '', manager);
    } catch (e) {
      if (e instanceof DomainError && e.status === 403) throw submissionNotFound();
      throw e;
    }
    return { submission, learner };
  }

  /**
   * A submission for someone who may read it: its author, a peer it was handed to for review
   * (from the moment it was handed out), or a trainer covering it. Anyone else is told it does
   * not exist.
   */
  async readableSubmission(user: AuthUser, submissionId: string): Promise<AssignmentSubmissionEntity> {
    const manager = this.dataSource.manager;
    const submission = await manager.getRepository(AssignmentSubmissionEntity).findOneBy({ id: submissionId });
    if (!submission) throw submissionNotFound();
    if (submission.userId === user.id) return submission;
    if (await manager.getRepository(PeerReviewEntity).existsBy({ submissionId, reviewerId: user.id, kind: 'peer' })) return submission;
    return (await this.coveredSubmission(manager, user, submissionId)).submission;
  }

  private async forTrainer(manager: EntityManager, user: AuthUser, submissionId: string) {
    const { submission } = await this.coveredSubmission(manager, user, submissionId);
    await manager.query(`SELECT id FROM enrolments WHERE id = $1 FOR UPDATE`, [submission.enrolmentId]);
    const enrolment = (await this.enrolments.get(submission.userId, submission.enrolmentId, manager)) as LockedEnrolment;
    const rubric = this.rubricOf((await this.courses.version(enrolment.versionId, manager)).content, submission.lessonId);
    return { submission, enrolment, rubric };
  }

  /** Records the lesson done for the submission's author once the assignment is complete. */
  private async completeIfDue(manager: EntityManager, submission: AssignmentSubmissionEntity): Promise<void> {
    const enrolment = (await this.enrolments.get(submission.userId, submission.enrolmentId, manager)) as LockedEnrolment;
    if (enrolment.status === 'withdrawn') return;
    const state = await this.stateOf(manager, submission);
    const version = await this.courses.version(enrolment.versionId, manager);
    // Only while the assignment is still part of the learner's version.
    if (isComplete(state, submission.overriddenAt !== null) && findLesson(version.content, submission.lessonId))
      await this.completion.lessonDone(manager, enrolment, submission.lessonId);
  }

  private async stateOf(manager: EntityManager, submission: AssignmentSubmissionEntity | null, userId?: string): Promise<Omit<AssignmentState, 'complete'>> {
    if (!submission) return { submitted: false, reviewsGiven: 0, reviewsReceived: 0 };
    const [{ given, received }] = (await manager.query(
      `SELECT (SELECT count(*) FROM peer_reviews r JOIN assignment_submissions s ON s.id = r.submission_id
                WHERE r.reviewer_id = $1 AND r.kind = 'peer' AND r.submitted_at IS NOT NULL AND s.course_id = $2 AND s.lesson_id = $3)::int AS given,
              (SELECT count(*) FROM peer_reviews WHERE submission_id = $4 AND submitted_at IS NOT NULL)::int AS received`,
      [userId ?? submission.userId, submission.courseId, submission.lessonId, submission.id],
    )) as { given: number; received: number }[];
    return { submitted: true, reviewsGiven: given, reviewsReceived: received };
  }

  private async viewOf(
    manager: EntityManager,
    enrolment: Pick<LockedEnrolment, 'id' | 'userId' | 'courseId'>,
    lessonId: string,
    rubric: Rubric,
  ): Promise<AssignmentView> {
    const submission = await manager.getRepository(AssignmentSubmissionEntity).findOneBy({ enrolmentId: enrolment.id, lessonId });
    const state = await this.stateOf(manager, submission);
    const overridden = submission?.overriddenAt != null;
    const poolSize = await manager.getRepository(AssignmentSubmissionEntity).countBy({ courseId: enrolment.courseId, lessonId });
    const toGive = submission
      ? await manager.getRepository(PeerReviewEntity).find({
          where: { reviewerId: enrolment.userId, kind: 'peer', submission: { courseId: enrolment.courseId, lessonId } },
          relations: { submission: true },
          order: { assignedAt: 'ASC', id: 'ASC' },
        })
      : [];
    const received = submission
      ? await manager.getRepository(PeerReviewEntity).find({
          where: { submissionId: submission.id, submittedAt: Not(IsNull()) },
          order: { submittedAt: 'ASC' },
        })
      : [];
    const maxPoints = rubricMaxPoints(rubric);
    return {
      lessonId,
      submission: submission ? { id: submission.id, text: submission.text, submittedAt: submission.submittedAt.toISOString() } : null,
      file: await attachedFile(manager, { enrolmentId: enrolment.id, lessonId }),
      fileMaxBytes: this.config.UPLOAD_MAX_BYTES,
      state: { ...state, complete: isComplete(state, overridden) },
      waitingForPeers: poolSize < MIN_POOL,
      reviewsToGive: await Promise.all(
        toGive.map(async (r) => ({
          reviewId: r.id,
          submission: { text: r.submission!.text, file: await attachedFile(manager, r.submission!, { submissionId: r.submissionId }) },
          scores: r.scores,
          comment: r.comment,
          submittedAt: r.submittedAt?.toISOString() ?? null,
        })),
      ),
      // Reviewers stay anonymous to the learner: only whether a peer or a trainer wrote it.
      reviewsReceived: received.map((r) => ({
        by: r.kind,
        scores: r.scores ?? {},
        comment: r.comment ?? '',
        points: r.points ?? 0,
        maxPoints,
        submittedAt: r.submittedAt!.toISOString(),
      })),
      overridden,
    };
  }

  /** Every assignment's state in the learner's version, by lesson id (for the course player). */
  async states(enrolmentId: string, userId: string, doc: CourseDocument): Promise<Map<string, AssignmentState>> {
    const submissions = await this.dataSource.getRepository(AssignmentSubmissionEntity).findBy({ enrolmentId });
    const states = new Map<string, AssignmentState>();
    for (const { lesson } of lessonsInOrder(doc)) {
      if (lesson.kind !== 'assignment') continue;
      const submission = submissions.find((s) => s.lessonId === lesson.id) ?? null;
      const state = await this.stateOf(this.dataSource.manager, submission, userId);
      states.set(lesson.id, { ...state, complete: isComplete(state, submission?.overriddenAt != null) });
    }
    return states;
  }
}
