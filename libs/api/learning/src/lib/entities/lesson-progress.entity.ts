import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { EnrolmentEntity } from './enrolment.entity';

/**
 * A lesson the learner has finished: read (article, video, resource), passed (quiz) or
 * completed (assignment). The primary key makes marking it twice a no-op.
 */
@Entity('lesson_progress')
export class LessonProgressEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_lesson_progress' })
  enrolmentId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_lesson_progress' })
  lessonId!: string;

  @ManyToOne(() => EnrolmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'fk_lesson_progress_enrolment' })
  enrolment?: Relation<EnrolmentEntity>;

  @CreateDateColumn({ type: 'timestamptz' })
  completedAt!: Date;
}
