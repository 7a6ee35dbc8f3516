import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CompetenceAreaEntity } from './competence-area.entity';
import { CompetenceFrameworkEntity } from './competence-framework.entity';

/**
 * A competence (EntreComp 2.4 "Financial and economic literacy"). The framework is stored as
 * well as the area so that "framework + code" is unique in the database: later contexts refer
 * to a competence by that pair or by its id.
 */
@Entity('competences')
@Index('uq_competences_framework_code', ['frameworkId', 'code'], { unique: true })
@Index('ix_competences_area', ['areaId'])
export class CompetenceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  frameworkId!: string;

  // Relation<> keeps decorator metadata from naming a class a circular import has not defined yet.
  @ManyToOne(() => CompetenceFrameworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_id', foreignKeyConstraintName: 'fk_competences_framework' })
  framework!: Relation<CompetenceFrameworkEntity>;

  @Column({ type: 'uuid' })
  areaId!: string;

  @ManyToOne(() => CompetenceAreaEntity, (a) => a.competences, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'area_id', foreignKeyConstraintName: 'fk_competences_area' })
  area!: Relation<CompetenceAreaEntity>;

  @Column({ type: 'varchar', length: 20 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'smallint' })
  position!: number;
}
