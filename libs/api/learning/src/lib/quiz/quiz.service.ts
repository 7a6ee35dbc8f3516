import { PublishedCourses } from '@academy/api/catalog';
import { DomainError } from '@academy/api/core';
import type { QuizLesson, QuizResult, QuizState, QuizSubmission } from '@academy/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { EnrolmentService } from '../enrolment/enrolment.service';
import { QuizAttemptEntity } from '../entities/quiz-attempt.entity';
import { lockEnrolment } from '../learning-access';
import { attemptLimitReached, lessonNotFound, notAQuiz } from '../learning.errors';
import { Completion } from '../progress/completion';
import { findLesson, lessonsInOrder } from '../progress/course-outline';
import { answerProblems, gradeQuiz } from './grading';

type AttemptRow = Pick<QuizAttemptEntity, 'attemptId' | 'attemptNumber' | 'score' | 'passed' | 'results'>;

function quizState(quiz: QuizLesson, attempts: Pick<QuizAttemptEntity, 'score' | 'passed'>[]): QuizState {
  return {
    attempts: attempts.length,
    attemptsLeft: quiz.attemptLimit === undefined ? null : Math.max(0, quiz.attemptLimit - attempts.length),
    bestScore: attempts.length ? Math.max(...attempts.map((a) => a.score)) : null,
    passed: attempts.some((a) => a.passed),
  };
}

const toResult = (row: AttemptRow, quiz: QuizState, courseCompleted = false): QuizResult => ({
  attemptId: row.attemptId,
  attemptNumber: row.attemptNumber,
  score: row.score,
  passed: row.passed,
  questions: row.results,
  quiz,
  courseCompleted,
});

/** Quizzes graded on the server; correct answers leave it only inside a graded attempt. */
@Injectable()
export class QuizService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly enrolments: EnrolmentService,
    private readonly courses: PublishedCourses,
    private readonly completion: Completion,
  ) {}

  private async quizOf(versionId: string, lessonId: string, manager?: EntityManager): Promise<QuizLesson> {
    const lesson = findLesson((await this.courses.version(versionId, manager)).content, lessonId);
    if (!lesson) throw lessonNotFound();
    if (lesson.kind !== 'quiz') throw notAQuiz();
    return lesson;
  }

  /**
   * Grades and records one attempt. The same attempt id sent again (a retry, a double click)
   * returns the first grading and counts once; the enrolment lock makes attempt numbers, and
   * so the attempt limit, exact under concurrency.
   */
  async submit(userId: string, enrolmentId: string, lessonId: string, submission: QuizSubmission): Promise<QuizResult> {
    return this.dataSource.transaction(async (manager) => {
      const enrolment = await lockEnrolment(manager, enrolmentId, userId, lessonId);
      const quiz = await this.quizOf(enrolment.versionId, lessonId, manager);
      const attempts = manager.getRepository(QuizAttemptEntity);
      const previous = await attempts.find({ where: { enrolmentId, lessonId }, order: { attemptNumber: 'ASC' } });
      const same = previous.find((a) => a.attemptId === submission.attemptId);
      if (same) return toResult(same, quizState(quiz, previous));
      const problems = answerProblems(quiz, submission.answers);
      if (problems.length) throw new DomainError(400, 'validation_failed', 'Some answers cannot be graded', problems);
      if (quiz.attemptLimit !== undefined && previous.length >= quiz.attemptLimit) throw attemptLimitReached();

      const grade = gradeQuiz(quiz, submission.answers);
      const row = await attempts.save(
        attempts.create({
          enrolmentId,
          lessonId,
          attemptId: submission.attemptId,
          attemptNumber: previous.length + 1,
          versionId: enrolment.versionId,
          answers: submission.answers,
          results: grade.questions,
          score: grade.score,
          passed: grade.passed,
        }),
      );
      const done = grade.passed ? await this.completion.lessonDone(manager, enrolment, lessonId) : null;
      return toResult(row, quizState(quiz, [...previous, row]), done?.courseCompleted ?? false);
    });
  }

  async attempts(userId: string, enrolmentId: string, lessonId: string): Promise<QuizResult[]> {
    const enrolment = await this.enrolments.get(userId, enrolmentId);
    const quiz = await this.quizOf(enrolment.versionId, lessonId);
    const rows = await this.dataSource
      .getRepository(QuizAttemptEntity)
      .find({ where: { enrolmentId, lessonId }, order: { attemptNumber: 'DESC' } });
    const state = quizState(quiz, rows);
    return rows.map((row) => toResult(row, state));
  }

  /** Every quiz's state in the learner's version, by lesson id. */
  async states(enrolmentId: string, versionId: string): Promise<Map<string, QuizState>> {
    const version = await this.courses.version(versionId);
    const rows = await this.dataSource
      .getRepository(QuizAttemptEntity)
      .find({ where: { enrolmentId }, select: { lessonId: true, score: true, passed: true } });
    const states = new Map<string, QuizState>();
    for (const { lesson } of lessonsInOrder(version.content)) {
      if (lesson.kind === 'quiz') states.set(lesson.id, quizState(lesson, rows.filter((r) => r.lessonId === lesson.id)));
    }
    return states;
  }
}
