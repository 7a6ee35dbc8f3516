import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { MentorProfileEntity } from './mentor-profile.entity';

/**
 * A mentoring pair at work. One active relationship per pair (partial unique index); the
 * mentor's capacity is checked under a lock on their profile when one starts.
 */
@Entity('mentoring_relationships')
@Index('uq_mentoring_relationships_active_pair', ['mentorId', 'menteeId'], { unique: true, where: `status = 'active'` })
@Index('ix_mentoring_relationships_mentee', ['menteeId'])
@Check('ck_mentoring_relationships_status', `status IN ('active', 'closed')`)
@Check('ck_mentoring_relationships_not_self', `mentor_user_id <> mentee_id`)
export class RelationshipEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  mentorId!: string;

  @ManyToOne(() => MentorProfileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_id', foreignKeyConstraintName: 'fk_mentoring_relationships_mentor' })
  mentor?: Relation<MentorProfileEntity>;

  /** The mentor's person, copied so the database refuses a self-mentoring pair. */
  @Column({ type: 'uuid' })
  mentorUserId!: string;

  @Column({ type: 'uuid' })
  menteeId!: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentee_id', foreignKeyConstraintName: 'fk_mentoring_relationships_mentee' })
  mentee?: unknown;

  /** Set when the pair came from a programme's match. */
  @Column({ type: 'uuid', nullable: true })
  programmeId!: string | null;

  @Column({ type: 'text' })
  goals!: string;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status!: 'active' | 'closed';

  @Column({ type: 'timestamptz', default: () => 'now()' })
  startedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  /** When the 30-day check-in went out (once per relationship). */
  @Column({ type: 'timestamptz', nullable: true })
  checkInSentAt!: Date | null;
}
