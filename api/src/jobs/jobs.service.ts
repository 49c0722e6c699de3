import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { MetricsService } from '../observability/metrics.service.js';

type Handler = () => Promise<unknown>;
type Registration = { name: string; cron?: string; handler: Handler };

/**
 * Background work that must happen exactly once however many API processes run: a Postgres-backed
 * job queue (pg-boss). Features register handlers while their module starts; the queue starts
 * after all modules are ready. Cron schedules use Europe/Brussels time.
 *
 * Handlers must be idempotent and decide what is due from the injected clock, so tests call the
 * handler's service method directly and move time; the queue only decides when and where it runs.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly registrations = new Map<string, Registration>();
  private boss: PgBoss | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: MetricsService,
  ) {}

  /** Runs `handler` once per cron tick (e.g. '* * * * *' every minute) across all instances. */
  every(name: string, cron: string, handler: Handler): Promise<void> {
    return this.register({ name, cron, handler });
  }

  /** A queue whose jobs (sent with `send`) are each handled by exactly one instance. */
  handle(name: string, handler: Handler): Promise<void> {
    return this.register({ name, handler });
  }

  /** Before start-up the registration waits for the queue; afterwards it attaches at once. */
  private async register(r: Registration): Promise<void> {
    this.registrations.set(r.name, r);
    if (this.boss) await this.attach(this.boss, r);
  }

  private async attach(boss: PgBoss, r: Registration): Promise<void> {
    await boss.createQueue(r.name);
    if (r.cron) await boss.schedule(r.name, r.cron, {}, { tz: 'Europe/Brussels' });
    await boss.work(r.name, async () => {
      try {
        await r.handler();
        this.metrics.jobRuns.inc({ job: r.name, outcome: 'ok' });
      } catch (err) {
        this.metrics.jobRuns.inc({ job: r.name, outcome: 'failed' });
        throw err;
      }
    });
  }

  /** Queues one run of a registered job; with a singleton key, duplicates within the queue are dropped. */
  async send(name: string, singletonKey?: string): Promise<string | null> {
    if (!this.boss) throw new Error('the job queue is not running (JOBS_ENABLED=false)');
    return this.boss.send(name, {}, singletonKey ? { singletonKey } : {});
  }

  get running(): boolean {
    return this.boss !== undefined;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.jobsEnabled || !this.config.databaseUrl) return;
    const boss = new PgBoss({
      connectionString: this.config.databaseUrl,
      schema: 'pgboss',
      application_name: 'plekwijzer-jobs',
      max: 4,
      pollingIntervalSeconds: this.config.env === 'test' ? 0.5 : 2,
    });
    boss.on('error', (err: Error) => this.logger.error(`job queue: ${err.message}`));
    await boss.start();
    for (const r of this.registrations.values()) await this.attach(boss, r);
    this.boss = boss;
    if (this.registrations.size) this.logger.log(`job queue started: ${[...this.registrations.keys()].join(', ')}`);
  }

  async onApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    this.boss = undefined;
    await boss?.stop({ graceful: true, wait: true, timeout: 5_000 });
  }
}
