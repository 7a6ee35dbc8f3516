import { ENROLMENT_STATUSES, type EnrolmentStatus } from '@academy/shared/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A learner's place in a course: one row per learner and course, whatever happens (the unique
 * index makes a double click or two tabs one enrolment; withdrawing and enrolling again reuse
 * the row and keep the progress). The version is the one the learner follows.
 */
@Entity('enrolments')
@Index('uq_enrolments_user_course', ['userId', 'courseId'], { unique: true })
@Index('ix_enrolments_course', ['courseId'])
@Index('ix_enrolments_cohort', ['cohortId'])
@Index('ix_enrolments_activity', ['status', 'lastActivityAt'])
@Check('ck_enrolments_status', `status IN (${ENROLMENT_STATUSES.map((s) => `'${s}'`).join(', ')})`)
@Check('ck_enrolments_completed', `(status = 'completed') = (completed_at IS NOT NULL)`)
export class EnrolmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_enrolments_user' })
  user?: unknown;

  @Column({ type: 'uuid' })
  courseId!: string;

  @ManyToOne('CourseEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_enrolments_course' })
  course?: unknown;

  @Column({ type: 'uuid' })
  versionId!: string;

  @ManyToOne('CourseVersionEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'fk_enrolments_version' })
  version?: unknown;

  /** The group a trainer or partner admin enrolled the learner with, if any. */
  @Column({ type: 'uuid', nullable: true })
  cohortId!: string | null;

  @ManyToOne('CohortEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_enrolments_cohort' })
  cohort?: unknown;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status!: EnrolmentStatus;

  /** When the current stint began (reset by enrolling again after withdrawing). */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  enrolledAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastActivityAt!: Date;

  /** The lesson opened last: where "continue" takes the learner. */
  @Column({ type: 'uuid', nullable: true })
  lastLessonId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
