import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { RelationshipEntity } from './relationship.entity';

/** What the pair noted about their sessions: readable by the two of them only. */
@Entity('mentoring_notes')
@Index('ix_mentoring_notes_relationship', ['relationshipId', 'createdAt'])
export class PrivateNoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  relationshipId!: string;

  @ManyToOne(() => RelationshipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'relationship_id', foreignKeyConstraintName: 'fk_mentoring_notes_relationship' })
  relationship?: Relation<RelationshipEntity>;

  @Column({ type: 'uuid' })
  authorId!: string;

  @Column({ type: 'text' })
  text!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
