import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { BookingEntity } from '../bookings/booking.entity.js';
import { UserEntity } from '../people/user.entity.js';

export const OUTBOX_STATUSES = ['PENDING', 'SENDING', 'SENT', 'FAILED'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];
export const CALENDAR_METHODS = ['REQUEST', 'CANCEL'] as const;
export type CalendarMethod = (typeof CALENDAR_METHODS)[number];

/**
 * An e-mail waiting to be sent. Written in the same transaction as the change it reports, so a
 * rolled-back change never mails anyone; the outbox worker claims due rows (PENDING, or SENDING
 * whose lease ran out), sends them and records the outcome (status, attempts, next attempt).
 */
@Entity('outbox_messages')
@Index('outbox_messages_pending_idx', ['createdAt'], { where: `status = 'PENDING'` })
@Check('outbox_messages_recipient_check', `length(recipient) BETWEEN 3 AND 254 AND position('@' in recipient) > 1`)
@Check('outbox_messages_locale_check', `locale IN ('nl-BE', 'en')`)
@Check('outbox_messages_template_key_check', `template_key ~ '^[a-z][a-z0-9.-]{0,99}$'`)
@Check('outbox_messages_subject_check', 'length(subject) BETWEEN 1 AND 300')
@Check('outbox_messages_status_check', `status IN ('PENDING','SENDING','SENT','FAILED')`)
@Check('outbox_messages_attempts_check', 'attempts >= 0')
@Check('outbox_messages_sent_check', `(status = 'SENT') = (sent_at IS NOT NULL)`)
@Check(
  'outbox_messages_calendar_check',
  `(calendar_method IS NULL) = (ics IS NULL) AND (calendar_method IS NULL OR calendar_method IN ('REQUEST','CANCEL'))`,
)
@Index('outbox_messages_due_idx', ['nextAttemptAt'], { where: `status IN ('PENDING','SENDING')` })
@Index('outbox_messages_created_idx', ['createdAt'])
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'outbox_messages_pkey' })
  id!: string;

  /** E-mail address. */
  @Column('text')
  recipient!: string;

  @ForeignKey(() => UserEntity, { name: 'outbox_messages_recipient_user_fkey', onDelete: 'SET NULL' })
  @Column('uuid', { name: 'recipient_user_id', nullable: true })
  recipientUserId!: string | null;

  @Column('text', { default: 'nl-BE' })
  locale!: 'nl-BE' | 'en';

  /** e.g. `booking-request.approved`; with `params` a sender may render its own (HTML) version. */
  @Column('text', { name: 'template_key' })
  templateKey!: string;

  @Column('jsonb', { default: {} })
  params!: Record<string, unknown>;

  /** Plain-text subject and body, already rendered in `locale`. */
  @Column('text')
  subject!: string;

  @Column('text')
  body!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('text', { default: 'PENDING' })
  status!: OutboxStatus;

  @Column('integer', { default: 0 })
  attempts!: number;

  @Column('timestamptz', { name: 'next_attempt_at', nullable: true })
  nextAttemptAt!: Date | null;

  @Column('text', { name: 'last_error', nullable: true })
  lastError!: string | null;

  @Column('timestamptz', { name: 'sent_at', nullable: true })
  sentAt!: Date | null;

  /** The booking (the first, for a series) the message is about. */
  @Index('outbox_messages_booking_idx', { where: 'booking_id IS NOT NULL' })
  @ForeignKey(() => BookingEntity, { name: 'outbox_messages_booking_fkey', onDelete: 'SET NULL' })
  @Column('uuid', { name: 'booking_id', nullable: true })
  bookingId!: string | null;

  /** iTIP method of the attached invite, rendered with it when the change was written. */
  @Column('text', { name: 'calendar_method', nullable: true })
  calendarMethod!: CalendarMethod | null;

  /** The iCalendar invite (text/calendar) sent with the message. */
  @Column('text', { nullable: true })
  ics!: string | null;

  /** Message-ID the SMTP server accepted it under. */
  @Column('text', { name: 'message_id', nullable: true })
  messageId!: string | null;
}
