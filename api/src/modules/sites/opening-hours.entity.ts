import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { SiteEntity } from './site.entity.js';

/** One opening block on an ISO weekday (1 = Monday); a day may have several blocks. */
@Entity('site_opening_hours')
@Index('site_opening_hours_site_idx', ['siteId', 'weekday'])
@Check('site_opening_hours_weekday_check', 'weekday BETWEEN 1 AND 7')
@Check('site_opening_hours_range_check', 'opens_at < closes_at')
export class OpeningHoursEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'site_opening_hours_pkey' })
  id!: string;

  @ForeignKey(() => SiteEntity, { name: 'site_opening_hours_site_fkey', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'site_id' })
  siteId!: string;

  @Column('smallint')
  weekday!: number;

  /** 'HH:MM:SS' local wall-clock time in the site's zone. */
  @Column('time', { name: 'opens_at' })
  opensAt!: string;

  @Column('time', { name: 'closes_at' })
  closesAt!: string;
}
