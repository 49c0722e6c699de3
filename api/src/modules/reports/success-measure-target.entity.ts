import { Check, Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../people/user.entity.js';

/** A facility manager's target for one success measure; measures without a row use their default. */
@Entity('success_measure_targets')
@Check('success_measure_targets_measure_check', `measure ~ '^[A-Z][A-Z_]{1,60}$'`)
@Check('success_measure_targets_cap_check', 'cap IS NULL OR cap > 0')
export class SuccessMeasureTargetEntity {
  @PrimaryColumn('text', { primaryKeyConstraintName: 'success_measure_targets_pkey' })
  measure!: string;

  @Column('numeric', { precision: 10, scale: 3 })
  target!: string;

  @Column('numeric', { precision: 10, scale: 3, nullable: true })
  cap!: string | null;

  @ForeignKey(() => UserEntity, { name: 'success_measure_targets_updated_by_fkey', onDelete: 'SET NULL' })
  @Column('uuid', { name: 'updated_by', nullable: true })
  updatedBy!: string | null;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
