import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { BookingEntity } from '../bookings/booking.entity.js';
import { UserEntity } from '../people/user.entity.js';

export const BOOKING_DECISIONS = ['APPROVED', 'REJECTED', 'EXPIRED', 'CANCELLED'] as const;
export type BookingDecision = (typeof BOOKING_DECISIONS)[number];

/** Who decided on a booking request, when and why: the audit trail of the approval queue. */
@Entity('booking_decisions')
@Check('booking_decisions_decision_check', `decision IN ('APPROVED','REJECTED','EXPIRED','CANCELLED')`)
@Check('booking_decisions_reason_check', `(decision = 'APPROVED' OR reason IS NOT NULL) AND length(reason) BETWEEN 1 AND 1000`)
@Check('booking_decisions_actor_check', `decided_by IS NOT NULL OR decision = 'EXPIRED'`)
export class BookingDecisionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'booking_decisions_pkey' })
  id!: string;

  @Index('booking_decisions_booking_idx')
  @ForeignKey(() => BookingEntity, { name: 'booking_decisions_booking_fkey', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'booking_id' })
  bookingId!: string;

  @Column('text')
  decision!: BookingDecision;

  /** Null only for the automatic expiry. */
  @ForeignKey(() => UserEntity, { name: 'booking_decisions_decided_by_fkey' })
  @Column('uuid', { name: 'decided_by', nullable: true })
  decidedBy!: string | null;

  @Column('timestamptz', { name: 'decided_at' })
  decidedAt!: Date;

  @Column('text', { nullable: true })
  reason!: string | null;
}
