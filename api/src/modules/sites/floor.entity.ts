import { Check, Column, CreateDateColumn, Entity, ForeignKey, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { SiteEntity } from './site.entity.js';

@Entity('floors')
@Unique('floors_site_name_key', ['siteId', 'name'])
@Check('floors_name_check', 'length(name) BETWEEN 1 AND 200')
@Check('floors_level_check', 'level BETWEEN -20 AND 200')
@Check('floors_plan_size_check', 'plan_width BETWEEN 10 AND 100000 AND plan_height BETWEEN 10 AND 100000')
export class FloorEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'floors_pkey' })
  id!: string;

  @ForeignKey(() => SiteEntity, { name: 'floors_site_fkey' })
  @Column('uuid', { name: 'site_id' })
  siteId!: string;

  @Column('text')
  name!: string;

  @Column('integer', { default: 0 })
  level!: number;

  /** Size of the floor plan's coordinate system; space positions are in these units. */
  @Column('integer', { name: 'plan_width', default: 1000 })
  planWidth!: number;

  @Column('integer', { name: 'plan_height', default: 600 })
  planHeight!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
