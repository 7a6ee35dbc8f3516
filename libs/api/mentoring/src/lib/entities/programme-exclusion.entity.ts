import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { MentorProfileEntity } from './mentor-profile.entity';
import { ProgrammeEntity } from './programme.entity';

/**
 * A pair a programme's organisers ruled out (a conflict of interest, a past clash): the engine
 * never proposes it and a draft edit that makes it is refused.
 */
@Entity('mentoring_programme_exclusions')
export class ProgrammeExclusionEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_mentoring_programme_exclusions' })
  programmeId!: string;

  /** The mentee's user id. */
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_mentoring_programme_exclusions' })
  menteeId!: string;

  /** The mentor's profile id. */
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_mentoring_programme_exclusions' })
  mentorId!: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_mentoring_programme_exclusions_programme' })
  programme?: Relation<ProgrammeEntity>;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentee_id', foreignKeyConstraintName: 'fk_mentoring_programme_exclusions_mentee' })
  mentee?: unknown;

  @ManyToOne(() => MentorProfileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_id', foreignKeyConstraintName: 'fk_mentoring_programme_exclusions_mentor' })
  mentor?: Relation<MentorProfileEntity>;

  /** Why, for the other organisers (never shown to the two people). */
  @Column({ type: 'varchar', length: 300, default: '' })
  reason!: string;

  @Column({ type: 'uuid' })
  createdById!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
