import type { AvailabilitySlot, CompetenceLevel, LegalForm, MeetingFormatCode, MentorStatus, Sector } from '@academy/shared/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A practising social entrepreneur's offer to mentor: approved by a trainer or their
 * territory's partner admin before anyone sees it. One per person.
 */
@Entity('mentor_profiles')
@Index('uq_mentor_profiles_user', ['userId'], { unique: true })
@Index('ix_mentor_profiles_status', ['status'])
@Check('ck_mentor_profiles_capacity', `capacity BETWEEN 1 AND 20`)
@Check('ck_mentor_profiles_status', `status IN ('pending', 'approved', 'rejected')`)
export class MentorProfileEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_mentor_profiles_user' })
  user?: unknown;

  @Column({ type: 'text' })
  bio!: string;

  @Column({ type: 'varchar', length: 200 })
  organisation!: string;

  @Column({ type: 'varchar', length: 32 })
  legalForm!: LegalForm;

  @Column({ type: 'text', array: true })
  sectors!: Sector[];

  @Column({ type: 'jsonb' })
  competences!: CompetenceLevel[];

  @Column({ type: 'text', array: true })
  languages!: string[];

  @Column({ type: 'uuid', nullable: true })
  territoryId!: string | null;

  @Column({ type: 'text', array: true })
  formats!: MeetingFormatCode[];

  /** Mentees at once. */
  @Column({ type: 'int' })
  capacity!: number;

  @Column({ type: 'text', array: true })
  availability!: AvailabilitySlot[];

  @Column({ type: 'int' })
  experienceYears!: number;

  /** No new requests while paused (current mentees stay). */
  @Column({ type: 'boolean', default: false })
  paused!: boolean;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status!: MentorStatus;

  @Column({ type: 'uuid', nullable: true })
  reviewedById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
