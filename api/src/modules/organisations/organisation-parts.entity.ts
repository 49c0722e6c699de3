import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { SiteEntity } from '../sites/site.entity.js';
import { SPACE_KINDS, type SpaceKind } from '../spaces/space-kind.js';
import { SpaceEntity } from '../spaces/space.entity.js';
import { OrganisationEntity } from './organisation.entity.js';

const KINDS_SQL = `(${SPACE_KINDS.map((k) => `'${k}'`).join(',')})`;

/** A contact person of a partner organisation (not necessarily someone with an account). */
@Entity('organisation_contacts')
@Check('organisation_contacts_name_check', 'length(name) BETWEEN 1 AND 200')
@Check('organisation_contacts_email_check', `email = lower(email) AND length(email) BETWEEN 3 AND 254 AND position('@' in email) > 1`)
@Check('organisation_contacts_phone_check', 'length(phone) <= 50')
@Check('organisation_contacts_job_title_check', 'length(job_title) <= 200')
export class OrganisationContactEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'organisation_contacts_pkey' })
  id!: string;

  @Index('organisation_contacts_organisation_idx')
  @ForeignKey(() => OrganisationEntity, { name: 'organisation_contacts_organisation_fkey', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'organisation_id' })
  organisationId!: string;

  @Column('text')
  name!: string;

  @Column('text', { nullable: true })
  email!: string | null;

  @Column('text', { nullable: true })
  phone!: string | null;

  @Column('text', { name: 'job_title', nullable: true })
  jobTitle!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * What an organisation may book: one space, or every partner space (`spaces.partner_access`) of a
 * site and/or kind, null meaning any.
 */
@Entity('organisation_access')
@Check('organisation_access_kind_check', `space_kind IN ${KINDS_SQL}`)
@Check('organisation_access_target_check', 'space_id IS NULL OR (site_id IS NULL AND space_kind IS NULL)')
export class OrganisationAccessEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'organisation_access_pkey' })
  id!: string;

  @Index('organisation_access_organisation_idx')
  @ForeignKey(() => OrganisationEntity, { name: 'organisation_access_organisation_fkey', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'organisation_id' })
  organisationId!: string;

  @ForeignKey(() => SiteEntity, { name: 'organisation_access_site_fkey', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'site_id', nullable: true })
  siteId!: string | null;

  @Column('text', { name: 'space_kind', nullable: true })
  spaceKind!: SpaceKind | null;

  @ForeignKey(() => SpaceEntity, { name: 'organisation_access_space_fkey', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'space_id', nullable: true })
  spaceId!: string | null;
}

/** When the organisation's people may use the spaces; without rows, the site's opening hours apply. */
@Entity('organisation_hours')
@Index('organisation_hours_organisation_idx', ['organisationId', 'weekday'])
@Check('organisation_hours_weekday_check', 'weekday BETWEEN 1 AND 7')
@Check('organisation_hours_range_check', 'opens_at < closes_at')
export class OrganisationHoursEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'organisation_hours_pkey' })
  id!: string;

  @ForeignKey(() => OrganisationEntity, { name: 'organisation_hours_organisation_fkey', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'organisation_id' })
  organisationId!: string;

  @Column('smallint')
  weekday!: number;

  @Column('time', { name: 'opens_at' })
  opensAt!: string;

  @Column('time', { name: 'closes_at' })
  closesAt!: string;
}

/** Price per hour of a kind of space for one organisation, in euro cents; a missing kind costs 0. */
@Entity('organisation_tariffs')
@Check('organisation_tariffs_kind_check', `space_kind IN ${KINDS_SQL}`)
@Check('organisation_tariffs_cents_check', 'cents_per_hour BETWEEN 0 AND 100000')
export class OrganisationTariffEntity {
  @ForeignKey(() => OrganisationEntity, { name: 'organisation_tariffs_organisation_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn('uuid', { name: 'organisation_id', primaryKeyConstraintName: 'organisation_tariffs_pkey' })
  organisationId!: string;

  @PrimaryColumn('text', { name: 'space_kind', primaryKeyConstraintName: 'organisation_tariffs_pkey' })
  spaceKind!: SpaceKind;

  @Column('integer', { name: 'cents_per_hour' })
  centsPerHour!: number;
}
