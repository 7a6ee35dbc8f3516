import { CurrentUser, invalidField, type AuthUser } from '@academy/api/core';
import { sendFile, uploadedFile, type DownloadableFile } from '@academy/api/files';
import type {} from '@fastify/multipart';
import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AssignmentService } from './assignments/assignment.service';
import { SubmissionFiles } from './assignments/submission-files';
import { EnrolmentService } from './enrolment/enrolment.service';
import { AssignmentSubmissionDto, PeerReviewDto, QuizSubmissionDto } from './learning.dtos';
import { ProgressService } from './progress/progress.service';
import { QuizService } from './quiz/quiz.service';

/** A submission id in the path: anything but a UUID is a 400 naming the field. */
const submissionId = new ParseUUIDPipe({ exceptionFactory: () => invalidField('id', 'must be a submission id (a UUID)') });

/**
 * A learner's file is private work: always a download (never shown in the API's origin, even
 * a picture), never kept by shared caches.
 */
const sendPrivateFile = (reply: FastifyReply, file: DownloadableFile) =>
  sendFile(reply, file, { disposition: 'attachment', cacheControl: 'private, no-store' });

/**
 * A learner's own learning. Every route acts for the signed-in person only: an enrolment id of
 * someone else is "not found" (checked in the services, with the user id in each query).
 */
@ApiTags('learning')
@ApiBearerAuth()
@Controller('learning')
export class LearningController {
  constructor(
    private readonly enrolments: EnrolmentService,
    private readonly progress: ProgressService,
    private readonly quizzes: QuizService,
    private readonly assignments: AssignmentService,
    private readonly submissionFiles: SubmissionFiles,
  ) {}

  @Post('courses/:courseId/enrolment')
  @HttpCode(200)
  enrol(@CurrentUser() user: AuthUser, @Param('courseId', ParseUUIDPipe) courseId: string) {
    return this.enrolments.enrol(user.id, courseId);
  }

  @Get('courses/:courseId/enrolment')
  enrolment(@CurrentUser() user: AuthUser, @Param('courseId', ParseUUIDPipe) courseId: string) {
    return this.enrolments.forCourse(user.id, courseId);
  }

  @Delete('courses/:courseId/enrolment')
  @HttpCode(204)
  async withdraw(@CurrentUser() user: AuthUser, @Param('courseId', ParseUUIDPipe) courseId: string) {
    await this.enrolments.withdraw(user.id, courseId);
  }

  @Get('enrolments')
  mine(@CurrentUser() user: AuthUser) {
    return this.enrolments.mine(user.id);
  }

  @Get('enrolments/:id')
  player(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.progress.player(user.id, id);
  }

  @Get('enrolments/:id/course')
  course(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.progress.course(user.id, id);
  }

  @Post('enrolments/:id/move-to-latest')
  @HttpCode(200)
  moveToLatest(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.enrolments.moveToLatest(user.id, id);
  }

  @Post('enrolments/:id/lessons/:lessonId/visit')
  @HttpCode(204)
  async visit(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('lessonId', ParseUUIDPipe) lessonId: string,
  ) {
    await this.progress.visit(user.id, id, lessonId);
  }

  @Post('enrolments/:id/lessons/:lessonId/done')
  @HttpCode(200)
  done(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('lessonId', ParseUUIDPipe) lessonId: string,
  ) {
    return this.progress.markDone(user.id, id, lessonId);
  }

  @Post('enrolments/:id/quizzes/:lessonId/attempts')
  @HttpCode(200)
  submitQuiz(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('lessonId', ParseUUIDPipe) lessonId: string,
    @Body() dto: QuizSubmissionDto,
  ) {
    return this.quizzes.submit(user.id, id, lessonId, dto);
  }

  @Get('enrolments/:id/quizzes/:lessonId/attempts')
  quizAttempts(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('lessonId', ParseUUIDPipe) lessonId: string,
  ) {
    return this.quizzes.attempts(user.id, id, lessonId);
  }

  @Get('enrolments/:id/assignments/:lessonId')
  assignment(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('lessonId', ParseUUIDPipe) lessonId: string,
  ) {
    return this.assignments.view(user.id, id, lessonId);
  }

  @Put('enrolments/:id/assignments/:lessonId/submission')
  submitAssignment(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('lessonId', ParseUUIDPipe) lessonId: string,
    @Body() dto: AssignmentSubmissionDto,
  ) {
    return this.assignments.submit(user.id, id, lessonId, dto.text);
  }

  /** Attaches (or replaces) the assignment's file, multipart field "file", until the work is submitted. */
  @Put('enrolments/:id/assignments/:lessonId/file')
  async attachFile(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('lessonId', ParseUUIDPipe) lessonId: string,
    @Req() request: FastifyRequest,
  ) {
    const part = await uploadedFile(request);
    await this.submissionFiles.attach(user.id, id, lessonId, part.filename, part.file);
    return this.assignments.view(user.id, id, lessonId);
  }

  @Delete('enrolments/:id/assignments/:lessonId/file')
  async removeFile(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('lessonId', ParseUUIDPipe) lessonId: string,
  ) {
    await this.submissionFiles.remove(user.id, id, lessonId);
    return this.assignments.view(user.id, id, lessonId);
  }

  @Get('enrolments/:id/assignments/:lessonId/file')
  async ownFile(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('lessonId', ParseUUIDPipe) lessonId: string,
    @Res() reply: FastifyReply,
  ) {
    return sendPrivateFile(reply, await this.submissionFiles.own(user.id, id, lessonId));
  }

  @Post('peer-reviews/:reviewId')
  @HttpCode(200)
  review(@CurrentUser() user: AuthUser, @Param('reviewId', ParseUUIDPipe) reviewId: string, @Body() dto: PeerReviewDto) {
    return this.assignments.review(user.id, reviewId, dto);
  }

  /**
   * A learner's submission with its rubric and the reviews sent so far, for whoever may review
   * it as a trainer; "not found" for everyone else.
   */
  @Get('submissions/:id')
  submission(@CurrentUser() user: AuthUser, @Param('id', submissionId) id: string) {
    return this.assignments.forTrainerView(user, id);
  }

  /** A trainer's review of a learner's submission (authors of the course, admins, partner admins for their learners). */
  @Post('submissions/:id/trainer-review')
  @HttpCode(200)
  trainerReview(@CurrentUser() user: AuthUser, @Param('id', submissionId) id: string, @Body() dto: PeerReviewDto) {
    return this.assignments.trainerReview(user, id, dto);
  }

  /** A submission's file, for its author, the peers handed its review and the trainers covering it; "not found" for everyone else. */
  @Get('submissions/:id/file')
  async submissionFile(@CurrentUser() user: AuthUser, @Param('id', submissionId) id: string, @Res() reply: FastifyReply) {
    return sendPrivateFile(reply, await this.submissionFiles.ofSubmission(user, id));
  }

  @Post('submissions/:id/override')
  @HttpCode(200)
  override(@CurrentUser() user: AuthUser, @Param('id', submissionId) id: string) {
    return this.assignments.override(user, id);
  }
}
