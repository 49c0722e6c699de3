import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DepartmentEntity } from '../people/department.entity.js';
import { UserEntity } from '../people/user.entity.js';
import { SiteEntity } from '../sites/site.entity.js';

/** Targets the occupancy report compares with, for a site (null: every site) and optionally a department. */
@Entity('occupancy_targets')
// unique per (site, department) with "all" as a value: an expression index the migration owns
@Index('occupancy_targets_scope_key', { synchronize: false })
@Check('occupancy_targets_ratio_basis_check', `ratio_basis IN ('SCREEN_WORKERS', 'FTE')`)
@Check(
  'occupancy_targets_ratio_check',
  `(ratio_min IS NULL OR ratio_min >= 0) AND (ratio_max IS NULL OR ratio_max > 0)
    AND (ratio_min IS NULL OR ratio_max IS NULL OR ratio_min <= ratio_max)`,
)
@Check('occupancy_targets_max_desks_check', 'ratio_max_desks BETWEEN 1 AND 100000')
@Check('occupancy_targets_occupancy_check', 'occupancy_min >= 0 AND occupancy_min <= occupancy_max AND occupancy_max <= 1')
@Check('occupancy_targets_peak_check', 'peak_min >= 0 AND peak_min <= peak_max AND peak_max <= 1')
@Check('occupancy_targets_no_show_check', 'no_show_max BETWEEN 0 AND 1')
export class OccupancyTargetEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'occupancy_targets_pkey' })
  id!: string;

  @ForeignKey(() => SiteEntity, { name: 'occupancy_targets_site_fkey', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'site_id', nullable: true })
  siteId!: string | null;

  @Index('occupancy_targets_department_idx')
  @ForeignKey(() => DepartmentEntity, { name: 'occupancy_targets_department_fkey', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'department_id', nullable: true })
  departmentId!: string | null;

  @Column('text', { name: 'ratio_basis', default: 'SCREEN_WORKERS' })
  ratioBasis!: 'SCREEN_WORKERS' | 'FTE';

  /** Desks per person in scope, at least. numeric: strings from pg. */
  @Column('numeric', { name: 'ratio_min', precision: 5, scale: 3, nullable: true })
  ratioMin!: string | null;

  @Column('numeric', { name: 'ratio_max', precision: 5, scale: 3, nullable: true })
  ratioMax!: string | null;

  /** The desks ratioMin asks for are capped here (a limited building). */
  @Column('integer', { name: 'ratio_max_desks', nullable: true })
  ratioMaxDesks!: number | null;

  @Column('numeric', { name: 'occupancy_min', precision: 4, scale: 3 })
  occupancyMin!: string;

  @Column('numeric', { name: 'occupancy_max', precision: 4, scale: 3 })
  occupancyMax!: string;

  @Column('numeric', { name: 'peak_min', precision: 4, scale: 3 })
  peakMin!: string;

  @Column('numeric', { name: 'peak_max', precision: 4, scale: 3 })
  peakMax!: string;

  @Column('numeric', { name: 'no_show_max', precision: 4, scale: 3 })
  noShowMax!: string;

  @ForeignKey(() => UserEntity, { name: 'occupancy_targets_updated_by_fkey', onDelete: 'SET NULL' })
  @Column('uuid', { name: 'updated_by', nullable: true })
  updatedBy!: string | null;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
