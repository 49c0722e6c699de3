import { Check, Column, CreateDateColumn, Entity, ForeignKey, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { SiteEntity } from './site.entity.js';

export type ClosureKind = 'PUBLIC_HOLIDAY' | 'CLOSURE';

@Entity('closure_days')
@Unique('closure_days_site_date_key', ['siteId', 'date'])
@Check('closure_days_kind_check', `kind IN ('PUBLIC_HOLIDAY', 'CLOSURE')`)
@Check('closure_days_reason_check', 'length(reason) BETWEEN 1 AND 200')
export class ClosureDayEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'closure_days_pkey' })
  id!: string;

  @ForeignKey(() => SiteEntity, { name: 'closure_days_site_fkey', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'site_id' })
  siteId!: string;

  /** Local calendar date 'YYYY-MM-DD' in the site's zone. */
  @Column('date')
  date!: string;

  @Column('text')
  reason!: string;

  @Column('text')
  kind!: ClosureKind;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
