import type { MentorshipRequestStatus } from '@academy/shared/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { MentorProfileEntity } from './mentor-profile.entity';

/** A mentee asking one mentor; at most one pending per pair (partial unique index). */
@Entity('mentorship_requests')
@Index('uq_mentorship_requests_pending', ['menteeId', 'mentorId'], { unique: true, where: `status = 'pending'` })
@Index('ix_mentorship_requests_mentor', ['mentorId', 'status'])
@Check('ck_mentorship_requests_status', `status IN ('pending', 'accepted', 'declined', 'withdrawn')`)
export class MentorshipRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  menteeId!: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentee_id', foreignKeyConstraintName: 'fk_mentorship_requests_mentee' })
  mentee?: unknown;

  @Column({ type: 'uuid' })
  mentorId!: string;

  @ManyToOne(() => MentorProfileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_id', foreignKeyConstraintName: 'fk_mentorship_requests_mentor' })
  mentor?: Relation<MentorProfileEntity>;

  @Column({ type: 'text' })
  message!: string;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status!: MentorshipRequestStatus;

  @Column({ type: 'text', nullable: true })
  responseMessage!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  respondedAt!: Date | null;
}
