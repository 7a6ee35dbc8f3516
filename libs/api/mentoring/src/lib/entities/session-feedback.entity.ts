import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { MentoringSessionEntity } from './mentoring-session.entity';

/** Each of the pair rates a session once (1-5, with a comment). */
@Entity('mentoring_session_feedback')
@Check('ck_mentoring_session_feedback_rating', `rating BETWEEN 1 AND 5`)
export class SessionFeedbackEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_mentoring_session_feedback' })
  sessionId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_mentoring_session_feedback' })
  userId!: string;

  @ManyToOne(() => MentoringSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_mentoring_session_feedback_session' })
  session?: Relation<MentoringSessionEntity>;

  @Column({ type: 'int' })
  rating!: number;

  @Column({ type: 'text' })
  comment!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
