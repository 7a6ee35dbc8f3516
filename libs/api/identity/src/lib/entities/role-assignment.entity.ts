import { ROLES, type Role } from '@academy/shared/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from './user.entity';

/** A role held by a user; partner admins hold it for one territory. */
@Entity('role_assignments')
// One assignment per user, role and territory (two partial indexes: NULLs are distinct in a plain one).
@Index('uq_role_assignments_user_role', ['userId', 'role'], {
  unique: true,
  where: 'territory_id IS NULL',
})
@Index('uq_role_assignments_user_role_territory', ['userId', 'role', 'territoryId'], {
  unique: true,
  where: 'territory_id IS NOT NULL',
})
@Check('ck_role_assignments_role', `role IN (${ROLES.map((r) => `'${r}'`).join(', ')})`)
@Check('ck_role_assignments_territory', `(role = 'partner_admin') = (territory_id IS NOT NULL)`)
export class RoleAssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, (u) => u.roles, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_role_assignments_user' })
  user!: UserEntity;

  @Column({ type: 'varchar', length: 32 })
  role!: Role;

  @Column({ type: 'uuid', nullable: true })
  territoryId!: string | null;

  @ManyToOne('TerritoryEntity', { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'territory_id', foreignKeyConstraintName: 'fk_role_assignments_territory' })
  territory?: unknown;

  /** Who granted it; null for the role every account starts with. */
  @Column({ type: 'uuid', nullable: true })
  grantedById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
