import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CompetenceFrameworkEntity } from './competence-framework.entity';

/** One step of a framework's proficiency scale (EntreComp "Discover" … "Transform"). */
@Entity('competence_framework_levels')
@Index('uq_competence_framework_levels_framework_level', ['frameworkId', 'level'], { unique: true })
// Both published scales have eight levels; course targets and self-assessments use the same range.
@Check('ck_competence_framework_levels_level', 'level BETWEEN 1 AND 8')
export class FrameworkLevelEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  frameworkId!: string;

  // Relation<> keeps decorator metadata from naming a class a circular import has not defined yet.
  @ManyToOne(() => CompetenceFrameworkEntity, (f) => f.levels, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_id', foreignKeyConstraintName: 'fk_competence_framework_levels_framework' })
  framework!: Relation<CompetenceFrameworkEntity>;

  @Column({ type: 'smallint' })
  level!: number;

  @Column({ type: 'varchar', length: 80 })
  name!: string;

  @Column({ type: 'varchar', length: 80 })
  band!: string;
}
