import { DomainError, isUniqueViolation, notFound, type AuthUser } from '@academy/api/core';
import type { MeetingFormatCode, MentoringSessionView, PrivateNoteView, RelationshipView } from '@academy/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { MentoringSessionEntity } from '../entities/mentoring-session.entity';
import { PrivateNoteEntity } from '../entities/private-note.entity';
import { RelationshipAnswerEntity } from '../entities/relationship-answer.entity';
import { RelationshipEntity } from '../entities/relationship.entity';
import { SessionFeedbackEntity } from '../entities/session-feedback.entity';
import { MentoringEmails } from '../mentoring-emails';
import { relationshipNotFound } from '../mentoring.errors';

export interface SessionProposal {
  startsAt: Date;
  durationMinutes: number;
  format: MeetingFormatCode;
  where: string;
}

const sessionNotFound = () => notFound('Session');
const notProposed = () => new DomainError(409, 'not_proposed', 'Only a proposed session can be confirmed');
const ownProposal = () => new DomainError(409, 'own_proposal', 'The other person confirms the session you proposed');
const closed = () => new DomainError(409, 'closed', 'This mentoring relationship has ended');
const feedbackTooEarly = () => new DomainError(409, 'not_held_yet', 'Feedback opens once a confirmed session has started');
const goalsChanged = () =>
  new DomainError(409, 'goals_changed', 'The goals were changed meanwhile: start again from the goals as they are now');
const feedbackGiven = () => new DomainError(409, 'feedback_given', 'You already gave feedback on this session');

/**
 * A mentoring pair's shared space: sessions (one proposes, the other confirms; both then get a
 * calendar invitation), private notes and feedback. Everything here is the pair's alone: anyone
 * else, admins included, gets "not found".
 */
