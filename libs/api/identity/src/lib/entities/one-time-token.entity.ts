import { UserEntity } from './user.entity';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  JoinColumn,
  ManyToOne,
} from 'typeorm';

export type OneTimeTokenPurpose = 'verify_email' | 'reset_password';

/** A token sent by email (verification, password reset); only its SHA-256 is stored. */
@Entity('one_time_tokens')
@Index('uq_one_time_tokens_token_hash', ['tokenHash'], { unique: true })
@Index('ix_one_time_tokens_user_id', ['userId'])
@Check('ck_one_time_tokens_purpose', `purpose IN ('verify_email', 'reset_password')`)
export class OneTimeTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_one_time_tokens_user' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 32 })
  purpose!: OneTimeTokenPurpose;

  @Column({ type: 'char', length: 64 })
  tokenHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}
