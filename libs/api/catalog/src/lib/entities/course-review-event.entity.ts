import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { CourseVersionEntity } from './course-version.entity';
import { CourseEntity } from './course.entity';

export const REVIEW_ACTIONS = ['submitted', 'approved', 'changes_requested', 'archived'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** The history of a course's workflow: who submitted, approved, sent back or archived, when. */
@Entity('course_review_events')
@Index('ix_course_review_events_course', ['courseId', 'createdAt'])
@Index('ix_course_review_events_version', ['versionId'])
@Check(
  'ck_course_review_events_action',
  `action IN (${REVIEW_ACTIONS.map((a) => `'${a}'`).join(', ')})`,
)
export class CourseReviewEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  courseId!: string;

  @ManyToOne(() => CourseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_course_review_events_course' })
  course?: Relation<CourseEntity>;

  @Column({ type: 'uuid' })
  versionId!: string;

  @ManyToOne(() => CourseVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'fk_course_review_events_version' })
  version?: Relation<CourseVersionEntity>;

  @Column({ type: 'uuid' })
  actorId!: string;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_course_review_events_actor' })
  actor?: unknown;

  @Column({ type: 'varchar', length: 32 })
  action!: ReviewAction;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
