import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { UserEntity } from '../people/user.entity.js';

/** An invitation to create a partner account; only the SHA-256 of its token is stored. */
@Entity('partner_invites')
@Unique('partner_invites_token_hash_key', ['tokenHash'])
@Check('partner_invites_token_hash_check', `token_hash ~ '^[0-9a-f]{64}$'`)
@Check('partner_invites_email_check', `email = lower(email) AND length(email) BETWEEN 3 AND 254 AND position('@' in email) > 1`)
@Check('partner_invites_display_name_check', 'length(display_name) BETWEEN 1 AND 200')
@Check('partner_invites_expiry_check', 'expires_at > created_at')
@Check('partner_invites_accepted_check', '(accepted_at IS NULL) = (user_id IS NULL)')
export class PartnerInviteEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'partner_invites_pkey' })
  id!: string;

  @Index('partner_invites_organisation_idx')
  @ForeignKey(() => OrganisationEntity, { name: 'partner_invites_organisation_fkey', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'organisation_id' })
  organisationId!: string;

  @Column('text')
  email!: string;

  @Column('text', { name: 'display_name' })
  displayName!: string;

  @Column('text', { name: 'token_hash' })
  tokenHash!: string;

  @ForeignKey(() => UserEntity, { name: 'partner_invites_created_by_fkey' })
  @Column('uuid', { name: 'created_by' })
  createdBy!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Column('timestamptz', { name: 'accepted_at', nullable: true })
  acceptedAt!: Date | null;

  @ForeignKey(() => UserEntity, { name: 'partner_invites_user_fkey' })
  @Column('uuid', { name: 'user_id', nullable: true })
  userId!: string | null;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;
}
