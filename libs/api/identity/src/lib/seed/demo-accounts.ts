import { TerritoriesService } from '@academy/api/territories';
import type { Language, LearnerProfile, Role } from '@academy/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RoleAssignmentEntity } from '../entities/role-assignment.entity';
import { UserEntity } from '../entities/user.entity';
import { PasswordHasher } from '../passwords/password-hasher';

export const DEMO_PASSWORD = 'social-economy-2026';

export interface DemoAccount {
  email: string;
  displayName: string;
  territory: string;
  language: Language;
  profile: LearnerProfile;
  roles: { role: Role; territory?: string }[];
}

const ACCOUNTS: DemoAccount[] = [
  {
    email: 'admin@academy.test',
    displayName: 'Network Admin',
    territory: 'navarra',
    language: 'en',
    profile: 'practising_entrepreneur',
    roles: [{ role: 'admin' }],
  },
  {
    email: 'partner.pordenone@academy.test',
    displayName: 'Giulia Partner',
    territory: 'pordenone',
    language: 'it',
    profile: 'practising_entrepreneur',
    roles: [{ role: 'partner_admin', territory: 'pordenone' }],
  },
  {
    email: 'partner.cascais@academy.test',
    displayName: 'João Partner',
    territory: 'cascais',
    language: 'pt',
    profile: 'practising_entrepreneur',
    roles: [{ role: 'partner_admin', territory: 'cascais' }],
  },
  {
    email: 'trainer@academy.test',
    displayName: 'Marta Trainer',
    territory: 'navarra',
    language: 'es',
    profile: 'practising_entrepreneur',
    roles: [{ role: 'trainer' }],
  },
  {
    email: 'mentor@academy.test',
    displayName: 'Claire Mentor',
    territory: 'garges-les-gonesse',
    language: 'fr',
    profile: 'practising_entrepreneur',
    roles: [{ role: 'mentor' }],
  },
  {
    email: 'learner@academy.test',
    displayName: 'Luca Learner',
    territory: 'pordenone',
    language: 'it',
    profile: 'aspiring_entrepreneur',
    roles: [],
  },
  {
    email: 'student@academy.test',
    displayName: 'Ana Student',
    territory: 'cascais',
    language: 'pt',
    profile: 'university_student',
    roles: [],
  },
];

/** Demo people for `npm start`: one of each role, all with DEMO_PASSWORD. Idempotent. */
@Injectable()
export class DemoAccounts {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly territories: TerritoriesService,
    private readonly hasher: PasswordHasher,
  ) {}

  list() {
    return ACCOUNTS.map((a) => ({
      email: a.email,
      password: DEMO_PASSWORD,
      roles: ['learner', ...a.roles.map((r) => r.role)],
    }));
  }

  async seed(): Promise<void> {
    await this.ensure(ACCOUNTS);
  }

  /**
   * Demo people other contexts need (mentors, mentees), verified, with DEMO_PASSWORD. Returns
   * their ids by email. Idempotent.
   */
  async ensurePeople(people: Omit<DemoAccount, 'roles'>[]): Promise<Map<string, string>> {
    await this.ensure(people.map((p) => ({ ...p, roles: [] })));
    const rows = await this.dataSource.getRepository(UserEntity).find({ where: people.map((p) => ({ email: p.email })), select: { id: true, email: true } });
    return new Map(rows.map((r) => [r.email, r.id]));
  }

  private async ensure(accounts: DemoAccount[]): Promise<void> {
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    await this.dataSource.transaction(async (manager) => {
      for (const account of accounts) {
        const territory = await this.territories.findBySlug(account.territory);
        if (!territory)
          throw new Error(`Seed territories before demo accounts (missing ${account.territory})`);
        await manager
          .createQueryBuilder()
          .insert()
          .into(UserEntity)
          .values({
            email: account.email,
            displayName: account.displayName,
            passwordHash,
            preferredLanguage: account.language,
            learnerProfile: account.profile,
            homeTerritoryId: territory.id,
            emailVerifiedAt: new Date(),
            termsAcceptedAt: new Date(),
          })
          .orIgnore()
          .execute();
        const user = await manager
          .getRepository(UserEntity)
          .findOneByOrFail({ email: account.email });
        for (const role of [{ role: 'learner' as Role }, ...account.roles]) {
          const scoped = role.territory ? await this.territories.findBySlug(role.territory) : null;
          await manager
            .createQueryBuilder()
            .insert()
            .into(RoleAssignmentEntity)
            .values({ userId: user.id, role: role.role, territoryId: scoped?.id ?? null })
            .orIgnore()
            .execute();
        }
      }
    });
  }
}
