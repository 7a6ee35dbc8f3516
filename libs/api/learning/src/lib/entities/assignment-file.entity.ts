import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { EnrolmentEntity } from './enrolment.entity';

/**
 * The one file a learner may attach to an assignment (so to its submission, which is also one
 * per enrolment and lesson). Kept apart from the public course `files` so that only the
 * assignment's readers can fetch it. Its bytes live in the FileStorage under `storageKey`.
 */
@Entity('assignment_files')
@Index('uq_assignment_files_enrolment_lesson', ['enrolmentId', 'lessonId'], { unique: true })
@Index('uq_assignment_files_storage_key', ['storageKey'], { unique: true })
@Check('ck_assignment_files_size', `size > 0`)
// The upload check only accepts documents and raster pictures; the database, too, refuses
// anything a browser would run as a page (a later change to the allowlist cannot let them in).
@Check(
  'ck_assignment_files_media_type',
  `media_type NOT LIKE 'text/%' AND media_type NOT IN ('image/svg+xml', 'application/xhtml+xml', 'application/xml')`,
)
export class AssignmentFileEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  enrolmentId!: string;

  @ManyToOne(() => EnrolmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'fk_assignment_files_enrolment' })
  enrolment?: Relation<EnrolmentEntity>;

  @Column({ type: 'uuid' })
  lessonId!: string;

  /** As the learner named it; only shown and used in Content-Disposition, never as a path. */
  @Column({ type: 'varchar', length: 255 })
  originalName!: string;

  /** Detected from the content, not taken from the client. */
  @Column({ type: 'varchar', length: 120 })
  mediaType!: string;

  @Column({ type: 'int' })
  size!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'uuid' })
  storageKey!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  uploadedAt!: Date;
}
