import type { AuthUser } from '@academy/api/core';
import type { MatchExplanationItem, MentorSuggestion } from '@academy/shared/contracts';
import { createPairScorer, type PairEvaluation } from '@academy/shared/matching';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { MenteeProfileEntity } from '../entities/mentee-profile.entity';
import { noMenteeProfile } from '../mentoring.errors';
import { mentorView, toMatchingMentee, toMatchingMentor } from '../profiles/profile-mapping';
import { ProfilesService, type MentorRow } from '../profiles/profiles.service';

export const SUGGESTIONS = 5;

/**
 * Self-service matching: the mentee's best approved mentors with free places, scored by the
 * matching engine, each with the contributions that explain the score.
 */
@Injectable()
export class SuggestionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiles: ProfilesService,
  ) {}

  /** The engine's scorer for this mentee: pairs that already ended are never proposed again. */
  private async scorerFor(userId: string, manager: EntityManager) {
    const ended = (await manager.query(
      `SELECT mentor_id AS "mentorId" FROM mentoring_relationships WHERE mentee_id = $1 AND status = 'closed'`,
      [userId],
    )) as { mentorId: string }[];
    return createPairScorer({ endedPairs: ended.map((e) => ({ menteeId: userId, mentorId: e.mentorId })) });
  }

  private async menteeOf(user: AuthUser, manager: EntityManager) {
    const mentee = await manager.getRepository(MenteeProfileEntity).findOneBy({ userId: user.id });
    if (!mentee) throw noMenteeProfile();
    return toMatchingMentee(mentee, user.homeTerritoryId);
  }

  /** How well this mentee and mentor fit, by the engine's rules (hard constraints included). */
  async evaluate(user: AuthUser, mentor: MentorRow, manager: EntityManager = this.dataSource.manager): Promise<PairEvaluation> {
    const [mentee, scorer] = await Promise.all([this.menteeOf(user, manager), this.scorerFor(user.id, manager)]);
    return scorer.evaluate(mentee, toMatchingMentor(mentor.profile, mentor.activeMentees));
  }

  async suggest(user: AuthUser): Promise<MentorSuggestion[]> {
    const manager = this.dataSource.manager;
    const [menteeProfile, scorer, mentors, current] = await Promise.all([
      this.menteeOf(user, manager),
      this.scorerFor(user.id, manager),
      this.profiles.mentors(`m.status = 'approved' AND NOT m.paused AND m.user_id <> :p0`, [user.id]),
      // Mentors already working with, or already asked by, this mentee are not suggested again.
      manager.query(
        `SELECT mentor_id AS "mentorId" FROM mentoring_relationships WHERE mentee_id = $1 AND status = 'active'
         UNION SELECT mentor_id FROM mentorship_requests WHERE mentee_id = $1 AND status = 'pending'`,
        [user.id],
      ) as Promise<{ mentorId: string }[]>,
    ]);
    const already = new Set(current.map((c) => c.mentorId));
    return mentors
      .filter((m) => !already.has(m.profile.id))
      .map((m) => ({ m, evaluation: scorer.evaluate(menteeProfile, toMatchingMentor(m.profile, m.activeMentees)) }))
      .flatMap(({ m, evaluation }) =>
        evaluation.feasible
          ? [
              {
                mentor: mentorView(m.profile, m.displayName, m.activeMentees),
                score: evaluation.score,
                explanation: evaluation.contributions.map((c) => ({ ...c }) as MatchExplanationItem),
              },
            ]
          : [],
      )
      .sort((a, b) => b.score - a.score || a.mentor.displayName.localeCompare(b.mentor.displayName))
      .slice(0, SUGGESTIONS);
  }
}
