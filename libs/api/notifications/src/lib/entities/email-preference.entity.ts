import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A person's choices about optional emails. No row: the defaults (reminders on). */
@Entity('email_preferences')
export class EmailPreferenceEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_email_preferences' })
  userId!: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_email_preferences_user' })
  user?: unknown;

  /** Weekly nudges about courses left untouched for a week. */
  @Column({ type: 'boolean', default: true })
  reminders!: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
