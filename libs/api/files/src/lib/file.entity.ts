import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** An uploaded file: its bytes are in the FileStorage under `storageKey`, never under its own name. */
@Entity('files')
@Index('ix_files_owner_id', ['ownerId'])
export class FileEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  ownerId!: string;

  // Named by string: identity owns users.
  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'fk_files_owner' })
  owner?: unknown;

  /** As the uploader named it; only shown and used in Content-Disposition, never as a path. */
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
  createdAt!: Date;
}
