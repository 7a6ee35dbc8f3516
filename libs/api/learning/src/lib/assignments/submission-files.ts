import { PublishedCourses } from '@academy/api/catalog';
import { DomainError, notFound, type AuthUser } from '@academy/api/core';
import { StoredUploads, type DownloadableFile } from '@academy/api/files';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Readable } from 'node:stream';
import { DataSource, type EntityManager } from 'typeorm';
import { EnrolmentService } from '../enrolment/enrolment.service';
import { AssignmentFileEntity } from '../entities/assignment-file.entity';
import { AssignmentSubmissionEntity } from '../entities/assignment-submission.entity';
import { lockEnrolment } from '../learning-access';
import { AssignmentService, assignmentLesson } from './assignment.service';

const fileNotFound = () => notFound('File');
const fileFrozen = () =>
  new DomainError(409, 'already_submitted', 'The work is submitted: its file can no longer change', [
    { field: 'file', message: 'cannot change once the work is submitted' },
  ]);

/**
 * A learner's file with their assignment. It can be attached, replaced or removed until the
 * work is submitted (like the text, the submission never changes after that: peers review what
 * they were handed). Every change runs under the enrolment's lock, the same one submitting
 * takes, so a file never slips in after the submission; bytes are stored before the row and
 * discarded if the row is not written, so nobody ever sees a record without its bytes.
 */
@Injectable()
export class SubmissionFiles {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uploads: StoredUploads,
    private readonly courses: PublishedCourses,
    private readonly enrolments: EnrolmentService,
    private readonly assignments: AssignmentService,
  ) {}

  /** Attaches the file, replacing any earlier one. */
  async attach(userId: string, enrolmentId: string, lessonId: string, name: string, content: Readable): Promise<void> {
    // The bytes are read first (a request body has to be read anyway), then checked against
    // the enrolment: whatever is refused discards them.
    const received = await this.uploads.receive(name, content);
    let replaced: string | undefined;
    try {
      replaced = await this.change(userId, enrolmentId, lessonId, async (manager, previous) => {
        if (previous) await manager.getRepository(AssignmentFileEntity).delete({ id: previous.id });
        await manager.getRepository(AssignmentFileEntity).insert({ enrolmentId, lessonId, ...received });
      });
    } catch (error) {
      await this.uploads.discard(received.storageKey);
      throw error;
    }
    if (replaced) await this.uploads.discard(replaced);
  }

  /** Removes the attached file; removing when there is none changes nothing (a second click is harmless). */
  async remove(userId: string, enrolmentId: string, lessonId: string): Promise<void> {
    const removed = await this.change(userId, enrolmentId, lessonId, async (manager, previous) => {
      if (previous) await manager.getRepository(AssignmentFileEntity).delete({ id: previous.id });
    });
    if (removed) await this.uploads.discard(removed);
  }

  /** Runs a change of the file while the work is not submitted; answers the storage key it let go of. */
  private async change(
    userId: string,
    enrolmentId: string,
    lessonId: string,
    apply: (manager: EntityManager, previous: AssignmentFileEntity | null) => Promise<void>,
  ): Promise<string | undefined> {
    return this.dataSource.transaction(async (manager) => {
      const enrolment = await lockEnrolment(manager, enrolmentId, userId, lessonId);
      assignmentLesson((await this.courses.version(enrolment.versionId, manager)).content, lessonId);
      if (await manager.getRepository(AssignmentSubmissionEntity).existsBy({ enrolmentId, lessonId })) throw fileFrozen();
      const previous = await manager.getRepository(AssignmentFileEntity).findOneBy({ enrolmentId, lessonId });
      await apply(manager, previous);
      return previous?.storageKey;
    });
  }

  /** The learner's own file (before or after submitting). */
  async own(userId: string, enrolmentId: string, lessonId: string): Promise<DownloadableFile> {
    const enrolment = await this.enrolments.get(userId, enrolmentId);
    return this.open({ enrolmentId: enrolment.id, lessonId });
  }

  /** A submission's file for whoever may read the submission; "not found" for everyone else. */
  async ofSubmission(user: AuthUser, submissionId: string): Promise<DownloadableFile> {
    const submission = await this.assignments.readableSubmission(user, submissionId);
    return this.open(submission);
  }

  private async open(where: { enrolmentId: string; lessonId: string }): Promise<DownloadableFile> {
    const file = await this.dataSource.getRepository(AssignmentFileEntity).findOneBy({
      enrolmentId: where.enrolmentId,
      lessonId: where.lessonId,
    });
    if (!file) throw fileNotFound();
    // Replaced between the lookup and the read: the file that was asked for is gone.
    const stream = await this.uploads.open(file.storageKey).catch((error: { code?: string }) => {
      throw error.code === 'ENOENT' ? fileNotFound() : error;
    });
    return { name: file.originalName, mediaType: file.mediaType, size: file.size, stream };
  }
}
