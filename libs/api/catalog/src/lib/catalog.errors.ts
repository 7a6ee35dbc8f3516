import { DomainError, notFound } from '@academy/api/core';
import type { DocumentProblem } from '@academy/shared/contracts';

export const courseNotFound = () => notFound('Course');

/** Every problem of a course document at once, by path, so an author fixes them in one go. */
export const invalidDocument = (problems: DocumentProblem[]) =>
  new DomainError(
    400,
    'invalid_document',
    `The course document has ${problems.length} problem${problems.length === 1 ? '' : 's'}`,
    problems.map((p) => ({ field: p.path, message: p.message })),
  );

export const notEditable = () =>
  new DomainError(
    409,
    'not_editable',
    'Only a draft can be edited: this version is waiting for review or has no draft',
  );
export const noDraft = () => new DomainError(409, 'no_draft', 'There is no draft to submit');
export const notInReview = () =>
  new DomainError(409, 'not_in_review', 'This course has no version waiting for review');
export const openVersionExists = () =>
  new DomainError(
    409,
    'draft_exists',
    'This course already has a draft or a version in review: edit that one',
  );
export const nothingPublished = () =>
  new DomainError(409, 'not_published', 'This course has no published version yet');
export const courseArchived = () => new DomainError(409, 'archived', 'This course is archived');
export const ownCourseReview = () =>
  new DomainError(403, 'own_course', 'You cannot review a course you author');
export const slugTaken = () =>
  new DomainError(
    409,
    'slug_taken',
    'Another course took this address at the same moment: try again',
  );
