import { Check, Column, Entity, ForeignKey, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { SPACE_KINDS, type SpaceKind } from './space-kind.js';
import { SpaceEntity } from './space.entity.js';

/** Either the defaults for a space kind (every field set) or one space's overrides (null = inherit). */
@Entity('booking_rules')
@Unique('booking_rules_space_kind_key', ['spaceKind'])
@Unique('booking_rules_space_key', ['spaceId'])
@Check('booking_rules_target_check', '(space_kind IS NULL) <> (space_id IS NULL)')
@Check('booking_rules_kind_check', `space_kind IN (${SPACE_KINDS.map((k) => `'${k}'`).join(',')})`)
@Check(
  'booking_rules_kind_complete_check',
  `space_kind IS NULL OR (slot_minutes IS NOT NULL AND min_duration_minutes IS NOT NULL AND max_duration_minutes IS NOT NULL
    AND max_days_ahead IS NOT NULL AND min_notice_minutes IS NOT NULL AND buffer_minutes IS NOT NULL
    AND check_in_required IS NOT NULL AND check_in_grace_minutes IS NOT NULL)`,
)
@Check('booking_rules_slot_check', 'slot_minutes IN (5, 10, 15, 20, 30, 60)')
@Check(
  'booking_rules_duration_check',
  `min_duration_minutes > 0 AND max_duration_minutes <= 1440
    AND (min_duration_minutes IS NULL OR max_duration_minutes IS NULL OR min_duration_minutes <= max_duration_minutes)`,
)
@Check('booking_rules_ahead_check', 'max_days_ahead BETWEEN 0 AND 730')
@Check('booking_rules_notice_check', 'min_notice_minutes BETWEEN 0 AND 20160')
@Check('booking_rules_buffer_check', 'buffer_minutes BETWEEN 0 AND 240')
@Check('booking_rules_per_day_check', 'max_bookings_per_day BETWEEN 1 AND 48')
@Check('booking_rules_grace_check', 'check_in_grace_minutes BETWEEN 0 AND 240')
@Check('booking_rules_check_in_opens_check', 'check_in_opens_minutes BETWEEN 0 AND 240')
@Check('booking_rules_check_in_opens_kind_check', 'space_kind IS NULL OR check_in_opens_minutes IS NOT NULL')
@Check('booking_rules_release_warning_check', 'release_warning_minutes BETWEEN 1 AND 240')
@Check('booking_rules_consultation_warning_check', `space_kind IS DISTINCT FROM 'CONSULTATION_ROOM' OR release_warning_minutes IS NOT NULL`)
export class BookingRulesEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'booking_rules_pkey' })
  id!: string;

  @Column('text', { name: 'space_kind', nullable: true })
  spaceKind!: SpaceKind | null;

  @ForeignKey(() => SpaceEntity, { name: 'booking_rules_space_fkey', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'space_id', nullable: true })
  spaceId!: string | null;

  @Column('integer', { name: 'slot_minutes', nullable: true })
  slotMinutes!: number | null;

  @Column('integer', { name: 'min_duration_minutes', nullable: true })
  minDurationMinutes!: number | null;

  @Column('integer', { name: 'max_duration_minutes', nullable: true })
  maxDurationMinutes!: number | null;

  @Column('integer', { name: 'max_days_ahead', nullable: true })
  maxDaysAhead!: number | null;

  @Column('integer', { name: 'min_notice_minutes', nullable: true })
  minNoticeMinutes!: number | null;

  @Column('integer', { name: 'buffer_minutes', nullable: true })
  bufferMinutes!: number | null;

  @Column('integer', { name: 'max_bookings_per_day', nullable: true })
  maxBookingsPerDay!: number | null;

  @Column('boolean', { name: 'check_in_required', nullable: true })
  checkInRequired!: boolean | null;

  @Column('integer', { name: 'check_in_grace_minutes', nullable: true })
  checkInGraceMinutes!: number | null;

  @Column('integer', { name: 'check_in_opens_minutes', nullable: true })
  checkInOpensMinutes!: number | null;

  /** A no-show is warned and released this many minutes later; null on a kind: released without warning. */
  @Column('integer', { name: 'release_warning_minutes', nullable: true })
  releaseWarningMinutes!: number | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
