import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Clock } from '../../common/time/clock.js';
import { TransactionRunner } from '../../database/transaction.js';
import { JobsService } from '../../jobs/jobs.service.js';
import { BookingsRepository } from '../bookings/bookings.repository.js';
import { BookingMailer } from '../notifications/booking-mail.service.js';
import { NoShowRepository } from './no-show.repository.js';

export const RELEASE_JOB = 'release-no-shows';

export type ReleaseResult = { warned: string[]; released: string[] };

/**
 * Releases no-shows (status RELEASED: kept, counted as a no-show, the space free again) every
 * minute, once across all API processes (the shared job queue), and idempotently: the status
 * condition in the UPDATE and the warning's primary key make concurrent runs touch each booking
 * once. Spaces that warn first (always consultation rooms) get a warning record on the first run
 * and are released only when it expires.
 */
@Injectable()
export class NoShowService implements OnModuleInit {
  private readonly logger = new Logger('NoShows');

  constructor(
    private readonly repo: NoShowRepository,
    private readonly bookings: BookingsRepository,
    private readonly tx: TransactionRunner,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
    private readonly mail: BookingMailer,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.every(RELEASE_JOB, '* * * * *', () => this.releaseDue());
  }

  async releaseDue(): Promise<ReleaseResult> {
    const now = this.clock.now();
    const result = await this.tx.run(async (em) => {
      const warned = await this.repo.warn(now, em);
      const released = await this.repo.release(now, em);
      const bySite = new Map<string, string[]>();
      for (const r of released) bySite.set(r.siteId, [...(bySite.get(r.siteId) ?? []), r.id]);
      for (const [siteId, ids] of bySite) await this.bookings.notifyChanged(siteId, ids, em);
      // the booker hears of the warning (check in before release_at) and of the release
      for (const id of warned) await this.mail.bookingsChanged({ event: 'NO_SHOW_WARNING', bookingIds: [id] }, em);
      await this.mail.bookingsChanged({ event: 'RELEASED', bookingIds: released.map((r) => r.id) }, em);
      return { warned, released: released.map((r) => r.id) };
    });
    if (result.warned.length || result.released.length) {
      this.logger.log(`no-shows: ${result.warned.length} warned, ${result.released.length} released`);
    }
    return result;
  }
}
