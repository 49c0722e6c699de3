import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { Clock } from '../../common/time/clock.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import { OutboxLinks } from './outbox-links.js';
import { OutboxRepository, type ClaimedMessage } from './outbox.repository.js';

const BATCH = 20;
const MAX_BATCHES_PER_ROUND = 25;
/** A worker that dies mid-send leaves its messages SENDING; after this they are due again. */
const LEASE_MS = 5 * 60_000;
const MAX_BACKOFF_MS = 12 * 3_600_000;
const MAX_ERROR = 500;

export type DrainResult = { sent: number; retrying: number; failed: number };

/**
 * Sends the outbox over SMTP. Every API process with JOBS_ENABLED polls; rows are claimed with
 * SELECT … FOR UPDATE SKIP LOCKED and a lease, so each message goes to one worker. A failure is
 * tried again after MAIL_RETRY_SECONDS × 2^(attempt−1) (at most 12 hours) until MAIL_MAX_ATTEMPTS,
 * then it is FAILED; a permanent refusal (SMTP 5xx) is FAILED at once. Without SMTP_HOST nothing
 * is sent and messages wait in the outbox, where administrators can read them.
 */
@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private transport: Transporter | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<DrainResult> | undefined;
  private stopped = false;

  constructor(
    private readonly repo: OutboxRepository,
    private readonly links: OutboxLinks,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get configured(): boolean {
    return this.config.mail.smtp !== undefined;
  }

  /** Whether this process polls the outbox. */
  get polling(): boolean {
    return this.configured && this.config.jobsEnabled && !this.stopped;
  }

  onApplicationBootstrap(): void {
    if (!this.configured) {
      this.logger.log('SMTP_HOST is not set: e-mails stay in the outbox (administrators can read them)');
      return;
    }
    if (this.config.jobsEnabled) this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
    this.transport?.close();
  }

  /** Sends everything due now; one round at a time per process. */
  drain(): Promise<DrainResult> {
    this.running ??= this.round().finally(() => (this.running = undefined));
    return this.running;
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.drain()
        .catch((err: unknown) => this.logger.error(`outbox round failed: ${errorText(err)}`))
        .finally(() => this.schedule(this.config.mail.pollIntervalMs));
    }, delay);
    this.timer.unref();
  }

  private async round(): Promise<DrainResult> {
    const result: DrainResult = { sent: 0, retrying: 0, failed: 0 };
    if (!this.configured) return result;
    for (let i = 0; i < MAX_BATCHES_PER_ROUND && !this.stopped; i++) {
      const now = this.clock.now();
      const batch = await this.repo.claim(now, new Date(now.getTime() + LEASE_MS), BATCH);
      for (const m of batch) result[await this.send(m)]++;
      if (batch.length < BATCH) break;
    }
    if (result.sent || result.retrying || result.failed) {
      this.logger.log(`outbox: ${result.sent} sent, ${result.retrying} to retry, ${result.failed} failed`);
    }
    return result;
  }

  private async send(m: ClaimedMessage): Promise<keyof DrainResult> {
    const ics = m.ics && m.calendarMethod ? { method: m.calendarMethod.toLowerCase(), filename: 'invite.ics', content: m.ics } : undefined;
    try {
      const info = (await this.smtp().sendMail({
        from: this.config.mail.from,
        to: m.recipient,
        subject: m.subject,
        text: this.links.fill(m.templateKey, m.params, m.body),
        // one Message-ID per outbox row: a resend after a crash is recognisably the same message
        messageId: `<${m.id}@plekwijzer>`,
        headers: { 'Auto-Submitted': 'auto-generated', 'X-Plekwijzer-Outbox-Id': m.id },
        ...(ics ? { icalEvent: ics } : {}),
      })) as { messageId?: string };
      await this.repo.markSent(m.id, this.clock.now(), info.messageId ?? null);
      return 'sent';
    } catch (err) {
      const text = errorText(err).slice(0, MAX_ERROR);
      const permanent = smtpCode(err) >= 500;
      const retryAt = permanent || m.attempts >= this.config.mail.maxAttempts ? null : this.nextAttempt(m.attempts);
      await this.repo.markFailed(m.id, text, retryAt);
      if (retryAt) {
        this.logger.warn(`e-mail ${m.id} not sent (attempt ${m.attempts}): ${text}; next try ${retryAt.toISOString()}`);
        return 'retrying';
      }
      this.logger.error(`e-mail ${m.id} to ${m.recipient} failed for good after ${m.attempts} attempt(s): ${text}`);
      return 'failed';
    }
  }

  /** Exponential backoff on the injected clock. */
  private nextAttempt(attempts: number): Date {
    const delay = Math.min(MAX_BACKOFF_MS, this.config.mail.retrySeconds * 1000 * 2 ** (attempts - 1));
    return new Date(this.clock.now().getTime() + delay);
  }

  private smtp(): Transporter {
    const s = this.config.mail.smtp!;
    this.transport ??= createTransport({
      host: s.host,
      port: s.port,
      secure: s.secure,
      requireTLS: s.requireTls,
      ...(s.user ? { auth: { user: s.user, pass: s.password ?? '' } } : {}),
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    return this.transport;
  }
}

function smtpCode(err: unknown): number {
  const code = (err as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' ? code : 0;
}

/** The SMTP server's answer or the connection problem; never credentials (nodemailer does not put them in messages). */
function errorText(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as { code?: string }).code;
    return code && !err.message.includes(code) ? `${code}: ${err.message}` : err.message;
  }
  return String(err);
}
