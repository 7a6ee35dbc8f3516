import type { MatchExplanationItem } from '@academy/shared/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { MentorProfileEntity } from './mentor-profile.entity';
import { ProgrammeEntity } from './programme.entity';

/**
 * A pair in a programme's match: drafted by the engine (or the admin), proposed on publishing,
 * then accepted or declined by each side. A mentee is in at most one pair per programme.
 */
@Entity('mentoring_programme_pairs')
@Index('uq_mentoring_programme_pairs_mentee', ['programmeId', 'menteeId'], { unique: true })
@Check('ck_mentoring_programme_pairs_status', `status IN ('draft', 'proposed', 'accepted', 'declined')`)
export class ProgrammePairEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_mentoring_programme_pairs_programme' })
  programme?: Relation<ProgrammeEntity>;

  @Column({ type: 'uuid' })
  mentorId!: string;

  @ManyToOne(() => MentorProfileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_id', foreignKeyConstraintName: 'fk_mentoring_programme_pairs_mentor' })
  mentor?: Relation<MentorProfileEntity>;

  @Column({ type: 'uuid' })
  menteeId!: string;

  @Column({ type: 'int' })
  score!: number;

  @Column({ type: 'jsonb' })
  explanation!: MatchExplanationItem[];

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: 'draft' | 'proposed' | 'accepted' | 'declined';

  @Column({ type: 'boolean', nullable: true })
  mentorAccepted!: boolean | null;

  @Column({ type: 'boolean', nullable: true })
  menteeAccepted!: boolean | null;

  @Column({ type: 'uuid', nullable: true })
  relationshipId!: string | null;
}
