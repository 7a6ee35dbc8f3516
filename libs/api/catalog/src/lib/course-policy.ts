import { adminTerritories, forbidden, isAdmin, type AuthUser } from '@academy/api/core';

/** Who may do what with a course. Pure functions: the services pass what they loaded. */

export interface CourseScope {
  territoryId: string | null;
  authorIds: string[];
}

const hasRole = (user: AuthUser, role: string) => user.roles.some((r) => r.role === role);

export const isAuthor = (user: AuthUser, course: CourseScope) => course.authorIds.includes(user.id);

/** Admins anywhere; partner admins in their territories; trainers network-wide or at home. */
export function assertMayCreateIn(user: AuthUser, territoryId: string | null): void {
  if (isAdmin(user)) return;
  if (territoryId && adminTerritories(user).includes(territoryId)) return;
  if (hasRole(user, 'trainer') && (territoryId === null || territoryId === user.homeTerritoryId))
    return;
  throw forbidden(
    territoryId === null
      ? 'Only trainers and admins create network-wide courses'
      : 'You can create courses only for your own territory',
  );
}

/** Trainers review courses of their home territory and network-wide ones; admins all. */
export const mayReviewScope = (user: AuthUser, course: CourseScope) =>
  isAdmin(user) ||
  (hasRole(user, 'trainer') &&
    (course.territoryId === null || course.territoryId === user.homeTerritoryId));

/** Authors, potential reviewers, admins and the partner admins of the course's territory. */
export const mayView = (user: AuthUser, course: CourseScope) =>
  isAuthor(user, course) ||
  mayReviewScope(user, course) ||
  (course.territoryId !== null && adminTerritories(user).includes(course.territoryId));

/** Archiving and adding co-authors: authors and admins. */
export const mayManage = (user: AuthUser, course: CourseScope) =>
  isAuthor(user, course) || isAdmin(user);
