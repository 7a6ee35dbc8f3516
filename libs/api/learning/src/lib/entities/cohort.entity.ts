import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** A group enrolled together in a course (a class, a partner's programme), with optional dates. */
@Entity('cohorts')
@Index('ix_cohorts_course', ['courseId'])
@Index('uq_cohorts_course_name', ['courseId', 'name'], { unique: true })
@Check('ck_cohorts_dates', `starts_on IS NULL OR ends_on IS NULL OR starts_on <= ends_on`)
export class CohortEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  courseId!: string;

  @ManyToOne('CourseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_cohorts_course' })
  course?: unknown;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'date', nullable: true })
  startsOn!: string | null;

  @Column({ type: 'date', nullable: true })
  endsOn!: string | null;

  /** Set for a partner admin's cohort: only that territory's admins manage it. */
  @Column({ type: 'uuid', nullable: true })
  territoryId!: string | null;

  @ManyToOne('TerritoryEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'territory_id', foreignKeyConstraintName: 'fk_cohorts_territory' })
  territory?: unknown;

  @Column({ type: 'uuid' })
  createdById!: string;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_cohorts_created_by' })
  createdBy?: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
