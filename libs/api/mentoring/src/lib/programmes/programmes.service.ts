import {
  adminTerritories,
  canAdministerTerritory,
  DomainError,
  isAdmin,
  notFound,
  type AuthUser,
} from '@academy/api/core';
import type {
  MatchExplanationItem,
  MyProgrammePair,
  ProgrammeStats,
  ProgrammeView,
} from '@academy/shared/contracts';
import {
  createPairScorer,
  proposeMatches,
  type MatchingObjective,
  type MatchingWeights,
  type PairRef,
} from '@academy/shared/matching';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { MenteeProfileEntity } from '../entities/mentee-profile.entity';
import { ProgrammeExclusionEntity } from '../entities/programme-exclusion.entity';
import { ProgrammePairEntity } from '../entities/programme-pair.entity';
import { ProgrammeParticipantEntity } from '../entities/programme-participant.entity';
import { ProgrammeEntity } from '../entities/programme.entity';
import { MentoringEmails } from '../mentoring-emails';
import { toMatchingMentee, toMatchingMentor } from '../profiles/profile-mapping';
import { ProfilesService, type MentorRow } from '../profiles/profiles.service';
import { startRelationship } from '../relationships/start-relationship';

export interface NewProgramme {
  name: string;
  startsOn: string;
  endsOn: string;
  territoryId?: string;
  weights?: Partial<MatchingWeights>;
  objective?: MatchingObjective;
}

const programmeNotFound = () => notFound('Programme');
const notDraft = () =>
  new DomainError(409, 'not_draft', 'A published programme’s match can no longer be edited');
const refused = (field: string, reason: string) =>
  new DomainError(409, 'constraint_violated', `This change breaks a matching rule: ${reason}`, [
    { field, message: reason },
  ]);

/**
 * Programme rounds: a partner admin gathers mentors and mentees of their territory, runs the
 * optimal match, reviews and edits the draft (every edit re-checked against the same hard
 * constraints as the engine), and publishes; each side then accepts or declines its pair.
 */
