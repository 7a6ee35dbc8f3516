import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { RelationshipEntity } from './relationship.entity';

/**
 * What each of the pair answered: the 30-day check-in ("is this pairing working?") and the
 * closing survey. One answer of each kind per person and relationship.
 */
@Entity('mentoring_relationship_answers')
@Check('ck_mentoring_relationship_answers_kind', `kind IN ('check_in', 'closing')`)
@Check('ck_mentoring_relationship_answers_rating', `rating IS NULL OR rating BETWEEN 1 AND 5`)
export class RelationshipAnswerEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_mentoring_relationship_answers' })
  relationshipId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_mentoring_relationship_answers' })
  userId!: string;

  @PrimaryColumn({ type: 'varchar', length: 16, primaryKeyConstraintName: 'pk_mentoring_relationship_answers' })
  kind!: 'check_in' | 'closing';

  @ManyToOne(() => RelationshipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'relationship_id', foreignKeyConstraintName: 'fk_mentoring_relationship_answers_relationship' })
  relationship?: Relation<RelationshipEntity>;

  /** Check-in: is the pairing working? Closing: were the goals met? */
  @Column({ type: 'boolean' })
  positive!: boolean;

  /** Closing only: 1-5. */
  @Column({ type: 'int', nullable: true })
  rating!: number | null;

  @Column({ type: 'text' })
  comment!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  answeredAt!: Date;
}
