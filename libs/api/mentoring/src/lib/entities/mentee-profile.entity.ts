import type { AvailabilitySlot, MeetingFormatCode, Sector, WantedCompetenceView } from '@academy/shared/contracts';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** What a mentee is looking for, in their words and as competence codes; one per person. */
@Entity('mentee_profiles')
export class MenteeProfileEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_mentee_profiles' })
  userId!: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_mentee_profiles_user' })
  user?: unknown;

  @Column({ type: 'text' })
  goals!: string;

  @Column({ type: 'jsonb' })
  competences!: WantedCompetenceView[];

  @Column({ type: 'varchar', length: 32, nullable: true })
  sector!: Sector | null;

  @Column({ type: 'text', array: true })
  languages!: string[];

  @Column({ type: 'text', array: true })
  formats!: MeetingFormatCode[];

  @Column({ type: 'text', array: true })
  availability!: AvailabilitySlot[];

  @Column({ type: 'int', default: 0 })
  experienceYears!: number;

  @Column({ type: 'uuid', nullable: true })
  preferredMentorId!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