@Injectable()
export class ProgrammesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiles: ProfilesService,
    private readonly emails: MentoringEmails,
  ) {}

  async create(user: AuthUser, input: NewProgramme): Promise<ProgrammeView> {
    const own = adminTerritories(user);
    const territoryId = input.territoryId ?? (own.length === 1 ? own[0] : undefined);
    if (!territoryId || !canAdministerTerritory(user, territoryId))
      throw new DomainError(
        400,
        'validation_failed',
        'territoryId must be a territory you administer',
        [{ field: 'territoryId', message: 'must be a territory you administer' }],
      );
    if (input.startsOn > input.endsOn)
      throw new DomainError(400, 'validation_failed', 'endsOn is before startsOn', [
        { field: 'endsOn', message: 'must not be before the start date' },
      ]);
    const saved = await this.dataSource.getRepository(ProgrammeEntity).save({
      territoryId,
      name: input.name,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      weights: input.weights ?? {},
      objective: input.objective ?? 'max-matched',
      createdById: user.id,
    });
    return this.view(user, saved.id);
  }

  /** Programmes of the territories this person administers (all for admins). */
  async list(user: AuthUser): Promise<ProgrammeEntity[]> {
    const repo = this.dataSource.getRepository(ProgrammeEntity);
    return isAdmin(user)
      ? repo.find({ order: { startsOn: 'DESC' } })
      : repo.find({
          where: { territoryId: In(adminTerritories(user)) },
          order: { startsOn: 'DESC' },
        });
  }

  /** Another territory's programme does not exist for this person. */
  private async managed(
    user: AuthUser,
    id: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<ProgrammeEntity> {
    const programme = await manager.getRepository(ProgrammeEntity).findOne({
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!programme || !canAdministerTerritory(user, programme.territoryId))
      throw programmeNotFound();
    return programme;
  }

  async addParticipants(
    user: AuthUser,
    id: string,
    mentors: string[],
    mentees: string[],
  ): Promise<ProgrammeView> {
    await this.dataSource.transaction(async (manager) => {
      const programme = await this.managed(user, id, manager, true);
      if (programme.status !== 'draft') throw notDraft();
      const approved = new Set(
        (
          await this.profiles.mentors(
            `m.user_id IN (:...p0) AND m.status = 'approved'`,
            [mentors.length ? mentors : ['']],
            manager,
          )
        ).map((m) => m.profile.userId),
      );
      const seeking = new Set(
        (await manager.getRepository(MenteeProfileEntity).findBy({ userId: In(mentees) })).map(
          (m) => m.userId,
        ),
      );
      const problems = [
        ...mentors.flatMap((u, i) =>
          approved.has(u)
            ? []
            : [{ field: `mentors.${i}`, message: 'has no approved mentor profile' }],
        ),
        ...mentees.flatMap((u, i) =>
          seeking.has(u) ? [] : [{ field: `mentees.${i}`, message: 'has no mentee profile' }],
        ),
      ];
      if (problems.length)
        throw new DomainError(400, 'validation_failed', 'Some people cannot take part', problems);
      await manager
        .createQueryBuilder()
        .insert()
        .into(ProgrammeParticipantEntity)
        .values([
          ...mentors.map((userId) => ({ programmeId: id, userId, role: 'mentor' as const })),
          ...mentees.map((userId) => ({ programmeId: id, userId, role: 'mentee' as const })),
        ])
        .orIgnore()
        .execute();
    });
    return this.view(user, id);
  }

  /** Everything the engine needs about this programme's people, and its rules. */
  private async inputs(manager: EntityManager, programme: ProgrammeEntity) {
    const participants = await manager
      .getRepository(ProgrammeParticipantEntity)
      .findBy({ programmeId: programme.id, active: true });
    const mentorUsers = participants.filter((p) => p.role === 'mentor').map((p) => p.userId);
    const menteeUsers = participants.filter((p) => p.role === 'mentee').map((p) => p.userId);
    const mentors = mentorUsers.length
      ? await this.profiles.mentors(
          `m.user_id IN (:...p0) AND m.status = 'approved'`,
          [mentorUsers],
          manager,
        )
      : [];
    const [menteeProfiles, homes] = await Promise.all([
      manager.getRepository(MenteeProfileEntity).findBy({ userId: In(menteeUsers) }),
      manager.query(
        `SELECT id, home_territory_id AS "territoryId" FROM users WHERE id = ANY($1::uuid[])`,
        [menteeUsers],
      ) as Promise<{ id: string; territoryId: string }[]>,
    ]);
    const mentees = menteeProfiles.map((p) =>
      toMatchingMentee(p, homes.find((h) => h.id === p.userId)?.territoryId ?? null),
    );
    const ended = (await manager.query(
      `SELECT mentee_id AS "menteeId", mentor_id AS "mentorId" FROM mentoring_relationships WHERE status = 'closed' AND mentee_id = ANY($1::uuid[])`,
      [menteeUsers],
    )) as PairRef[];
    const exclusions = await manager.getRepository(ProgrammeExclusionEntity).findBy({ programmeId: programme.id });
    const options = { weights: programme.weights, endedPairs: ended, excludedPairs: exclusions };
    return { mentors, mentees, options, exclusions };
  }

  /** Runs the optimal match over the participants and replaces the draft pairs. */
  async match(user: AuthUser, id: string): Promise<ProgrammeView> {
    await this.dataSource.transaction(async (manager) => {
      const programme = await this.managed(user, id, manager, true);
      if (programme.status !== 'draft') throw notDraft();
      const { mentors, mentees, options } = await this.inputs(manager, programme);
      const proposal = proposeMatches(
        mentees,
        mentors.map((m) => toMatchingMentor(m.profile, m.activeMentees)),
        { ...options, objective: programme.objective },
      );
      await manager.getRepository(ProgrammePairEntity).delete({ programmeId: id });
      if (proposal.matches.length)
        await manager.getRepository(ProgrammePairEntity).save(
          proposal.matches.map((m) => ({
            programmeId: id,
            mentorId: m.mentorId,
            menteeId: m.menteeId,
            score: m.score,
            explanation: m.contributions.map((c) => ({ ...c }) as MatchExplanationItem),
          })),
        );
    });
    return this.view(user, id);
  }

  /**
   * Removes and adds draft pairs in one go (a swap is both). The result must keep every rule:
   * a feasible pair by the engine's hard constraints, one pair per mentee, mentors within
   * their free places. Otherwise nothing changes and the reason is given.
   */
  async editPairs(
    user: AuthUser,
    id: string,
    remove: string[],
    add: PairRef[],
  ): Promise<ProgrammeView> {
    await this.dataSource.transaction(async (manager) => {
      const programme = await this.managed(user, id, manager, true);
      if (programme.status !== 'draft') throw notDraft();
      const pairs = manager.getRepository(ProgrammePairEntity);
      if (remove.length) await pairs.delete({ programmeId: id, id: In(remove) });
      const { mentors, mentees, options } = await this.inputs(manager, programme);
      const scorer = createPairScorer(options);
      for (const [i, pair] of add.entries()) {
        const mentee = mentees.find((m) => m.id === pair.menteeId);
        const mentor: MentorRow | undefined = mentors.find((m) => m.profile.id === pair.mentorId);
        if (!mentee) throw refused(`add.${i}.menteeId`, 'is not a mentee of this programme');
        if (!mentor) throw refused(`add.${i}.mentorId`, 'is not a mentor of this programme');
        const drafted = await pairs.countBy({ programmeId: id, mentorId: mentor.profile.id });
        const evaluation = scorer.evaluate(
          mentee,
          toMatchingMentor(mentor.profile, mentor.activeMentees + drafted),
        );
        if (!evaluation.feasible) throw refused(`add.${i}`, evaluation.reasons.join(', '));
        if (await pairs.existsBy({ programmeId: id, menteeId: mentee.id }))
          throw refused(`add.${i}.menteeId`, 'mentee-already-paired');
        await pairs.save({
          programmeId: id,
          mentorId: mentor.profile.id,
          menteeId: mentee.id,
          score: evaluation.score,
          explanation: evaluation.contributions.map((c) => ({ ...c }) as MatchExplanationItem),
        });
      }
    });
    return this.view(user, id);
  }

  /**
   * Rules a pair out of this programme: the engine never proposes it again and a draft edit
   * that makes it is refused. A draft pair it matches is taken out (its mentee then waits for
   * the next match or an edit). Excluding the same pair twice keeps the first reason.
   */
  async exclude(user: AuthUser, id: string, pair: PairRef, reason: string): Promise<ProgrammeView> {
    await this.dataSource.transaction(async (manager) => {
      const programme = await this.managed(user, id, manager, true);
      if (programme.status !== 'draft') throw notDraft();
      const { mentors, mentees } = await this.inputs(manager, programme);
      if (!mentees.some((m) => m.id === pair.menteeId)) throw refused('menteeId', 'is not a mentee of this programme');
      if (!mentors.some((m) => m.profile.id === pair.mentorId)) throw refused('mentorId', 'is not a mentor of this programme');
      await manager
        .createQueryBuilder()
        .insert()
        .into(ProgrammeExclusionEntity)
        .values({ programmeId: id, menteeId: pair.menteeId, mentorId: pair.mentorId, reason, createdById: user.id })
        .orIgnore()
        .execute();
      await manager.getRepository(ProgrammePairEntity).delete({ programmeId: id, menteeId: pair.menteeId, mentorId: pair.mentorId });
    });
    return this.view(user, id);
  }

  /** Lifts an exclusion while the match is still a draft. */
  async allow(user: AuthUser, id: string, pair: PairRef): Promise<ProgrammeView> {
    await this.dataSource.transaction(async (manager) => {
      const programme = await this.managed(user, id, manager, true);
      if (programme.status !== 'draft') throw notDraft();
      await manager.getRepository(ProgrammeExclusionEntity).delete({ programmeId: id, menteeId: pair.menteeId, mentorId: pair.mentorId });
    });
    return this.view(user, id);
  }

  async publish(user: AuthUser, id: string): Promise<ProgrammeView> {
    await this.dataSource.transaction(async (manager) => {
      const programme = await this.managed(user, id, manager, true);
      if (programme.status !== 'draft') throw notDraft();
      await manager
        .getRepository(ProgrammeEntity)
        .update({ id }, { status: 'published', publishedAt: new Date() });
      await manager
        .getRepository(ProgrammePairEntity)
        .update({ programmeId: id }, { status: 'proposed' });
      const pairs = await manager
        .getRepository(ProgrammePairEntity)
        .find({ where: { programmeId: id }, relations: { mentor: true } });
      for (const pair of pairs)
        await this.emails.programmeMatch(
          manager,
          pair.id,
          programme.name,
          pair.mentor?.userId ?? '',
          pair.menteeId,
        );
    });
    return this.view(user, id);
  }

  /** Each side accepts or declines its proposed pair; when both accept, the relationship starts. */
  async respond(
    user: AuthUser,
    pairId: string,
    accept: boolean,
  ): Promise<{ status: ProgrammePairEntity['status']; relationshipId: string | null }> {
    return this.dataSource.transaction(async (manager) => {
      const pair = await manager.getRepository(ProgrammePairEntity).findOne({
        where: { id: pairId },
        relations: { mentor: true },
        lock: { mode: 'pessimistic_write', tables: ['mentoring_programme_pairs'] },
      });
      const side =
        pair?.mentor?.userId === user.id
          ? 'mentorAccepted'
          : pair?.menteeId === user.id
            ? 'menteeAccepted'
            : null;
      if (!pair || !side || pair.status === 'draft') throw notFound('Pair');
      if (pair.status !== 'proposed')
        throw new DomainError(409, 'answered', 'This pair has already been settled');
      pair[side] = accept;
      if (!accept) pair.status = 'declined';
      else if (pair.mentorAccepted && pair.menteeAccepted) {
        const relationship = await startRelationship(manager, {
          mentorId: pair.mentorId,
          mentorUserId: pair.mentor?.userId ?? '',
          menteeId: pair.menteeId,
          programmeId: pair.programmeId,
        });
        pair.status = 'accepted';
        pair.relationshipId = relationship.id;
      }
      await manager.getRepository(ProgrammePairEntity).save(pair);
      return { status: pair.status, relationshipId: pair.relationshipId };
    });
  }

  /** The published pairs this person is in, as mentor or mentee, newest programme first. */
  async mine(user: AuthUser): Promise<MyProgrammePair[]> {
    const rows = (await this.dataSource.query(
      `SELECT p.id, p.score, p.explanation, p.status, p.mentor_accepted AS "mentorAccepted", p.mentee_accepted AS "menteeAccepted",
              p.relationship_id AS "relationshipId", g.id AS "programmeId", g.name AS "programmeName",
              g.starts_on::text AS "startsOn", g.ends_on::text AS "endsOn",
              (m.user_id = $1) AS "asMentor", mu.display_name AS "mentorName", eu.display_name AS "menteeName"
         FROM mentoring_programme_pairs p
         JOIN mentoring_programmes g ON g.id = p.programme_id
         JOIN mentor_profiles m ON m.id = p.mentor_id
         JOIN users mu ON mu.id = m.user_id
         JOIN users eu ON eu.id = p.mentee_id
        WHERE p.status <> 'draft' AND (p.mentee_id = $1 OR m.user_id = $1)
        ORDER BY g.published_at DESC, p.id`,
      [user.id],
    )) as (Omit<MyProgrammePair, 'programme' | 'role' | 'other' | 'myAnswer' | 'otherAnswer'> & {
      mentorAccepted: boolean | null;
      menteeAccepted: boolean | null;
      programmeId: string;
      programmeName: string;
      startsOn: string;
      endsOn: string;
      asMentor: boolean;
      mentorName: string;
      menteeName: string;
    })[];
    return rows.map((r) => ({
      id: r.id,
      programme: {
        id: r.programmeId,
        name: r.programmeName,
        startsOn: r.startsOn,
        endsOn: r.endsOn,
      },
      role: r.asMentor ? 'mentor' : 'mentee',
      other: { displayName: r.asMentor ? r.menteeName : r.mentorName },
      score: r.score,
      explanation: r.explanation,
      status: r.status,
      myAnswer: r.asMentor ? r.mentorAccepted : r.menteeAccepted,
      otherAnswer: r.asMentor ? r.menteeAccepted : r.mentorAccepted,
      relationshipId: r.relationshipId,
    }));
  }

  async view(user: AuthUser, id: string): Promise<ProgrammeView> {
    const programme = await this.managed(user, id);
    const manager = this.dataSource.manager;
    const { mentors, mentees, exclusions } = await this.inputs(manager, programme);
    const pairs = await manager
      .getRepository(ProgrammePairEntity)
      .find({ where: { programmeId: id }, order: { score: 'DESC' } });
    const names = new Map(
      (
        (await manager.query(
          `SELECT id, display_name AS name FROM users WHERE id = ANY($1::uuid[])`,
          [mentees.map((m) => m.id)],
        )) as { id: string; name: string }[]
      ).map((r) => [r.id, r.name]),
    );
    const mentorById = new Map(mentors.map((m) => [m.profile.id, m]));
    const paired = new Set(pairs.map((p) => p.menteeId));
    return {
      id: programme.id,
      territoryId: programme.territoryId,
      name: programme.name,
      startsOn: programme.startsOn,
      endsOn: programme.endsOn,
      weights: { ...programme.weights },
      objective: programme.objective,
      status: programme.status,
      mentors: mentors.map((m) => ({
        id: m.profile.id,
        userId: m.profile.userId,
        displayName: m.displayName,
        capacity: m.profile.capacity,
        activeMentees: m.activeMentees,
      })),
      mentees: mentees.map((m) => ({ userId: m.id, displayName: names.get(m.id) ?? '' })),
      pairs: pairs.map((p) => {
        const mentor = mentorById.get(p.mentorId);
        return {
          id: p.id,
          mentor: {
            id: p.mentorId,
            userId: mentor?.profile.userId ?? '',
            displayName: mentor?.displayName ?? '',
          },
          mentee: { userId: p.menteeId, displayName: names.get(p.menteeId) ?? '' },
          score: p.score,
          explanation: p.explanation,
          status: p.status,
          mentorAccepted: p.mentorAccepted,
          menteeAccepted: p.menteeAccepted,
        };
      }),
      exclusions: exclusions.map((e) => {
        const mentor = mentorById.get(e.mentorId);
        return {
          mentee: { userId: e.menteeId, displayName: names.get(e.menteeId) ?? '' },
          mentor: { id: e.mentorId, userId: mentor?.profile.userId ?? '', displayName: mentor?.displayName ?? '' },
          reason: e.reason,
        };
      }),
      unmatchedMenteeIds: mentees.filter((m) => !paired.has(m.id)).map((m) => m.id),
      totalScore: pairs.reduce((sum, p) => sum + p.score, 0),
    };
  }

  /** The programme's figures for its partner admin. */
  async stats(user: AuthUser, id: string): Promise<ProgrammeStats> {
    const view = await this.view(user, id);
    const [row] = (await this.dataSource.query(
      `SELECT (SELECT count(*) FROM mentoring_sessions s JOIN mentoring_relationships r ON r.id = s.relationship_id
               WHERE r.programme_id = $1 AND s.status = 'confirmed' AND s.starts_at < now())::int AS "sessionsHeld",
              (SELECT avg(f.rating)::float FROM mentoring_session_feedback f JOIN mentoring_sessions s ON s.id = f.session_id
               JOIN mentoring_relationships r ON r.id = s.relationship_id WHERE r.programme_id = $1) AS satisfaction`,
      [id],
    )) as { sessionsHeld: number; satisfaction: number | null }[];
    return {
      matched: view.pairs.length,
      waiting: view.unmatchedMenteeIds.length,
      accepted: view.pairs.filter((p) => p.status === 'accepted').length,
      declined: view.pairs.filter((p) => p.status === 'declined').length,
      sessionsHeld: row?.sessionsHeld ?? 0,
      satisfaction:
        row?.satisfaction === null || row?.satisfaction === undefined
          ? null
          : Math.round(row.satisfaction * 10) / 10,
      mentorsLoad: view.mentors.map((m) => ({
        userId: m.userId,
        displayName: m.displayName,
        mentees: m.activeMentees,
        capacity: m.capacity,
      })),
    };
  }
}