@Injectable()
export class RelationshipsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly emails: MentoringEmails,
  ) {}

  private async ofPair(user: AuthUser, relationshipId: string, manager: EntityManager = this.dataSource.manager): Promise<RelationshipEntity> {
    const relationship = await manager
      .getRepository(RelationshipEntity)
      .findOne({ where: [{ id: relationshipId, mentorUserId: user.id }, { id: relationshipId, menteeId: user.id }] });
    if (!relationship) throw relationshipNotFound();
    return relationship;
  }

  private other(relationship: RelationshipEntity, userId: string): string {
    return relationship.mentorUserId === userId ? relationship.menteeId : relationship.mentorUserId;
  }

  async list(user: AuthUser): Promise<RelationshipView[]> {
    const rows = await this.dataSource
      .getRepository(RelationshipEntity)
      .find({ where: [{ mentorUserId: user.id }, { menteeId: user.id }], order: { startedAt: 'DESC' } });
    return Promise.all(rows.map((r) => this.view(user, r)));
  }

  async get(user: AuthUser, relationshipId: string): Promise<RelationshipView> {
    return this.view(user, await this.ofPair(user, relationshipId));
  }

  async propose(user: AuthUser, relationshipId: string, proposal: SessionProposal): Promise<RelationshipView> {
    const relationship = await this.dataSource.transaction(async (manager) => {
      const pair = await this.ofPair(user, relationshipId, manager);
      if (pair.status !== 'active') throw closed();
      const session = await manager.getRepository(MentoringSessionEntity).save({ ...proposal, relationshipId, proposedById: user.id });
      await this.emails.sessionProposed(manager, session.id, user.id, this.other(pair, user.id), pair.id, proposal.startsAt);
      return pair;
    });
    return this.view(user, relationship);
  }

  /** The other person confirms: the session is on, and both get a calendar invitation. */
  async confirm(user: AuthUser, sessionId: string): Promise<RelationshipView> {
    const relationship = await this.dataSource.transaction(async (manager) => {
      const session = await manager.getRepository(MentoringSessionEntity).findOne({ where: { id: sessionId }, lock: { mode: 'pessimistic_write' } });
      if (!session) throw sessionNotFound();
      const pair = await this.ofPair(user, session.relationshipId, manager).catch(() => {
        throw sessionNotFound();
      });
      if (pair.status !== 'active') throw closed();
      if (session.status !== 'proposed') throw notProposed();
      if (session.proposedById === user.id) throw ownProposal();
      const revision = session.revision + 1;
      await manager.getRepository(MentoringSessionEntity).update({ id: session.id }, { status: 'confirmed', revision });
      await this.emails.sessionConfirmed(manager, { ...session, revision }, {
        mentorUserId: pair.mentorUserId,
        menteeId: pair.menteeId,
        relationshipId: pair.id,
        goals: pair.goals,
      });
      return pair;
    });
    return this.view(user, relationship);
  }

  async feedback(user: AuthUser, sessionId: string, rating: number, comment: string): Promise<RelationshipView> {
    const session = await this.dataSource.getRepository(MentoringSessionEntity).findOneBy({ id: sessionId });
    if (!session) throw sessionNotFound();
    const pair = await this.ofPair(user, session.relationshipId).catch(() => {
      throw sessionNotFound();
    });
    if (session.status !== 'confirmed' || session.startsAt.getTime() > Date.now()) throw feedbackTooEarly();
    try {
      await this.dataSource.getRepository(SessionFeedbackEntity).insert({ sessionId, userId: user.id, rating, comment });
    } catch (error) {
      if (isUniqueViolation(error)) throw feedbackGiven();
      throw error;
    }
    return this.view(user, pair);
  }

  /**
   * Rewrites the shared goals. The edit names the goals it started from and only applies if
   * they are still the ones stored: when both people edit at once, the second is told, rather
   * than silently overwriting the first.
   */
  async setGoals(user: AuthUser, relationshipId: string, goals: string, previous: string): Promise<RelationshipView> {
    const pair = await this.ofPair(user, relationshipId);
    const [, updated] = (await this.dataSource.query(
      `UPDATE mentoring_relationships SET goals = $3 WHERE id = $1 AND goals = $2 AND status = 'active'`,
      [pair.id, previous, goals],
    )) as [unknown, number];
    if (updated !== 1) throw (await this.ofPair(user, relationshipId)).status === 'active' ? goalsChanged() : closed();
    return this.get(user, relationshipId);
  }

  async notes(user: AuthUser, relationshipId: string): Promise<PrivateNoteView[]> {
    await this.ofPair(user, relationshipId);
    const rows = await this.dataSource.getRepository(PrivateNoteEntity).find({ where: { relationshipId }, order: { createdAt: 'ASC' } });
    return rows.map((n) => ({ id: n.id, authorId: n.authorId, text: n.text, createdAt: n.createdAt.toISOString() }));
  }

  async addNote(user: AuthUser, relationshipId: string, text: string): Promise<PrivateNoteView[]> {
    await this.ofPair(user, relationshipId);
    await this.dataSource.getRepository(PrivateNoteEntity).insert({ relationshipId, authorId: user.id, text });
    return this.notes(user, relationshipId);
  }

  private async answer(user: AuthUser, relationshipId: string, answer: Pick<RelationshipAnswerEntity, 'kind' | 'positive' | 'rating' | 'comment'>): Promise<void> {
    try {
      await this.dataSource.getRepository(RelationshipAnswerEntity).insert({ ...answer, relationshipId, userId: user.id });
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError(409, 'answered', 'You have already answered this');
      throw error;
    }
  }

  private async end(relationshipId: string): Promise<void> {
    await this.dataSource.getRepository(RelationshipEntity).update({ id: relationshipId, status: 'active' }, { status: 'closed', endedAt: new Date() });
  }

  /**
   * The 30-day check-in: "is this pairing working?". A "no" from either side ends the pairing;
   * the mentee's suggestions then leave that mentor out, so they can be matched again.
   */
  async checkIn(user: AuthUser, relationshipId: string, working: boolean, comment: string): Promise<RelationshipView> {
    const pair = await this.ofPair(user, relationshipId);
    if (pair.status !== 'active') throw closed();
    await this.answer(user, pair.id, { kind: 'check_in', positive: working, rating: null, comment });
    if (!working) await this.end(pair.id);
    return this.get(user, relationshipId);
  }

  /** Ends the relationship (if still active) with this person's closing survey. */
  async close(user: AuthUser, relationshipId: string, survey: { goalsMet: boolean; rating: number; comment: string }): Promise<RelationshipView> {
    const pair = await this.ofPair(user, relationshipId);
    await this.answer(user, pair.id, { kind: 'closing', positive: survey.goalsMet, rating: survey.rating, comment: survey.comment });
    await this.end(pair.id);
    return this.get(user, relationshipId);
  }

  /** What a learner has done in mentoring, for learning paths that require it. */
  async record(userId: string): Promise<{ sessionsHeld: number; relationshipsCompleted: number; relationshipsActive: number }> {
    const [row] = (await this.dataSource.query(
      `SELECT (SELECT count(*) FROM mentoring_sessions s JOIN mentoring_relationships r ON r.id = s.relationship_id
               WHERE (r.mentee_id = $1 OR r.mentor_user_id = $1) AND s.status = 'confirmed' AND s.starts_at < now())::int AS "sessionsHeld",
              (SELECT count(*) FROM mentoring_relationships WHERE (mentee_id = $1 OR mentor_user_id = $1) AND status = 'closed'
                 AND EXISTS (SELECT 1 FROM mentoring_relationship_answers a WHERE a.relationship_id = id AND a.kind = 'closing'))::int AS "relationshipsCompleted",
              (SELECT count(*) FROM mentoring_relationships WHERE (mentee_id = $1 OR mentor_user_id = $1) AND status = 'active')::int AS "relationshipsActive"`,
      [userId],
    )) as { sessionsHeld: number; relationshipsCompleted: number; relationshipsActive: number }[];
    return row ?? { sessionsHeld: 0, relationshipsCompleted: 0, relationshipsActive: 0 };
  }

  private async view(user: AuthUser, r: RelationshipEntity): Promise<RelationshipView> {
    const [names, sessions, feedback] = await Promise.all([
      this.dataSource.query(`SELECT id, display_name AS "displayName" FROM users WHERE id = ANY($1::uuid[])`, [[r.mentorUserId, r.menteeId]]) as Promise<
        { id: string; displayName: string }[]
      >,
      this.dataSource.getRepository(MentoringSessionEntity).find({ where: { relationshipId: r.id }, order: { startsAt: 'ASC' } }),
      this.dataSource.query(
        `SELECT f.session_id AS "sessionId", f.user_id AS "userId", f.rating, f.comment FROM mentoring_session_feedback f
         JOIN mentoring_sessions s ON s.id = f.session_id WHERE s.relationship_id = $1`,
        [r.id],
      ) as Promise<{ sessionId: string; userId: string; rating: number; comment: string }[]>,
    ]);
    const name = (id: string) => names.find((n) => n.id === id)?.displayName ?? '';
    return {
      id: r.id,
      mentor: { id: r.mentorId, userId: r.mentorUserId, displayName: name(r.mentorUserId) },
      mentee: { userId: r.menteeId, displayName: name(r.menteeId) },
      goals: r.goals,
      status: r.status,
      startedAt: r.startedAt.toISOString(),
      endedAt: r.endedAt?.toISOString() ?? null,
      sessions: sessions.map(
        (s): MentoringSessionView => {
          const mine = feedback.find((f) => f.sessionId === s.id && f.userId === user.id);
          return {
            id: s.id,
            startsAt: s.startsAt.toISOString(),
            durationMinutes: s.durationMinutes,
            format: s.format,
            where: s.where,
            status: s.status,
            proposedBy: s.proposedById,
            myFeedback: mine ? { rating: mine.rating, comment: mine.comment } : null,
            feedbackCount: feedback.filter((f) => f.sessionId === s.id).length,
          };
        },
      ),
    };
  }
}
