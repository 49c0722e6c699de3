import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocaleEnum } from '../../graphql/enums.js';
import { CALENDAR_METHODS, OUTBOX_STATUSES, type CalendarMethod, type OutboxStatus } from './outbox-message.entity.js';

export const OutboxStatusEnum = Object.fromEntries(OUTBOX_STATUSES.map((s) => [s, s])) as { [K in OutboxStatus]: K };
registerEnumType(OutboxStatusEnum, {
  name: 'OutboxStatus',
  description: 'PENDING: waits (for SMTP, or its next try); SENDING: a worker holds it; SENT; FAILED: given up',
});

export const CalendarMethodEnum = Object.fromEntries(CALENDAR_METHODS.map((s) => [s, s])) as { [K in CalendarMethod]: K };
registerEnumType(CalendarMethodEnum, { name: 'CalendarMethod', description: 'iTIP method of an e-mail’s calendar invite' });

@ObjectType('OutboxMessage', { description: 'An e-mail in the outbox, as administrators see it' })
export class OutboxMessageModel {
  @Field(() => ID) id!: string;
  @Field() recipient!: string;
  @Field(() => LocaleEnum) locale!: 'nl-BE' | 'en';
  @Field({ description: 'e.g. booking.confirmed, booking-request.approved, partner-invite' }) templateKey!: string;
  @Field() subject!: string;
  @Field({ description: 'Plain text as sent; secret links appear as placeholders such as {{inviteUrl}}' }) body!: string;
  @Field(() => OutboxStatusEnum) status!: OutboxStatus;
  @Field(() => Int) attempts!: number;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'PENDING: the next try; SENDING: when the worker’s hold runs out' })
  nextAttemptAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'What the SMTP server or the connection said the last time' })
  lastError!: string | null;
  @Field(() => Date, { nullable: true }) sentAt!: Date | null;
  @Field(() => ID, { nullable: true }) bookingId!: string | null;
  @Field(() => CalendarMethodEnum, { nullable: true }) calendarMethod!: CalendarMethod | null;
  @Field(() => String, { nullable: true, description: 'The iCalendar invite sent with it' }) ics!: string | null;
  @Field(() => String, { nullable: true }) messageId!: string | null;
}

@ObjectType('OutboxCount')
export class OutboxCountModel {
  @Field(() => OutboxStatusEnum) status!: OutboxStatus;
  @Field(() => Int) count!: number;
}

@ObjectType('MailStatus', { description: 'How e-mail is delivered; for administrators' })
export class MailStatusModel {
  @Field({ description: 'False: SMTP_HOST is not set and messages stay in the outbox' }) smtpConfigured!: boolean;
  @Field(() => String, { nullable: true }) smtpHost!: string | null;
  @Field(() => Int, { nullable: true }) smtpPort!: number | null;
  @Field() from!: string;
  @Field({ description: 'Whether this API process sends (JOBS_ENABLED and SMTP configured)' }) sending!: boolean;
  @Field(() => Int) maxAttempts!: number;
  @Field(() => Int, { description: '0: no reminders' }) reminderMinutesBefore!: number;
  @Field(() => [OutboxCountModel]) counts!: OutboxCountModel[];
  @Field(() => Date, { nullable: true }) lastSentAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The latest error of a message not sent yet' }) lastError!: string | null;
  @Field(() => Date, { nullable: true }) oldestPendingAt!: Date | null;
}
