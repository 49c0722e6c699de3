import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../people/user.entity.js';

/** A message in a user's in-app list: a kind and its parameters, worded by the web app in the reader's language. */
@Entity('notifications')
@Index('notifications_user_idx', ['userId', 'createdAt'])
@Check('notifications_kind_check', `kind ~ '^[A-Z][A-Z0-9_]{0,99}$'`)
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'notifications_pkey' })
  id!: string;

  @ForeignKey(() => UserEntity, { name: 'notifications_user_fkey', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('text')
  kind!: string;

  @Column('jsonb', { default: {} })
  params!: Record<string, unknown>;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'read_at', nullable: true })
  readAt!: Date | null;
}
