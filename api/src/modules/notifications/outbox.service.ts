import { Inject, Injectable } from '@nestjs/common';
import { DomainError, notFound } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/time/clock.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import type { OutboxMessagesArgs } from './dto/outbox.inputs.js';
import type { MailStatusModel, OutboxMessageModel } from './outbox.model.js';
import { OutboxRepository } from './outbox.repository.js';
import { OutboxWorker } from './outbox-worker.service.js';

@Injectable()
export class OutboxService {
  constructor(
    private readonly repo: OutboxRepository,
    private readonly worker: OutboxWorker,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  list(args: OutboxMessagesArgs): Promise<OutboxMessageModel[]> {
    return this.repo.list({ statuses: args.statuses, recipient: args.recipient || undefined, first: args.first, offset: args.offset });
  }

  async status(): Promise<MailStatusModel> {
    const smtp = this.config.mail.smtp;
    const [counts, latest] = await Promise.all([this.repo.counts(), this.repo.latest()]);
    return {
      smtpConfigured: smtp !== undefined,
      smtpHost: smtp?.host ?? null,
      smtpPort: smtp?.port ?? null,
      from: this.config.mail.from,
      sending: this.worker.polling,
      maxAttempts: this.config.mail.maxAttempts,
      reminderMinutesBefore: this.config.reminderMinutesBefore,
      counts,
      ...latest,
    };
  }

  async retry(id: string): Promise<OutboxMessageModel> {
    if (!(await this.repo.retry(id, this.clock.now()))) {
      const row = await this.repo.find(id);
      if (!row) throw notFound('Outbox message', 'id');
      throw new DomainError('MAIL_NOT_FAILED', 'Only a failed message can be tried again', { params: { status: row.status } });
    }
    return (await this.repo.find(id))!;
  }
}
