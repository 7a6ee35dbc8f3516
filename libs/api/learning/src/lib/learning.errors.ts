import { DomainError, notFound } from '@academy/api/core';

export const enrolmentNotFound = () => notFound('Enrolment');
export const lessonNotFound = () => notFound('Lesson');
export const courseNotOpen = () =>
  new DomainError(409, 'course_not_open', 'This course is not open for enrolment (not published, or archived)');
export const withdrawn = () =>
  new DomainError(409, 'withdrawn', 'You withdrew from this course: enrol again to continue');
export const notMarkable = (kind: string) =>
  new DomainError(409, 'not_markable', `A ${kind} is completed by ${kind === 'quiz' ? 'passing it' : 'submitting and reviewing'}, not by marking it done`);
export const notAQuiz = () => new DomainError(409, 'not_a_quiz', 'This lesson is not a quiz');
export const attemptLimitReached = () =>
  new DomainError(409, 'attempt_limit_reached', 'You have used every attempt at this quiz');
export const alreadyLatest = () =>
  new DomainError(409, 'already_latest', 'You already follow the newest version of this course');
