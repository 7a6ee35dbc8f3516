import type { QuestionResult } from '@academy/shared/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { EnrolmentEntity } from './enrolment.entity';

/**
 * One graded quiz submission. The client's attempt id makes a resent submission count once;
 * the attempt number is unique per quiz so the attempt limit holds under concurrency.
 */
@Entity('quiz_attempts')
@Index('uq_quiz_attempts_client_id', ['enrolmentId', 'lessonId', 'attemptId'], { unique: true })
@Index('uq_quiz_attempts_number', ['enrolmentId', 'lessonId', 'attemptNumber'], { unique: true })
export class QuizAttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  enrolmentId!: string;

  @ManyToOne(() => EnrolmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'fk_quiz_attempts_enrolment' })
  enrolment?: Relation<EnrolmentEntity>;

  @Column({ type: 'uuid' })
  lessonId!: string;

  /** Chosen by the client once per attempt. */
  @Column({ type: 'uuid' })
  attemptId!: string;

  @Column({ type: 'int' })
  attemptNumber!: number;

  /** The version the quiz was taken in (its questions are what was graded). */
  @Column({ type: 'uuid' })
  versionId!: string;

  @Column({ type: 'jsonb' })
  answers!: Record<string, string[]>;

  @Column({ type: 'jsonb' })
  results!: QuestionResult[];

  @Column({ type: 'int' })
  score!: number;

  @Column({ type: 'boolean' })
  passed!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  submittedAt!: Date;
}
