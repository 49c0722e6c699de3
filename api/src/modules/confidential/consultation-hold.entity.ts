import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { BookingEntity } from '../bookings/booking.entity.js';

export const HOLD_OUTCOMES = ['CHOSEN', 'NOT_CHOSEN', 'RELEASED', 'EXPIRED'] as const;
export type HoldOutcome = (typeof HOLD_OUTCOMES)[number];

/** A proposal slot held for a citizen, grouped with the other slots offered in the same proposal. */
@Entity('consultation_holds')
@Check('consultation_holds_outcome_check', `outcome IN (${HOLD_OUTCOMES.map((o) => `'${o}'`).join(',')})`)
@Check('consultation_holds_decided_check', '(outcome IS NULL) = (decided_at IS NULL)')
export class ConsultationHoldEntity {
  @ForeignKey(() => BookingEntity, { name: 'consultation_holds_booking_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn('uuid', { name: 'booking_id', primaryKeyConstraintName: 'consultation_holds_pkey' })
  bookingId!: string;

  @Index('consultation_holds_set_idx')
  @Column('uuid', { name: 'proposal_set_id' })
  proposalSetId!: string;

  @Column('text', { nullable: true })
  outcome!: HoldOutcome | null;

  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt!: Date | null;
}
