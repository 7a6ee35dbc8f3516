import type { SubmissionFile } from '@academy/shared/contracts';
import type { EntityManager } from 'typeorm';
import { AssignmentFileEntity } from '../entities/assignment-file.entity';

/** Where an attached file is read from: the learner's own path, or the submission's (peers, trainers). */
export type FileRoute = { enrolmentId: string; lessonId: string } | { submissionId: string };

const urlOf = (route: FileRoute) =>
  'submissionId' in route
    ? `/api/learning/submissions/${route.submissionId}/file`
    : `/api/learning/enrolments/${route.enrolmentId}/assignments/${route.lessonId}/file`;

/** The file attached to one learner's assignment, as its readers see it (undefined, so absent from the JSON, when none). */
export async function attachedFile(
  manager: EntityManager,
  where: { enrolmentId: string; lessonId: string },
  route: FileRoute = where,
): Promise<SubmissionFile | undefined> {
  const file = await manager.getRepository(AssignmentFileEntity).findOneBy({ enrolmentId: where.enrolmentId, lessonId: where.lessonId });
  return file ? { name: file.originalName, mediaType: file.mediaType, size: file.size, url: urlOf(route) } : undefined;
}
