import { DomainError, notFound } from '@academy/api/core';

export const mentorNotFound = () => notFound('Mentor');
export const relationshipNotFound = () => notFound('Relationship');
export const noMenteeProfile = () =>
  new DomainError(409, 'no_mentee_profile', 'Tell us what you are looking for first (your mentee profile)');
export const mentorFull = () => new DomainError(409, 'mentor_full', 'This mentor has no free place right now');
export const mentorUnavailable = (reason: string) =>
  new DomainError(409, 'mentor_unavailable', `This mentor cannot take your request: ${reason}`);
export const tooManyOpenRequests = () =>
  new DomainError(409, 'too_many_open_requests', 'You already have two open requests: wait for an answer or withdraw one');
export const requestNotPending = () => new DomainError(409, 'not_pending', 'This request has already been answered');
export const notThePair = () => notFound('Relationship');
export const alreadyPaired = () => new DomainError(409, 'already_paired', 'You already mentor this person');
