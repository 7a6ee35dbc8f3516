import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CompetenceFrameworkEntity } from './competence-framework.entity';
import { CompetenceEntity } from './competence.entity';

/** A competence area of a framework (EntreComp 2 "Resources"). */
@Entity('competence_areas')
@Index('uq_competence_areas_framework_code', ['frameworkId', 'code'], { unique: true })
export class CompetenceAreaEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  frameworkId!: string;

  // Relation<> keeps decorator metadata from naming a class a circular import has not defined yet.
  @ManyToOne(() => CompetenceFrameworkEntity, (f) => f.areas, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_id', foreignKeyConstraintName: 'fk_competence_areas_framework' })
  framework!: Relation<CompetenceFrameworkEntity>;

  @Column({ type: 'varchar', length: 20 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** Order as published (codes are not always sortable as text). */
  @Column({ type: 'smallint' })
  position!: number;

  @OneToMany(() => CompetenceEntity, (c) => c.area)
  competences!: CompetenceEntity[];
}
