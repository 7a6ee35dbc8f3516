import type { MatchingObjective, MatchingWeights } from '@academy/shared/matching';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** A mentoring round a partner admin runs for their territory: participants, weights, a published match. */
@Entity('mentoring_programmes')
@Index('ix_mentoring_programmes_territory', ['territoryId'])
@Check('ck_mentoring_programmes_status', `status IN ('draft', 'published')`)
@Check('ck_mentoring_programmes_dates', `starts_on <= ends_on`)
export class ProgrammeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  territoryId!: string;

  @ManyToOne('TerritoryEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'territory_id', foreignKeyConstraintName: 'fk_mentoring_programmes_territory' })
  territory?: unknown;

  @Column({ type: 'varchar', length: 160 })
  name!: string;

  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date' })
  endsOn!: string;

  @Column({ type: 'jsonb', default: {} })
  weights!: Partial<MatchingWeights>;

  @Column({ type: 'varchar', length: 16, default: 'max-matched' })
  objective!: MatchingObjective;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: 'draft' | 'published';

  @Column({ type: 'uuid' })
  createdById!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}
