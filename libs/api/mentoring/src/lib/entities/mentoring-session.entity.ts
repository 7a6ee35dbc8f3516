import type { MeetingFormatCode } from '@academy/shared/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { RelationshipEntity } from './relationship.entity';

/** A meeting one of the pair proposes and the other confirms. */
@Entity('mentoring_sessions')
@Index('ix_mentoring_sessions_relationship', ['relationshipId', 'startsAt'])
@Check('ck_mentoring_sessions_status', `status IN ('proposed', 'confirmed', 'cancelled')`)
@Check('ck_mentoring_sessions_duration', `duration_minutes BETWEEN 15 AND 480`)
export class MentoringSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  relationshipId!: string;

  @ManyToOne(() => RelationshipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'relationship_id', foreignKeyConstraintName: 'fk_mentoring_sessions_relationship' })
  relationship?: Relation<RelationshipEntity>;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'int' })
  durationMinutes!: number;

  @Column({ type: 'varchar', length: 16 })
  format!: MeetingFormatCode;

  /** A meeting link or a place. */
  @Column({ type: 'varchar', length: 500 })
  where!: string;

  @Column({ type: 'varchar', length: 16, default: 'proposed' })
  status!: 'proposed' | 'confirmed' | 'cancelled';

  @Column({ type: 'uuid' })
  proposedById!: string;

  /** Bumped on every change, for the calendar invitation's SEQUENCE. */
  @Column({ type: 'int', default: 0 })
  revision!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
