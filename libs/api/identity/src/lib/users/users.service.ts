import {
  DomainError,
  adminTerritories,
  containsPattern,
  escapeLike,
  forbidden,
  invalidField,
  isAdmin,
  notFound,
  type AuthUser,
} from '@academy/api/core';
import { TerritoriesService } from '@academy/api/territories';
import { TERRITORY_SCOPED_ROLES, type Language, type Role } from '@academy/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, In, IsNull } from 'typeorm';
import type { AssignRoleDto, ListUsersQuery, UpdateProfileDto } from '../dtos/profile.dtos';
import { RoleAssignmentEntity } from '../entities/role-assignment.entity';
import { UserEntity } from '../entities/user.entity';
import {
  toRoleView,
  toViews,
  type MeView,
  type RoleView,
  type UserSummaryView,
} from './user-views';

interface Cursor {
  createdAt: string;
  id: string;
}

const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');
function decodeCursor(raw: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString()) as Cursor;
    if (
      typeof c.createdAt === 'string' &&
      typeof c.id === 'string' &&
      !Number.isNaN(Date.parse(c.createdAt))
    )
      return c;
  } catch {
    // fall through to the error below
  }
  throw invalidField('cursor', 'is not a cursor returned by this list');
}

/** How other contexts address a person (emails, names in their language). */
export interface Contact {
  id: string;
  email: string;
  displayName: string;
  preferredLanguage: Language;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly territories: TerritoriesService,
  ) {}

  private get users() {
    return this.dataSource.getRepository(UserEntity);
  }

  /** Contacts of these people, for other contexts' emails and author lists. */
  async contacts(
    ids: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Contact[]> {
    if (ids.length === 0) return [];
    const rows = await manager.getRepository(UserEntity).find({
      where: { id: In([...new Set(ids)]) },
      select: { id: true, email: true, displayName: true, preferredLanguage: true },
      order: { email: 'ASC' },
    });
    return rows.map(({ id, email, displayName, preferredLanguage }) => ({
      id,
      email,
      displayName,
      preferredLanguage,
    }));
  }

  /**
   * Who reviews courses of a territory: admins, and trainers whose home is that territory (every
   * trainer for a network-wide course); only confirmed addresses; never the `exclude`d (authors).
   */
  async reviewers(
    territoryId: string | null,
    exclude: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Contact[]> {
    const query = manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .select(['u.id', 'u.email', 'u.displayName', 'u.preferredLanguage'])
      .where('u.email_verified_at IS NOT NULL')
      .andWhere(
        `EXISTS (SELECT 1 FROM role_assignments r WHERE r.user_id = u.id
           AND (r.role = 'admin' OR (r.role = 'trainer' AND (CAST(:territoryId AS uuid) IS NULL OR u.home_territory_id = :territoryId))))`,
        { territoryId },
      )
      .orderBy('u.email');
    if (exclude.length) query.andWhere('u.id NOT IN (:...exclude)', { exclude });
    const rows = await query.getMany();
    return rows.map(({ id, email, displayName, preferredLanguage }) => ({
      id,
      email,
      displayName,
      preferredLanguage,
    }));
  }

  /**
   * People who may author courses (trainers, partner admins, admins) whose name contains `q`
   * or whose email starts with it, for choosing co-authors. Only names leave: no emails.
   */
  async searchAuthors(
    q: string,
    exclude: string[],
    limit = 10,
  ): Promise<{ id: string; displayName: string }[]> {
    const text = escapeLike(q.trim());
    if (text.length < 2) return [];
    const query = this.users
      .createQueryBuilder('u')
      .select(['u.id', 'u.displayName'])
      .where('u.email_verified_at IS NOT NULL')
      .andWhere(
        new Brackets((w) =>
          w
            .where('u.display_name ILIKE :contains', { contains: `%${text}%` })
            .orWhere('u.email ILIKE :prefix', { prefix: `${text}%` }),
        ),
      )
      .andWhere(
        `EXISTS (SELECT 1 FROM role_assignments r WHERE r.user_id = u.id AND r.role IN ('trainer', 'partner_admin', 'admin'))`,
      )
      .orderBy('u.display_name')
      .take(limit);
    if (exclude.length) query.andWhere('u.id NOT IN (:...exclude)', { exclude });
    return (await query.getMany()).map(({ id, displayName }) => ({ id, displayName }));
  }

  /** Whether a person holds any of these roles (anywhere). */
  async hasAnyRole(
    userId: string,
    roles: Role[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    return manager
      .getRepository(RoleAssignmentEntity)
      .exists({ where: { userId, role: In(roles) } });
  }

  /**
   * A person as the system acts on their behalf (seeding demo data, scheduled jobs): the same
   * AuthUser a request would carry, without a session.
   */
  async actingAs(email: string): Promise<AuthUser> {
    const user = await this.users.findOne({ where: { email }, relations: { roles: true } });
    if (!user) throw notFound('User');
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      preferredLanguage: user.preferredLanguage,
      homeTerritoryId: user.homeTerritoryId,
      sessionId: '',
      roles: user.roles.map((r) => ({ role: r.role, territoryId: r.territoryId })),
    };
  }

  /**
   * The person behind an access token, if its session is still open: one query, as it runs on
   * every authenticated request.
   */
  async loadAuthUser(userId: string, sessionId: string): Promise<AuthUser | null> {
    const [row] = (await this.dataSource.query(
      `SELECT u.id, u.email, u.display_name AS "displayName", u.preferred_language AS "preferredLanguage",
              u.home_territory_id AS "homeTerritoryId",
              coalesce(json_agg(json_build_object('role', r.role, 'territoryId', r.territory_id)) FILTER (WHERE r.id IS NOT NULL), '[]') AS roles
       FROM sessions s JOIN users u ON u.id = s.user_id LEFT JOIN role_assignments r ON r.user_id = u.id
       WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now()
       GROUP BY u.id`,
      [sessionId, userId],
    )) as Omit<AuthUser, 'sessionId'>[];
    return row ? { ...row, sessionId } : null;
  }

  async getMe(userId: string): Promise<MeView> {
    const user = await this.users.findOne({ where: { id: userId }, relations: { roles: true } });
    if (!user) throw notFound('User');
    const [view] = await toViews(this.territories, [user]);
    return view as MeView;
  }

  async updateMe(userId: string, dto: UpdateProfileDto): Promise<MeView> {
    if (dto.homeTerritoryId) {
      await this.territories.get(dto.homeTerritoryId).catch(() => {
        throw invalidField('homeTerritoryId', 'is not a territory of the academy');
      });
    }
    const changes = Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined));
    if (Object.keys(changes).length > 0) await this.users.update(userId, changes);
    return this.getMe(userId);
  }

  /**
   * Finds people for role management: admins search everyone, partner admins only the
   * people whose home is one of their territories. Keyset pagination on (created_at, id).
   */
  async list(
    actor: AuthUser,
    query: ListUsersQuery,
  ): Promise<{ items: UserSummaryView[]; nextCursor: string | null }> {
    const qb = this.users
      .createQueryBuilder('u')
      .orderBy('u.created_at', 'DESC')
      .addOrderBy('u.id', 'DESC')
      .take(query.limit + 1);
    if (!isAdmin(actor)) {
      const own = adminTerritories(actor);
      if (own.length === 0) throw forbidden();
      if (query.territoryId && !own.includes(query.territoryId))
        throw forbidden('You can only see people of your territory');
      qb.andWhere('u.home_territory_id IN (:...own)', { own });
    }
    if (query.territoryId)
      qb.andWhere('u.home_territory_id = :territoryId', { territoryId: query.territoryId });
    if (query.q) {
      const like = containsPattern(query.q);
      qb.andWhere(
        new Brackets((w) =>
          w.where('u.email ILIKE :like', { like }).orWhere('u.display_name ILIKE :like', { like }),
        ),
      );
    }
    if (query.cursor) {
      const c = decodeCursor(query.cursor);
      qb.andWhere('(u.created_at, u.id) < (:createdAt, :id)', { createdAt: c.createdAt, id: c.id });
    }
    const rows = await qb.getMany();
    const page = rows.slice(0, query.limit);
    const roles = page.length
      ? await this.dataSource
          .getRepository(RoleAssignmentEntity)
          .find({ where: page.map((u) => ({ userId: u.id })) })
      : [];
    const views = await toViews(
      this.territories,
      page.map((u) => Object.assign(u, { roles: roles.filter((r) => r.userId === u.id) })),
    );
    const last = page[page.length - 1];
    return {
      items: views.map(({ id, email, displayName, homeTerritory, roles }) => ({
        id,
        email,
        displayName,
        homeTerritory,
        roles,
      })),
      nextCursor:
        rows.length > query.limit && last
          ? encodeCursor({ createdAt: last.createdAt.toISOString(), id: last.id })
          : null,
    };
  }

  /** Checks that `actor` may grant or remove `role` (in `territoryId`) for `target`. */
  private authorise(
    actor: AuthUser,
    target: UserEntity,
    role: Role,
    territoryId: string | null,
  ): void {
    if (isAdmin(actor)) return;
    const own = adminTerritories(actor);
    if (!own.includes(target.homeTerritoryId))
      throw forbidden('You can only manage people of your territory');
    if (role === 'admin') throw forbidden('Only admins can grant or remove the admin role');
    if (territoryId && !own.includes(territoryId))
      throw forbidden('You can only grant roles in your territory');
  }

  private async target(userId: string): Promise<UserEntity> {
    const user = await this.users.findOneBy({ id: userId });
    if (!user) throw notFound('User');
    return user;
  }

  async assignRole(actor: AuthUser, userId: string, dto: AssignRoleDto): Promise<RoleView> {
    const scoped = TERRITORY_SCOPED_ROLES.includes(dto.role);
    if (scoped && !dto.territoryId)
      throw invalidField('territoryId', `is required for the ${dto.role} role`);
    if (!scoped && dto.territoryId)
      throw invalidField('territoryId', `must be empty for the ${dto.role} role`);
    const territoryId = dto.territoryId ?? null;
    const target = await this.target(userId);
    this.authorise(actor, target, dto.role, territoryId);
    if (territoryId) await this.territories.get(territoryId);
    const assignments = this.dataSource.getRepository(RoleAssignmentEntity);
    // Granting a role twice (double click, retry) leaves one assignment.
    await assignments
      .createQueryBuilder()
      .insert()
      .values({ userId, role: dto.role, territoryId, grantedById: actor.id })
      .orIgnore()
      .execute();
    const saved = await assignments.findOneByOrFail({
      userId,
      role: dto.role,
      territoryId: territoryId ?? IsNull(),
    });
    return toRoleView(saved, await this.territories.getMany(territoryId ? [territoryId] : []));
  }

  async removeRole(actor: AuthUser, userId: string, assignmentId: string): Promise<void> {
    const assignments = this.dataSource.getRepository(RoleAssignmentEntity);
    const assignment = await assignments.findOneBy({ id: assignmentId, userId });
    if (!assignment) throw notFound('Role assignment');
    this.authorise(actor, await this.target(userId), assignment.role, assignment.territoryId);
    if (assignment.role === 'admin' && userId === actor.id) {
      throw new DomainError(409, 'last_admin_guard', 'You cannot remove your own admin role');
    }
    await assignments.delete(assignment.id);
  }
}
