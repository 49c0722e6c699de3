import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

export type OrganisationStatus = 'ACTIVE' | 'SUSPENDED';

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
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'organisations_pkey' })
  id!: string;

  @Column('text')
  name!: string;

  @Column('text', { name: 'enterprise_number', nullable: true })
  enterpriseNumber!: string | null;

  @Column('text', { default: 'ACTIVE' })
  status!: OrganisationStatus;

  @Column('boolean', { default: false })
  trusted!: boolean;

  @Column('integer', { name: 'monthly_hour_quota', nullable: true })
  monthlyHourQuota!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
