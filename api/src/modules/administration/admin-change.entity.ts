import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../people/user.entity.js';

export const ADMIN_TARGET_TYPES = [
  'SITE',
  'CLOSURE_DAY',
  'FLOOR',
  'FLOOR_PLAN',
  'ZONE',
  'SPACE',
  'BOOKING_RULES',
  'USER',
  'DEPARTMENT',
  'CLUSTER',
  'BOOKING',
  'ORGANISATION',
  'PARTNER_INVITE',
] as const;
export type AdminTargetType = (typeof ADMIN_TARGET_TYPES)[number];

/** One administrative change: who did what to which thing, with the changed values before and after. Append-only. */
@Entity('admin_changes')
@Index('admin_changes_occurred_idx', ['occurredAt'])
@Index('admin_changes_target_idx', ['targetType', 'targetId'])
@Check('admin_changes_action_check', `action ~ '^[a-z_]+(\\.[a-z_]+)+$' AND length(action) <= 100`)
@Check('admin_changes_target_type_check', `target_type IN (${ADMIN_TARGET_TYPES.map((t) => `'${t}'`).join(',')})`)
@Check('admin_changes_target_label_check', 'length(target_label) BETWEEN 1 AND 300')
@Check('admin_changes_note_check', 'length(note) <= 2000')
export class AdminChangeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'admin_changes_pkey' })
  id!: string;

  @Column('timestamptz', { name: 'occurred_at' })
  occurredAt!: Date;

  @ForeignKey(() => UserEntity, { name: 'admin_changes_actor_fkey' })
  @Column('uuid', { name: 'actor_id' })
  actorId!: string;

  /** e.g. `site.update`, `space.place`, `bookings.cancel`. */
  @Column('text')
  action!: string;

  @Column('text', { name: 'target_type' })
  targetType!: AdminTargetType;

  @Column('uuid', { name: 'target_id', nullable: true })
  targetId!: string | null;

  /** The target's name when the change was made, so the record stays readable after renames. */
  @Column('text', { name: 'target_label' })
  targetLabel!: string;

  /** Changed values only (for an update), the whole thing (for a create: after; a delete: before). */
  @Column('jsonb', { nullable: true })
  before!: Record<string, unknown> | null;

  @Column('jsonb', { nullable: true })
  after!: Record<string, unknown> | null;

  @Column('text', { nullable: true })
  note!: string | null;
}
