import { isUniqueViolation, notFound, type AuthUser } from '@academy/api/core';
import type { MentorshipRequestView } from '@academy/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { MentorshipRequestEntity } from '../entities/mentorship-request.entity';
import { MentoringEmails } from '../mentoring-emails';
import { mentorUnavailable, noMenteeProfile, requestNotPending, tooManyOpenRequests } from '../mentoring.errors';
import { ProfilesService } from '../profiles/profiles.service';
import { startRelationship } from '../relationships/start-relationship';
import { SuggestionsService } from './suggestions.service';

export const MAX_OPEN_REQUESTS = 2;

/**
 * A mentee asks a mentor; the mentor accepts or declines with a message. Accepting starts a
 * relationship under a lock on the mentor's profile, so two acceptances racing for the last
 * place cannot both win: the mentor's capacity is never exceeded.
 */
@Injectable()
export class RequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiles: ProfilesService,
    private readonly suggestions: SuggestionsService,
    private readonly emails: MentoringEmails,
  ) {}

  async create(user: AuthUser, mentorId: string, message: string): Promise<MentorshipRequestView> {
    const id = await this.dataSource.transaction(async (manager) => {
      // One request at a time per mentee: the open-request limit holds under double clicks.
      const [locked] = (await manager.query(`SELECT user_id FROM mentee_profiles WHERE user_id = $1 FOR UPDATE`, [user.id])) as unknown[];
      if (!locked) throw noMenteeProfile();
      const mentor = await this.profiles.mentorById(mentorId, manager);
      const evaluation = await this.suggestions.evaluate(user, mentor, manager);
      if (!evaluation.feasible) throw mentorUnavailable(evaluation.reasons.join(', '));
      const open = await manager.getRepository(MentorshipRequestEntity).countBy({ menteeId: user.id, status: 'pending' });
      if (open >= MAX_OPEN_REQUESTS) throw tooManyOpenRequests();
      try {
        const request = await manager.getRepository(MentorshipRequestEntity).save({ menteeId: user.id, mentorId, message });
        await this.emails.requested(manager, request.id);
        return request.id;
      } catch (error) {
        if (isUniqueViolation(error)) throw mentorUnavailable('you already asked this mentor');
        throw error;
      }
    });
    return this.view(id);
  }

  async accept(user: AuthUser, requestId: string, message: string): Promise<MentorshipRequestView> {
    await this.dataSource.transaction(async (manager) => {
      const request = await this.forMentor(manager, user, requestId);
      const relationship = await startRelationship(manager, { mentorId: request.mentorId, mentorUserId: user.id, menteeId: request.menteeId });
      await this.answer(manager, request.id, 'accepted', message);
      await this.emails.answered(manager, request.id, relationship.id);
    });
    return this.view(requestId);
  }

  async decline(user: AuthUser, requestId: string, message: string): Promise<MentorshipRequestView> {
    await this.dataSource.transaction(async (manager) => {
      const request = await this.forMentor(manager, user, requestId);
      await this.answer(manager, request.id, 'declined', message);
      await this.emails.answered(manager, request.id, null);
    });
    return this.view(requestId);
  }

  async withdraw(user: AuthUser, requestId: string): Promise<MentorshipRequestView> {
    const result = await this.dataSource
      .getRepository(MentorshipRequestEntity)
      .update({ id: requestId, menteeId: user.id, status: 'pending' }, { status: 'withdrawn', respondedAt: new Date() });
    if (!result.affected) {
      await this.mine(user, requestId);
      throw requestNotPending();
    }
    return this.view(requestId);
  }

  /** The request, locked, if this person is its mentor and it still waits for an answer. */
  private async forMentor(manager: EntityManager, user: AuthUser, requestId: string): Promise<MentorshipRequestEntity> {
    const request = await manager
      .getRepository(MentorshipRequestEntity)
      .createQueryBuilder('r')
      .innerJoin('mentor_profiles', 'm', 'm.id = r.mentor_id')
      .where('r.id = :requestId AND m.user_id = :userId', { requestId, userId: user.id })
      .setLock('pessimistic_write', undefined, ['r'])
      .getOne();
    if (!request) throw notFound('Request');
    if (request.status !== 'pending') throw requestNotPending();
    return request;
  }

  private async answer(manager: EntityManager, id: string, status: 'accepted' | 'declined', message: string): Promise<void> {
    await manager.getRepository(MentorshipRequestEntity).update({ id }, { status, responseMessage: message, respondedAt: new Date() });
  }

  /** Requests the person sent or received (only theirs: another's id is "not found"). */
  async list(user: AuthUser): Promise<MentorshipRequestView[]> {
    return this.views(`r.mentee_id = $1 OR m.user_id = $1`, [user.id]);
  }

  private async mine(user: AuthUser, requestId: string): Promise<MentorshipRequestView> {
    const [view] = await this.views(`r.id = $2 AND (r.mentee_id = $1 OR m.user_id = $1)`, [user.id, requestId]);
    if (!view) throw notFound('Request');
    return view;
  }

  private async view(id: string): Promise<MentorshipRequestView> {
    const [view] = await this.views(`r.id = $1`, [id]);
    return view as MentorshipRequestView;
  }

  private async views(where: string, params: unknown[]): Promise<MentorshipRequestView[]> {
    const rows = (await this.dataSource.query(
      `SELECT r.id, r.message, r.status, r.response_message AS "responseMessage", r.created_at AS "createdAt", r.responded_at AS "respondedAt",
              r.mentee_id AS "menteeId", mu.display_name AS "menteeName", m.id AS "mentorId", m.user_id AS "mentorUserId", tu.display_name AS "mentorName",
              (SELECT rel.id FROM mentoring_relationships rel WHERE rel.mentor_id = m.id AND rel.mentee_id = r.mentee_id AND r.status = 'accepted'
               ORDER BY rel.started_at DESC LIMIT 1) AS "relationshipId"
       FROM mentorship_requests r JOIN mentor_profiles m ON m.id = r.mentor_id
         JOIN users mu ON mu.id = r.mentee_id JOIN users tu ON tu.id = m.user_id
       WHERE ${where} ORDER BY r.created_at DESC`,
      params,
    )) as (Record<string, string> & { createdAt: Date; respondedAt: Date | null })[];
    return rows.map((r) => ({
      id: r['id'] as string,
      mentee: { userId: r['menteeId'] as string, displayName: r['menteeName'] as string },
      mentor: { id: r['mentorId'] as string, userId: r['mentorUserId'] as string, displayName: r['mentorName'] as string },
      message: r['message'] as string,
      status: r['status'] as MentorshipRequestView['status'],
      responseMessage: r['responseMessage'] ?? null,
      createdAt: r.createdAt.toISOString(),
      respondedAt: r.respondedAt?.toISOString() ?? null,
      relationshipId: r['relationshipId'] ?? null,
    }));
  }
}
