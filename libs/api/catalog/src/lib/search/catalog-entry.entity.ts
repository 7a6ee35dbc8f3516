import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The public catalogue's read model: one row per published, non-archived course, written in
 * the transaction that publishes (or archives) it. Search and filters read only this table.
 * The GIN indexes are created by the migration (TypeORM cannot declare them; `synchronize:
 * false` keeps the schema check from flagging them).
 */
@Entity('catalog_entries')
@Index('ix_catalog_entries_search', { synchronize: false })
@Index('ix_catalog_entries_audiences', { synchronize: false })
@Index('ix_catalog_entries_themes', { synchronize: false })
@Index('ix_catalog_entries_competences', { synchronize: false })
@Index('ix_catalog_entries_published_at', ['publishedAt', 'courseId'])
@Index('ix_catalog_entries_title', ['title', 'courseId'])
@Index('ix_catalog_entries_hours', ['estimatedHours', 'courseId'])
export class CatalogEntryEntity {
  @PrimaryColumn('uuid')
  courseId!: string;

  @Column({ type: 'uuid' })
  versionId!: string;

  @Column({ type: 'int' })
  versionNumber!: number;

  @Column({ type: 'varchar', length: 200 })
  slug!: string;

  @Column({ type: 'varchar', length: 160 })
  title!: string;

  @Column({ type: 'varchar', length: 500 })
  summary!: string;

  @Column({ type: 'varchar', length: 2 })
  language!: string;

  @Column({ type: 'varchar', length: 16 })
  level!: string;

  @Column({ type: 'text', array: true })
  audiences!: string[];

  @Column({ type: 'text', array: true })
  themes!: string[];

  /** "framework:code", e.g. "entrecomp:2.4". */
  @Column({ type: 'text', array: true })
  competences!: string[];

  @Column({ type: 'uuid', nullable: true })
  territoryId!: string | null;

  @Column({
    type: 'numeric',
    precision: 6,
    scale: 1,
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  estimatedHours!: number;

  @Column({ type: 'timestamptz' })
  publishedAt!: Date;

  /** Weighted words of the course in its own language (title A, summary B, syllabus C, text D). */
  @Column({ type: 'tsvector', select: false })
  search!: string;
}
