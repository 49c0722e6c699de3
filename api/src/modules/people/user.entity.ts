import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { ROLES, sqlTextArray, type Role } from '../../auth/roles.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { DepartmentEntity } from './department.entity.js';

@Entity('users')
@Unique('users_email_key', ['email'])
@Check('users_email_check', `email = lower(email) AND length(email) BETWEEN 3 AND 254 AND position('@' in email) > 1`)
@Check('users_display_name_check', 'length(display_name) BETWEEN 1 AND 200')
@Check('users_roles_check', `cardinality(roles) >= 1 AND roles <@ ${sqlTextArray(ROLES)}`)
@Check(
  'users_partner_check',
  `(('PARTNER' = ANY (roles)) = (organisation_id IS NOT NULL)) AND (NOT ('PARTNER' = ANY (roles)) OR cardinality(roles) = 1)`,
)
@Check('users_fte_check', 'fte > 0 AND fte <= 1')
@Check('users_locale_check', `locale IN ('nl-BE', 'en')`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'users_pkey' })
  id!: string;

  @Column('text')
  email!: string;

  @Column('text', { name: 'display_name' })
  displayName!: string;

  @Column('text', { name: 'password_hash', nullable: true })
  passwordHash!: string | null;

  @Column('text', { array: true })
  roles!: Role[];

  @Index('users_department_idx')
  @ForeignKey(() => DepartmentEntity, { name: 'users_department_fkey' })
  @Column('uuid', { name: 'department_id', nullable: true })
  departmentId!: string | null;

  @Index('users_organisation_idx')
  @ForeignKey(() => OrganisationEntity, { name: 'users_organisation_fkey' })
  @Column('uuid', { name: 'organisation_id', nullable: true })
  organisationId!: string | null;

  /** numeric comes back from pg as a string; the mapper converts. */
  @Column('numeric', { precision: 3, scale: 2, default: 1 })
  fte!: string;

  @Column('boolean', { name: 'counts_in_headcount', default: true })
  countsInHeadcount!: boolean;

  @Column('boolean', { name: 'screen_worker', default: true })
  screenWorker!: boolean;

  @Column('text', { default: 'nl-BE' })
  locale!: 'nl-BE' | 'en';

  @Column('boolean', { default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** Access tokens issued before this moment (a password change) are refused. */
  @Column('timestamptz', { name: 'tokens_valid_after', nullable: true })
  tokensValidAfter!: Date | null;
}
