import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

export const ORGANISATION_STATUSES = ['ACTIVE', 'SUSPENDED'] as const;
export type OrganisationStatus = (typeof ORGANISATION_STATUSES)[number];

@Entity('organisations')
@Unique('organisations_name_key', ['name'])
@Unique('organisations_enterprise_number_key', ['enterpriseNumber'])
@Check('organisations_name_check', 'length(name) BETWEEN 1 AND 200')
@Check('organisations_status_check', `status IN ('ACTIVE', 'SUSPENDED')`)
@Check('organisations_quota_check', 'monthly_hour_quota IS NULL OR monthly_hour_quota BETWEEN 0 AND 10000')
@Check(
  'organisations_enterprise_number_check',
  `enterprise_number IS NULL OR (enterprise_number ~ '^[01][0-9]{9}$' AND 97 - (substr(enterprise_number, 1, 8)::bigint % 97) = substr(enterprise_number, 9, 2)::int)`,
)
@Check('organisations_address_check', 'length(address) <= 500')
@Check('organisations_agreement_check', 'agreement_starts_on <= agreement_ends_on')
@Check('organisations_terms_check', '(terms_version IS NULL) = (terms_accepted_at IS NULL) AND length(terms_version) BETWEEN 1 AND 50')
@Check(
  'organisations_suspension_check',
  `(status = 'SUSPENDED') = (suspended_at IS NOT NULL AND suspension_reason IS NOT NULL) AND length(suspension_reason) BETWEEN 1 AND 1000`,
)
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'organisations_pkey' })
  id!: string;

  @Column('text')
  name!: string;

  /** Ten digits, normalised (no dots or spaces); the database checks the mod-97 check digits. */
  @Column('text', { name: 'enterprise_number', nullable: true })
  enterpriseNumber!: string | null;

  @Column('text', { default: '' })
  address!: string;

  @Column('text', { default: 'ACTIVE' })
  status!: OrganisationStatus;

  /** Requests of a trusted organisation are confirmed at once; others wait for a facility manager. */
  @Column('boolean', { default: false })
  trusted!: boolean;

  @Column('integer', { name: 'monthly_hour_quota', nullable: true })
  monthlyHourQuota!: number | null;

  @Column('date', { name: 'agreement_starts_on', nullable: true })
  agreementStartsOn!: string | null;

  @Column('date', { name: 'agreement_ends_on', nullable: true })
  agreementEndsOn!: string | null;

  @Column('text', { name: 'terms_version', nullable: true })
  termsVersion!: string | null;

  @Column('timestamptz', { name: 'terms_accepted_at', nullable: true })
  termsAcceptedAt!: Date | null;

  @Column('timestamptz', { name: 'suspended_at', nullable: true })
  suspendedAt!: Date | null;

  @Column('text', { name: 'suspension_reason', nullable: true })
  suspensionReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
