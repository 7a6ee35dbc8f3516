import { canAdministerTerritory, containsPattern, forbidden, invalidField, type AuthUser } from '@academy/api/core';
import type { MenteeProfileView, MentorProfileView } from '@academy/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { MenteeProfileEntity } from '../entities/mentee-profile.entity';
import { MentorProfileEntity } from '../entities/mentor-profile.entity';
import { mentorNotFound } from '../mentoring.errors';
import { menteeView, mentorView } from './profile-mapping';

export type MentorProfileInput = Pick<
  MentorProfileEntity,
  'bio' | 'organisation' | 'legalForm' | 'sectors' | 'competences' | 'languages' | 'formats' | 'capacity' | 'availability' | 'experienceYears'
>;
export type MenteeProfileInput = Omit<MenteeProfileView, 'userId' | 'preferredMentor'>;

export interface MentorRow {
  profile: MentorProfileEntity;
  displayName: string;
  activeMentees: number;
}

/**
 * Mentor and mentee profiles. Anyone may offer to mentor; a trainer, an admin or the partner
 * admin of the mentor's territory approves the offer before it is suggested to anyone.
 */
@Injectable()
export class ProfilesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Mentors with their name and how many mentees they have now. */
  async mentors(where: string, params: unknown[], manager: EntityManager = this.dataSource.manager, limit?: number): Promise<MentorRow[]> {
    const rows = (await manager
      .getRepository(MentorProfileEntity)
      .createQueryBuilder('m')
      .innerJoin('users', 'u', 'u.id = m.user_id')
      .addSelect('u.display_name', 'display_name')
      .addSelect(
        `(SELECT count(*) FROM mentoring_relationships r WHERE r.mentor_id = m.id AND r.status = 'active')::int`,
        'active_mentees',
      )
      .where(where, Object.fromEntries(params.map((p, i) => [`p${i}`, p])))
      .orderBy('u.display_name')
      .limit(limit)
      .getRawAndEntities()) as { raw: { display_name: string; active_mentees: number }[]; entities: MentorProfileEntity[] };
    return rows.entities.map((profile, i) => ({
      profile,
      displayName: rows.raw[i]?.display_name ?? '',
      activeMentees: rows.raw[i]?.active_mentees ?? 0,
    }));
  }

  async mentorById(id: string, manager?: EntityManager): Promise<MentorRow> {
    const [row] = await this.mentors('m.id = :p0', [id], manager);
    if (!row) throw mentorNotFound();
    return row;
  }

  async myMentorProfile(user: AuthUser): Promise<MentorProfileView | null> {
    const [row] = await this.mentors('m.user_id = :p0', [user.id]);
    return row ? mentorView(row.profile, row.displayName, row.activeMentees) : null;
  }

  /** Creates or edits one's mentor offer; a new offer waits for approval, an edit keeps the decision. */
  async saveMentorProfile(user: AuthUser, input: MentorProfileInput): Promise<MentorProfileView> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(MentorProfileEntity)
      .values({ ...input, userId: user.id, territoryId: user.homeTerritoryId })
      .orUpdate(
        ['bio', 'organisation', 'legal_form', 'sectors', 'competences', 'languages', 'formats', 'capacity', 'availability', 'experience_years'],
        ['user_id'],
      )
      .execute();
    return (await this.myMentorProfile(user)) as MentorProfileView;
  }

  async setPaused(user: AuthUser, paused: boolean): Promise<MentorProfileView> {
    const result = await this.dataSource.getRepository(MentorProfileEntity).update({ userId: user.id }, { paused });
    if (!result.affected) throw mentorNotFound();
    return (await this.myMentorProfile(user)) as MentorProfileView;
  }

  /** Offers waiting for this reviewer: trainers and admins see all, partner admins their territory's. */
  async pending(user: AuthUser): Promise<MentorProfileView[]> {
    const rows = await this.mentors(`m.status = 'pending'`, []);
    return rows.filter((r) => this.mayReview(user, r.profile)).map((r) => mentorView(r.profile, r.displayName, r.activeMentees));
  }

  private mayReview(user: AuthUser, profile: MentorProfileEntity): boolean {
    if (profile.userId === user.id) return false;
    if (user.roles.some((r) => r.role === 'trainer' || r.role === 'admin')) return true;
    return profile.territoryId !== null && canAdministerTerritory(user, profile.territoryId);
  }

  async review(user: AuthUser, mentorId: string, approve: boolean): Promise<MentorProfileView> {
    const row = await this.mentorById(mentorId);
    if (!this.mayReview(user, row.profile)) throw forbidden('You cannot review this mentor');
    await this.dataSource
      .getRepository(MentorProfileEntity)
      .update({ id: mentorId }, { status: approve ? 'approved' : 'rejected', reviewedById: user.id });
    const updated = await this.mentorById(mentorId);
    return mentorView(updated.profile, updated.displayName, updated.activeMentees);
  }

  /**
   * Approved mentors whose name or organisation contains `q` (at most 20, by name): how a
   * mentee finds someone they already know to name as their preferred mentor.
   */
  async findMentors(user: AuthUser, q: string): Promise<MentorProfileView[]> {
    const rows = await this.mentors(
      `m.status = 'approved' AND m.user_id <> :p0 AND (u.display_name ILIKE :p1 OR m.organisation ILIKE :p1)`,
      [user.id, containsPattern(q.trim())],
      undefined,
      20,
    );
    return rows.map((r) => mentorView(r.profile, r.displayName, r.activeMentees));
  }

  async myMenteeProfile(userId: string): Promise<MenteeProfileView | null> {
    const row = await this.dataSource.getRepository(MenteeProfileEntity).findOneBy({ userId });
    if (!row) return null;
    const [preferred] = row.preferredMentorId ? await this.mentors(`m.id = :p0 AND m.status = 'approved'`, [row.preferredMentorId]) : [];
    return menteeView(row, preferred ? { id: preferred.profile.id, displayName: preferred.displayName } : null);
  }

  /** The preferred mentor, if any, must be someone else's approved offer. */
  async saveMenteeProfile(user: AuthUser, input: MenteeProfileInput): Promise<MenteeProfileView> {
    if (input.preferredMentorId) {
      const [mentor] = await this.mentors(`m.id = :p0 AND m.status = 'approved' AND m.user_id <> :p1`, [input.preferredMentorId, user.id]);
      if (!mentor) throw invalidField('preferredMentorId', 'must be the id of another person’s approved mentor profile');
    }
    await this.dataSource.getRepository(MenteeProfileEntity).upsert({ ...input, userId: user.id }, ['userId']);
    return (await this.myMenteeProfile(user.id)) as MenteeProfileView;
  }
}
