import {
  LANGUAGES,
  LEARNER_PROFILES,
  type Language,
  type LearnerProfile,
} from '@academy/shared/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  JoinColumn,
  ManyToOne,
} from 'typeorm';
import { RoleAssignmentEntity } from './role-assignment.entity';

const inList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

@Entity('users')
@Index('uq_users_email', ['email'], { unique: true })
@Index('ix_users_home_territory_id', ['homeTerritoryId'])
@Check('ck_users_email_lower', `email = lower(email)`)
@Check('ck_users_preferred_language', `preferred_language IN (${inList(LANGUAGES)})`)
@Check('ck_users_learner_profile', `learner_profile IN (${inList(LEARNER_PROFILES)})`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-cased, so the unique index makes one account per address. */
  @Column({ type: 'varchar', length: 320 })
  email!: string;

  @Column({ type: 'varchar', length: 100 })
  displayName!: string;

  @Column({ type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 2 })
  preferredLanguage!: Language;

  @Column({ type: 'varchar', length: 32 })
  learnerProfile!: LearnerProfile;

  /** A territory of the territories context (referenced by id, foreign key in the migration). */
  @Column({ type: 'uuid' })
  homeTerritoryId!: string;

  // Named by string: the territories context owns that entity, identity only points at it.
  @ManyToOne('TerritoryEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'home_territory_id', foreignKeyConstraintName: 'fk_users_home_territory' })
  homeTerritory?: unknown;

  @Column({ type: 'timestamptz', nullable: true })
  emailVerifiedAt!: Date | null;

  /** When the person accepted the terms and the privacy notice. */
  @Column({ type: 'timestamptz' })
  termsAcceptedAt!: Date;

  @OneToMany(() => RoleAssignmentEntity, (r) => r.user)
  roles!: RoleAssignmentEntity[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
