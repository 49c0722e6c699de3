import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { BookingEntity } from '../bookings/booking.entity.js';
import { AdminChangeEntity } from './admin-change.entity.js';

/** The message sent with a booking that an administrative change cancelled (closure, new hours, deactivation). */
@Entity('booking_cancellations')
@Check('booking_cancellations_message_check', 'length(message) BETWEEN 1 AND 1000')
export class BookingCancellationEntity {
  @ForeignKey(() => BookingEntity, { name: 'booking_cancellations_booking_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn('uuid', { name: 'booking_id', primaryKeyConstraintName: 'booking_cancellations_pkey' })
  bookingId!: string;

  @Index('booking_cancellations_change_idx')
  @ForeignKey(() => AdminChangeEntity, { name: 'booking_cancellations_change_fkey' })
  @Column('uuid', { name: 'admin_change_id' })
  adminChangeId!: string;

  @Column('text')
  message!: string;
}
