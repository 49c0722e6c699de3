import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { BookingEntity } from '../bookings/booking.entity.js';
import { UserEntity } from '../people/user.entity.js';

/**
 * The warning a booker got before a no-show of a space that warns first (consultation rooms) is
 * released. A minimal in-app record: the booker sees it on the booking until it is released.
 */
@Entity('no_show_warnings')
@Check('no_show_warnings_release_check', 'release_at > warned_at')
export class NoShowWarningEntity {
  @ForeignKey(() => BookingEntity, { name: 'no_show_warnings_booking_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn('uuid', { name: 'booking_id', primaryKeyConstraintName: 'no_show_warnings_pkey' })
  bookingId!: string;

  @Index('no_show_warnings_user_idx')
  @ForeignKey(() => UserEntity, { name: 'no_show_warnings_user_fkey', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('timestamptz', { name: 'warned_at' })
  warnedAt!: Date;

  @Column('timestamptz', { name: 'release_at' })
  releaseAt!: Date;
}
