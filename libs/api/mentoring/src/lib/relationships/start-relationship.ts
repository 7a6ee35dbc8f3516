import { isUniqueViolation } from '@academy/api/core';
import type { EntityManager } from 'typeorm';
import { MenteeProfileEntity } from '../entities/mentee-profile.entity';
import { RelationshipEntity } from '../entities/relationship.entity';
import { alreadyPaired, mentorFull } from '../mentoring.errors';

/**
 * Starts a mentoring relationship, in the caller's transaction, under a lock on the mentor's
 * profile: two starts racing for a mentor's last place run one after the other, and the second
 * finds the mentor full. The mentee's goals become the pair's first shared goals.
 */
export async function startRelationship(
  manager: EntityManager,
  pair: { mentorId: string; mentorUserId: string; menteeId: string; programmeId?: string | null },
): Promise<RelationshipEntity> {
  const [profile] = (await manager.query(`SELECT capacity FROM mentor_profiles WHERE id = $1 FOR UPDATE`, [pair.mentorId])) as { capacity: number }[];
  const [{ active }] = (await manager.query(
    `SELECT count(*)::int AS active FROM mentoring_relationships WHERE mentor_id = $1 AND status = 'active'`,
    [pair.mentorId],
  )) as { active: number }[];
  if (!profile || active >= profile.capacity) throw mentorFull();
  const goals = (await manager.getRepository(MenteeProfileEntity).findOneBy({ userId: pair.menteeId }))?.goals ?? '';
  return manager
    .getRepository(RelationshipEntity)
    .save({ ...pair, programmeId: pair.programmeId ?? null, goals })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? alreadyPaired() : error;
    });
}
