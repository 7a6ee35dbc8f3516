import {
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
import { CourseVersionEntity } from './course-version.entity';

/**
 * A course: the stable identity (slug, territory, authors) behind its versions. Its title,
 * language and the rest live in each version's document, so a published version stays
 * exactly what learners saw.
 */
@Entity('courses')
@Index('uq_courses_slug', ['slug'], { unique: true })
@Index('ix_courses_territory', ['territoryId'])
export class CourseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 120 })
  slug!: string;

  /** The territory whose academy runs the course; null for a network-wide course. */
  @Column({ type: 'uuid', nullable: true })
  territoryId!: string | null;

  // Named by string: the territories context owns that entity, the catalogue only points at it.
  @ManyToOne('TerritoryEntity', { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'territory_id', foreignKeyConstraintName: 'fk_courses_territory' })
  territory?: unknown;

  @Column({ type: 'uuid' })
  createdById!: string;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_courses_created_by' })
  createdBy?: unknown;

  /** The version learners get when they enrol now; null until the first approval. */
  @Column({ type: 'uuid', nullable: true })
  publishedVersionId!: string | null;

  @ManyToOne(() => CourseVersionEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({
    name: 'published_version_id',
    foreignKeyConstraintName: 'fk_courses_published_version',
  })
  publishedVersion?: Relation<CourseVersionEntity> | null;

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
