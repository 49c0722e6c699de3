import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

@Entity('sites')
@Unique('sites_name_key', ['name'])
@Check('sites_name_check', 'length(name) BETWEEN 1 AND 200')
@Check('sites_address_check', 'length(address) <= 500')
@Check('sites_holiday_region_check', `holiday_region ~ '^[A-Z]{2}(-[A-Z]{2,3})?$'`)
export class SiteEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'sites_pkey' })
  id!: string;

  @Column('text')
  name!: string;

  @Column('text', { default: '' })
  address!: string;

  @Column('text', { name: 'time_zone', default: 'Europe/Brussels' })
  timeZone!: string;

  @Column('boolean', { name: 'is_satellite', default: false })
  isSatellite!: boolean;

  /** Country and optional region code for the public-holiday library, e.g. BE-VLG. */
  @Column('text', { name: 'holiday_region', default: 'BE-VLG' })
  holidayRegion!: string;

  /** Last year whose public holidays were loaded as closure days; removals by a manager stick. */
  @Column('integer', { name: 'holidays_loaded_through', nullable: true })
  holidaysLoadedThrough!: number | null;

  @Column('boolean', { default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
