import { Check, Column, CreateDateColumn, Entity, ForeignKey, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { FloorEntity } from './floor.entity.js';

@Entity('zones')
@Unique('zones_floor_name_key', ['floorId', 'name'])
@Unique('zones_id_floor_key', ['id', 'floorId'])
@Check('zones_name_check', 'length(name) BETWEEN 1 AND 200')
@Check('zones_outline_check', 'outline IS NULL OR (cardinality(outline) % 2 = 0 AND cardinality(outline) BETWEEN 6 AND 400)')
export class ZoneEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'zones_pkey' })
  id!: string;

  @ForeignKey(() => FloorEntity, { name: 'zones_floor_fkey', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'floor_id' })
  floorId!: string;

  @Column('text')
  name!: string;

  /** The zone's area on the plan: x1, y1, x2, y2, … in plan units; null when not drawn. */
  @Column('real', { array: true, nullable: true })
  outline!: number[] | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
