import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { UserEntity } from '../modules/people/user.entity.js';

@Entity('sessions')
@Unique('sessions_token_hash_key', ['tokenHash'])
@Check('sessions_token_hash_check', `token_hash ~ '^[0-9a-f]{64}$'`)
@Check('sessions_expiry_check', 'expires_at > created_at')
@Check('sessions_user_agent_check', 'length(user_agent) <= 512')
@Check('sessions_sign_in_method_check', `sign_in_method IN ('PASSWORD','OIDC')`)
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'sessions_pkey' })
  id!: string;

  @Index('sessions_user_idx')
  @ForeignKey(() => UserEntity, { name: 'sessions_user_fkey', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'user_id' })
  userId!: string;

  /** SHA-256 (hex) of the refresh token; the token itself only ever lives in the browser's cookie. */
  @Column('text', { name: 'token_hash' })
  tokenHash!: string;

  /** Every rotation of one sign-in shares the family: reuse of an old token revokes them all. */
  @Index('sessions_family_idx')
  @Column('uuid', { name: 'family_id' })
  familyId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Column('timestamptz', { name: 'last_used_at', default: () => 'now()' })
  lastUsedAt!: Date;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;

  @Column('text', { name: 'user_agent', nullable: true })
  userAgent!: string | null;

  /** How the family started: a session from the identity provider also signs out there. */
  @Column('text', { name: 'sign_in_method', default: 'PASSWORD' })
  signInMethod!: 'PASSWORD' | 'OIDC';
}
