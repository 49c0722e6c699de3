import { Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../people/user.entity.js';
import { BookingEntity } from './booking.entity.js';

@Entity('booking_attendees')
export class BookingAttendeeEntity {
  @ForeignKey(() => BookingEntity, { name: 'booking_attendees_booking_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn('uuid', { name: 'booking_id', primaryKeyConstraintName: 'booking_attendees_pkey' })
  bookingId!: string;

  @Index('booking_attendees_user_idx')
  @ForeignKey(() => UserEntity, { name: 'booking_attendees_user_fkey' })
  @PrimaryColumn('uuid', { name: 'user_id', primaryKeyConstraintName: 'booking_attendees_pkey' })
  userId!: string;
}
