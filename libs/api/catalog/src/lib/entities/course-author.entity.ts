import {
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { CourseEntity } from './course.entity';

/** A person who may edit a course's drafts (and therefore may not review it). */
@Entity('course_authors')
@Index('ix_course_authors_user', ['userId'])
export class CourseAuthorEntity {
  // The composite primary key is the "one row per course and person" rule.
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_course_authors' })
  courseId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_course_authors' })
  userId!: string;

  @ManyToOne(() => CourseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_course_authors_course' })
  course?: Relation<CourseEntity>;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_course_authors_user' })
  user?: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  addedAt!: Date;
}
