import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Clock } from '../../common/time/clock.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import { TransactionRunner } from '../../database/transaction.js';
import { JobsService } from '../../jobs/jobs.service.js';
import { BookingMailer } from './booking-mail.service.js';

export const REMINDER_JOB = 'booking-reminders';

/**
 * Reminds bookers REMINDER_MINUTES_BEFORE a confirmed booking starts, once per start time (a moved
 * booking is reminded again), and only of bookings made before that window opened. Runs every minute
 * on the shared job queue; the reminders table's primary key makes overlapping runs harmless.
 */
@Injectable()
export class RemindersService implements OnModuleInit {
  private readonly logger = new Logger('Reminders');

  constructor(
    private readonly mail: BookingMailer,
    private readonly jobs: JobsService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.config.reminderMinutesBefore > 0) await this.jobs.every(REMINDER_JOB, '* * * * *', () => this.queueDue());
  }

  /** Writes the reminders now due to the outbox; returns the bookings reminded. */
  async queueDue(): Promise<string[]> {
    const minutes = this.config.reminderMinutesBefore;
    if (minutes <= 0) return [];
    const now = this.clock.now();
    const ids = await this.tx.run(async (em) => {
      const rows = await em.query<{ booking_id: string }[]>(
        `INSERT INTO booking_reminders (booking_id, starts_at, created_at)
         SELECT b.id, b.starts_at, $1 FROM bookings b
          WHERE b.status = 'CONFIRMED'
            AND b.starts_at > $1 AND b.starts_at <= $1::timestamptz + make_interval(mins => $2)
            AND b.created_at <= b.starts_at - make_interval(mins => $2)
         ON CONFLICT (booking_id, starts_at) DO NOTHING
         RETURNING booking_id`,
        [now, minutes],
      );
      const due = rows.map((r) => r.booking_id);
      for (const id of due) await this.mail.bookingsChanged({ event: 'REMINDER', bookingIds: [id] }, em);
      return due;
    });
    if (ids.length) this.logger.log(`reminders queued: ${ids.length}`);
    return ids;
  }
}
