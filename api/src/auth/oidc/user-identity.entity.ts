import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../../modules/people/user.entity.js';

/** A person's account at the organisation's identity provider (issuer + subject), linked to their user. */
@Entity('user_identities')
@Check('user_identities_issuer_check', 'length(issuer) BETWEEN 1 AND 500')
@Check('user_identities_subject_check', 'length(subject) BETWEEN 1 AND 255')
export class UserIdentityEntity {
  @PrimaryColumn('text', { primaryKeyConstraintName: 'user_identities_pkey' })
  issuer!: string;

  /** The provider's `sub`: stable for the person, unlike the e-mail address. */
  @PrimaryColumn('text', { primaryKeyConstraintName: 'user_identities_pkey' })
  subject!: string;

  @Index('user_identities_user_idx')
  @ForeignKey(() => UserEntity, { name: 'user_identities_user_fkey', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'last_sign_in_at' })
  lastSignInAt!: Date;
}
