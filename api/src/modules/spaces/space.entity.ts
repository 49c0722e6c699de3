import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { STAFF_ROLES, sqlTextArray, type StaffRole } from '../../auth/roles.js';
import { FloorEntity } from '../sites/floor.entity.js';
import { ZoneEntity } from '../sites/zone.entity.js';
import { EQUIPMENT, SPACE_KINDS, type Equipment, type SpaceKind } from './space-kind.js';

@Entity('spaces')
@Unique('spaces_floor_name_key', ['floorId', 'name'])
@ForeignKey(() => ZoneEntity, ['zoneId', 'floorId'], ['id', 'floorId'], { name: 'spaces_zone_fkey' })
@Check('spaces_name_check', 'length(name) BETWEEN 1 AND 200')
@Check('spaces_kind_check', `kind IN (${SPACE_KINDS.map((k) => `'${k}'`).join(',')})`)
@Check('spaces_capacity_check', 'capacity BETWEEN 1 AND 1000')
@Check('spaces_equipment_check', `equipment <@ ${sqlTextArray(EQUIPMENT)}`)
@Check('spaces_bookable_by_roles_check', `bookable_by_roles <@ ${sqlTextArray(STAFF_ROLES)}`)
@Check(
  'spaces_position_check',
  '(pos_x IS NULL AND pos_y IS NULL AND width IS NULL AND height IS NULL) OR (pos_x IS NOT NULL AND pos_y IS NOT NULL AND width > 0 AND height > 0)',
)
@Check('spaces_rotation_check', 'rotation >= 0 AND rotation < 360')
export class SpaceEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'spaces_pkey' })
  id!: string;

  @ForeignKey(() => FloorEntity, { name: 'spaces_floor_fkey' })
  @Column('uuid', { name: 'floor_id' })
  floorId!: string;

  @Index('spaces_zone_idx')
  @Column('uuid', { name: 'zone_id', nullable: true })
  zoneId!: string | null;

  @Column('text')
  name!: string;

  @Column('text')
  kind!: SpaceKind;

  @Column('integer', { default: 1 })
  capacity!: number;

  @Column('text', { array: true, default: '{}' })
  equipment!: Equipment[];

  @Column('boolean', { default: false })
  confidential!: boolean;

  @Column('text', { name: 'bookable_by_roles', array: true, default: '{EMPLOYEE,SOCIAL_WORKER}' })
  bookableByRoles!: StaffRole[];

  @Column('boolean', { name: 'partner_access', default: false })
  partnerAccess!: boolean;

  @Column('boolean', { name: 'requires_approval', default: false })
  requiresApproval!: boolean;

  @Column('boolean', { default: true })
  active!: boolean;

  /** Position on the floor plan, in the floor's plan units; all null when not placed. */
  @Column('real', { name: 'pos_x', nullable: true })
  posX!: number | null;

  @Column('real', { name: 'pos_y', nullable: true })
  posY!: number | null;

  @Column('real', { nullable: true })
  width!: number | null;

  @Column('real', { nullable: true })
  height!: number | null;

  @Column('real', { default: 0 })
  rotation!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
