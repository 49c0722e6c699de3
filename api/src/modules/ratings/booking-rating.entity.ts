import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { BookingEntity } from '../bookings/booking.entity.js';
import { UserEntity } from '../people/user.entity.js';

/** How the booker rated the workplace after a booking (1–5), with an optional comment. */
@Entity('booking_ratings')
@Check('booking_ratings_score_check', 'score BETWEEN 1 AND 5')
@Check('booking_ratings_comment_check', 'length(comment) BETWEEN 1 AND 1000')
export class BookingRatingEntity {
  @ForeignKey(() => BookingEntity, { name: 'booking_ratings_booking_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn('uuid', { name: 'booking_id', primaryKeyConstraintName: 'booking_ratings_pkey' })
  bookingId!: string;

  @Index('booking_ratings_user_idx')
  @ForeignKey(() => UserEntity, { name: 'booking_ratings_user_fkey', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('smallint')
  score!: number;

  @Column('text', { nullable: true })
  comment!: string | null;

  @Index('booking_ratings_created_idx')
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
