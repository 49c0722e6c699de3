import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { BookingEntity } from '../bookings/booking.entity.js';

/** A reminder was queued for the booking's start at this instant (a moved booking is reminded again). */
@Entity('booking_reminders')
export class BookingReminderEntity {
  @ForeignKey(() => BookingEntity, { name: 'booking_reminders_booking_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn('uuid', { name: 'booking_id', primaryKeyConstraintName: 'booking_reminders_pkey' })
  bookingId!: string;

  @PrimaryColumn('timestamptz', { name: 'starts_at', primaryKeyConstraintName: 'booking_reminders_pkey' })
  startsAt!: Date;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
