import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { EnrolmentEntity } from './enrolment.entity';

/**
 * A learner's work for an assignment lesson: one per enrolment and lesson. The course, lesson
 * and author are kept on the row because peer review pools every submission of the lesson.
 */
@Entity('assignment_submissions')
@Index('uq_assignment_submissions_enrolment_lesson', ['enrolmentId', 'lessonId'], { unique: true })
@Index('ix_assignment_submissions_pool', ['courseId', 'lessonId', 'submittedAt'])
export class AssignmentSubmissionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  enrolmentId!: string;

  @ManyToOne(() => EnrolmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'fk_assignment_submissions_enrolment' })
  enrolment?: Relation<EnrolmentEntity>;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'uuid' })
  courseId!: string;

  @Column({ type: 'uuid' })
  lessonId!: string;

  @Column({ type: 'text' })
  text!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  submittedAt!: Date;

  /** A trainer who marked the assignment complete without the usual reviews. */
  @Column({ type: 'uuid', nullable: true })
  overriddenById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  overriddenAt!: Date | null;
}
