import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service.js';
import { Clock } from '../../common/time/clock.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import { TransactionRunner } from '../../database/transaction.js';
import { JobsService } from '../../jobs/jobs.service.js';
import { ConfidentialDetailsRepository } from './confidential-details.repository.js';
import { ConsultationsService } from './consultations.service.js';

const BATCH = 500;
const DAY = 86_400_000;

/** Nightly at 03:30 Brussels time: a time that exists once on every day, DST nights included. */
export const RETENTION_CRON = '30 3 * * *';
export const HOLD_EXPIRY_CRON = '* * * * *';

/**
 * Scheduled work of confidential consultations, each run once across all API instances by the job
 * queue: erasing client details `CONFIDENTIAL_RETENTION_DAYS` after the talk (the booking stays),
 * and letting go of proposal holds that expired. Both decide from the injected clock and are
 * idempotent, so a repeated or overlapping run changes nothing twice.
 */
@Injectable()
export class ConfidentialJobsService implements OnModuleInit {
  private readonly logger = new Logger('Confidential');

  constructor(
    private readonly details: ConfidentialDetailsRepository,
    private readonly consultations: ConsultationsService,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.every('confidential-retention', RETENTION_CRON, () => this.eraseDue());
    await this.jobs.every('consultation-hold-expiry', HOLD_EXPIRY_CRON, () => this.consultations.expireDue());
  }

  /** Erases the details of every talk that ended at least the retention period ago; returns how many. */
  async eraseDue(): Promise<number> {
    const now = this.clock.now();
    const cutoff = new Date(now.getTime() - this.config.confidentialRetentionDays * DAY);
    let total = 0;
    for (;;) {
      const erased = await this.tx.run(async (em) => {
        const ids = await this.details.eraseEndedBefore(cutoff, now, BATCH, em);
        for (const bookingId of ids) {
          await this.audit.record({ actorId: null, requestId: null }, { action: 'ERASE_DETAILS', result: 'ALLOWED', bookingId }, em);
        }
        return ids.length;
      });
      total += erased;
      if (erased < BATCH) break;
    }
    if (total) this.logger.log(`erased client details of ${total} consultation(s) after the retention period`);
    return total;
  }
}
