import { PublishedCourses, toPublicCourse, type PublicCourse } from '@academy/api/catalog';
import type { LessonProgress, MarkDoneResult, PlayerProgress } from '@academy/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AssignmentService } from '../assignments/assignment.service';
import { EnrolmentService } from '../enrolment/enrolment.service';
import { LessonProgressEntity } from '../entities/lesson-progress.entity';
import { lockEnrolment } from '../learning-access';
import { lessonNotFound, notMarkable } from '../learning.errors';
import { QuizService } from '../quiz/quiz.service';
import { Completion } from './completion';
import { findLesson, lessonsInOrder } from './course-outline';

/** The course player's reads and the "done" and "where I am" writes. */
@Injectable()
export class ProgressService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly enrolments: EnrolmentService,
    private readonly courses: PublishedCourses,
    private readonly completion: Completion,
    private readonly quizzes: QuizService,
    private readonly assignments: AssignmentService,
  ) {}

  /** The learner's version of the course, learner-safe (no quiz answers). */
  async course(userId: string, enrolmentId: string): Promise<PublicCourse> {
    const enrolment = await this.enrolments.get(userId, enrolmentId);
    return toPublicCourse((await this.courses.version(enrolment.versionId)).content);
  }

  async player(userId: string, enrolmentId: string): Promise<PlayerProgress> {
    const row = await this.enrolments.get(userId, enrolmentId);
    const [[summary], version, done, quizStates] = await Promise.all([
      this.enrolments.summarize([row]),
      this.courses.version(row.versionId),
      this.dataSource.getRepository(LessonProgressEntity).findBy({ enrolmentId }),
      this.quizzes.states(row.id, row.versionId),
    ]);
    const doneIds = new Set(done.map((d) => d.lessonId));
    const assignmentStates = await this.assignments.states(row.id, userId, version.content);
    const lessons: Record<string, LessonProgress> = {};
    for (const { lesson } of lessonsInOrder(version.content)) {
      const quiz = quizStates.get(lesson.id);
      const assignment = assignmentStates.get(lesson.id);
      const started = lesson.id === row.lastLessonId || assignment?.submitted;
      lessons[lesson.id] = {
        status: doneIds.has(lesson.id) ? 'done' : quiz && quiz.attempts > 0 ? 'failed' : started ? 'in_progress' : 'not_started',
        ...(quiz ? { quiz } : {}),
        ...(assignment ? { assignment } : {}),
      };
    }
    return { enrolment: summary, lessons };
  }

  async visit(userId: string, enrolmentId: string, lessonId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const enrolment = await lockEnrolment(manager, enrolmentId, userId);
      const version = await this.courses.version(enrolment.versionId, manager);
      if (!findLesson(version.content, lessonId)) throw lessonNotFound();
      await manager.query(`UPDATE enrolments SET last_lesson_id = $2 WHERE id = $1`, [enrolment.id, lessonId]);
    });
  }

  /** Marks an article, video or resource done (quizzes are passed, assignments reviewed). */
  async markDone(userId: string, enrolmentId: string, lessonId: string): Promise<MarkDoneResult> {
    return this.dataSource.transaction(async (manager) => {
      const enrolment = await lockEnrolment(manager, enrolmentId, userId, lessonId);
      const lesson = findLesson((await this.courses.version(enrolment.versionId, manager)).content, lessonId);
      if (!lesson) throw lessonNotFound();
      if (lesson.kind === 'quiz' || lesson.kind === 'assignment') throw notMarkable(lesson.kind);
      const result = await this.completion.lessonDone(manager, enrolment, lessonId);
      return { lessonId, ...result };
    });
  }
}
