import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ProgrammeEntity } from './programme.entity';

/** Someone taking part in a programme, as mentor or mentee (a person may be both). */
@Entity('mentoring_programme_participants')
@Check('ck_mentoring_programme_participants_role', `role IN ('mentor', 'mentee')`)
export class ProgrammeParticipantEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_mentoring_programme_participants' })
  programmeId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_mentoring_programme_participants' })
  userId!: string;

  @PrimaryColumn({ type: 'varchar', length: 8, primaryKeyConstraintName: 'pk_mentoring_programme_participants' })
  role!: 'mentor' | 'mentee';

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_mentoring_programme_participants_programme' })
  programme?: Relation<ProgrammeEntity>;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_mentoring_programme_participants_user' })
  user?: unknown;

  @Column({ type: 'boolean', default: true })
  active!: boolean;
}
