import { Column, CreateDateColumn, Entity, Index, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { CompetenceAreaEntity } from './competence-area.entity';
import { FrameworkLevelEntity } from './framework-level.entity';

/** An EU competence framework (EntreComp, DigComp, GreenComp); `code` is how other contexts name it. */
@Entity('competence_frameworks')
@Index('uq_competence_frameworks_code', ['code'], { unique: true })
export class CompetenceFrameworkEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'smallint' })
  year!: number;

  /** Attribution shown with the framework: the EU publication it comes from. */
  @Column({ type: 'text' })
  source!: string;

  @OneToMany(() => FrameworkLevelEntity, (l) => l.framework)
  levels!: FrameworkLevelEntity[];

  @OneToMany(() => CompetenceAreaEntity, (a) => a.framework)
  areas!: CompetenceAreaEntity[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
