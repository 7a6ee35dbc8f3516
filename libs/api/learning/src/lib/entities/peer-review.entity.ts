import type { RubricScores } from '@academy/shared/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { AssignmentSubmissionEntity } from './assignment-submission.entity';

/**
 * A review of one submission by one person: handed out to a peer (or written by a trainer),
 * filled in once. The unique index means nobody reviews the same work twice; a check keeps
 * anyone from reviewing their own.
 */
@Entity('peer_reviews')
@Index('uq_peer_reviews_submission_reviewer', ['submissionId', 'reviewerId'], { unique: true })
@Index('ix_peer_reviews_reviewer', ['reviewerId'])
@Check('ck_peer_reviews_kind', `kind IN ('peer', 'trainer')`)
@Check('ck_peer_reviews_not_own', `reviewer_id <> author_id`)
export class PeerReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  submissionId!: string;

  @ManyToOne(() => AssignmentSubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_id', foreignKeyConstraintName: 'fk_peer_reviews_submission' })
  submission?: Relation<AssignmentSubmissionEntity>;

  /** The submission's author, copied so the database itself refuses a self-review. */
  @Column({ type: 'uuid' })
  authorId!: string;

  @Column({ type: 'uuid' })
  reviewerId!: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reviewer_id', foreignKeyConstraintName: 'fk_peer_reviews_reviewer' })
  reviewer?: unknown;

  @Column({ type: 'varchar', length: 8 })
  kind!: 'peer' | 'trainer';

  @CreateDateColumn({ type: 'timestamptz' })
  assignedAt!: Date;

  @Column({ type: 'jsonb', nullable: true })
  scores!: RubricScores | null;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ type: 'int', nullable: true })
  points!: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;
}
