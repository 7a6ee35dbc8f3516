import { PublishedCourses } from '@academy/api/catalog';
import { adminTerritories, forbidden, isAdmin, type AuthUser } from '@academy/api/core';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Whose learning a person may follow in a course: everyone's, or that of some territories' learners. */
export type TeachingScope = { all: true } | { all: false; territories: string[] };

/**
 * Admins and the course's authors follow every learner of a course; partner admins follow the
 * learners whose home is their territory, in any course. Anyone else is refused.
 */
@Injectable()
export class TeachingAccess {
  constructor(private readonly courses: PublishedCourses) {}

  async scope(user: AuthUser, courseId: string, manager?: EntityManager): Promise<TeachingScope> {
    if (isAdmin(user) || (await this.courses.isAuthor(courseId, user.id, manager))) return { all: true };
    const territories = adminTerritories(user);
    if (territories.length) return { all: false, territories };
    throw forbidden();
  }

  /** Throws unless the person may act on this learner's work in this course. */
  async assertCovers(user: AuthUser, courseId: string, learnerHomeTerritoryId: string, manager?: EntityManager): Promise<void> {
    const scope = await this.scope(user, courseId, manager);
    if (!scope.all && !scope.territories.includes(learnerHomeTerritoryId)) throw forbidden();
  }
}
