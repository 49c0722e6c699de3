import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { UserEntity } from '../people/user.entity.js';
import { SpaceEntity } from '../spaces/space.entity.js';

/**
 * A secret calendar subscription link: a person's own bookings, or (for a facility manager) one
 * space's. Only the SHA-256 of the token is stored; a revoked or unknown token finds nothing.
 */
@Entity('calendar_feeds')
@Unique('calendar_feeds_token_hash_key', ['tokenHash'])
@Check('calendar_feeds_token_hash_check', `token_hash ~ '^[0-9a-f]{64}$'`)
@Index('calendar_feeds_personal_key', ['ownerId'], { unique: true, where: 'space_id IS NULL AND revoked_at IS NULL' })
@Index('calendar_feeds_space_key', ['ownerId', 'spaceId'], { unique: true, where: 'space_id IS NOT NULL AND revoked_at IS NULL' })
export class CalendarFeedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'calendar_feeds_pkey' })
  id!: string;

  @ForeignKey(() => UserEntity, { name: 'calendar_feeds_owner_fkey', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'owner_id' })
  ownerId!: string;

  /** Null: the owner's own bookings; set: every booking of this space. */
  @ForeignKey(() => SpaceEntity, { name: 'calendar_feeds_space_fkey', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'space_id', nullable: true })
  spaceId!: string | null;

  @Column('text', { name: 'token_hash' })
  tokenHash!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;

  @Column('timestamptz', { name: 'last_used_at', nullable: true })
  lastUsedAt!: Date | null;
}
