import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** When a learner was last nudged: the row that makes "at most one reminder a week" hold across workers. */
@Entity('learner_reminders')
export class LearnerReminderEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_learner_reminders' })
  userId!: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_learner_reminders_user' })
  user?: unknown;

  @Column({ type: 'timestamptz' })
  lastSentAt!: Date;
}
