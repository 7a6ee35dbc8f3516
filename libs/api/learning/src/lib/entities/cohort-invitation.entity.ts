import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CohortEntity } from './cohort.entity';

/**
 * An address without an account, invited with a cohort: the enrolment happens when that
 * address's account is confirmed. Unique per cohort and address, so a file uploaded twice
 * invites once.
 */
@Entity('cohort_invitations')
@Index('uq_cohort_invitations_cohort_email', ['cohortId', 'email'], { unique: true })
@Index('ix_cohort_invitations_email', ['email'])
export class CohortInvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_cohort_invitations_cohort' })
  cohort?: Relation<CohortEntity>;

  /** Lower-cased, as account emails are. */
  @Column({ type: 'varchar', length: 320 })
  email!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  displayName!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  invitedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;
}
