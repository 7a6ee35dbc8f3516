import type { CourseDocument } from '@academy/shared/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import type { VersionChanges } from '../catalog.models';
import { CourseEntity } from './course.entity';

export const VERSION_STATUSES = ['draft', 'in_review', 'published'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

/**
 * One version of a course's document. Drafts and versions in review change; a published
 * version is frozen (a database trigger refuses to change its content, number or course, or to
 * delete it), so learners keep exactly the version they enrolled in.
 */
@Entity('course_versions')
@Index('uq_course_versions_course_number', ['courseId', 'number'], { unique: true })
// At most one version a course's authors are working on (a draft, or one waiting for review).
@Index('uq_course_versions_open', ['courseId'], {
  unique: true,
  where: `status IN ('draft', 'in_review')`,
})
@Index('ix_course_versions_status', ['status'])
@Check(
  'ck_course_versions_status',
  `status IN (${VERSION_STATUSES.map((s) => `'${s}'`).join(', ')})`,
)
@Check('ck_course_versions_number', `number >= 1`)
@Check('ck_course_versions_published', `(status = 'published') = (published_at IS NOT NULL)`)
export class CourseVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  courseId!: string;

  @ManyToOne(() => CourseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_course_versions_course' })
  course?: Relation<CourseEntity>;

  @Column({ type: 'int' })
  number!: number;

  @Column({ type: 'varchar', length: 20 })
  status!: VersionStatus;

  /** The course document, valid against the contract's schema when it was saved. */
  @Column({ type: 'jsonb' })
  content!: CourseDocument;

  @Column({ type: 'uuid' })
  createdById!: string;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_course_versions_created_by' })
  createdBy?: unknown;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  submittedById!: string | null;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({
    name: 'submitted_by_id',
    foreignKeyConstraintName: 'fk_course_versions_submitted_by',
  })
  submittedBy?: unknown;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  reviewedById!: string | null;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({
    name: 'reviewed_by_id',
    foreignKeyConstraintName: 'fk_course_versions_reviewed_by',
  })
  reviewedBy?: unknown;

  /** The last reviewer's words: the approval note, or the comments that sent it back. */
  @Column({ type: 'text', nullable: true })
  reviewNote!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /** What changed against the previous published version; null for the first one. */
  @Column({ type: 'jsonb', nullable: true })
  changes!: VersionChanges | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
