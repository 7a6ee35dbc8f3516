import { UsersService, type Contact } from '@academy/api/identity';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export type { Contact };

/** Who the workflow talks to, asked of identity's public service within the caller's transaction. */
@Injectable()
export class PeopleDirectory {
  constructor(private readonly users: UsersService) {}

  contacts(manager: EntityManager, ids: string[]): Promise<Contact[]> {
    return this.users.contacts(ids, manager);
  }

  /** Admins, and trainers of the course's territory (every trainer for a network-wide course). */
  reviewers(
    manager: EntityManager,
    territoryId: string | null,
    excludeIds: string[],
  ): Promise<Contact[]> {
    return this.users.reviewers(territoryId, excludeIds, manager);
  }

  /** Whether a person may author courses (trainers, partner admins and admins). */
  canAuthor(manager: EntityManager, userId: string): Promise<boolean> {
    return this.users.hasAnyRole(userId, ['trainer', 'partner_admin', 'admin'], manager);
  }

  /** Possible co-authors matching a name, without the course's current authors. */
  authorCandidates(q: string, exclude: string[]): Promise<{ id: string; displayName: string }[]> {
    return this.users.searchAuthors(q, exclude);
  }
}
