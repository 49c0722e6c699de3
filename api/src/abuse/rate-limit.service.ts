import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error.js';
import { Clock } from '../common/time/clock.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { TransactionRunner } from '../database/transaction.js';
import { JobsService } from '../jobs/jobs.service.js';
import { RateLimitsRepository, type Counter } from './rate-limits.repository.js';

const MINUTE = 60_000;

/**
 * Rate limits kept in Postgres, so they hold however many API processes there are: mutations per
 * user per minute, and failed sign-ins per client address — 5 without delay, then each next attempt
 * waits twice as long (1, 2, 4, 8, 16 s), and the 11th is refused with a lockout of 15 minutes
 * (logged). Failures are forgotten after a quiet period as long as the lockout.
 */
@Injectable()
export class RateLimitService implements OnModuleInit {
  private readonly logger = new Logger('RateLimit');

  constructor(
    private readonly repo: RateLimitsRepository,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly jobs: JobsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.every('rate-limit-purge', '17 * * * *', () => this.purge());
  }

  /** Hourly: forgets counters untouched for a day (the table would otherwise keep every address ever seen). */
  purge(): Promise<number> {
    const now = this.clock.now();
    return this.repo.purge(new Date(now.getTime() - 24 * 60 * MINUTE), now);
  }

  /** Counts one mutation of the user; RATE_LIMITED beyond the limit for the rest of the minute. */
  async mutation(userId: string): Promise<void> {
    const now = this.clock.now();
    const c = await this.repo.hit(`mutations:${userId}`, now, MINUTE / 1000);
    if (c.hits > this.config.mutationsPerMinute) {
      throw refusal(
        'RATE_LIMITED',
        'Too many changes in a short time; try again shortly',
        c.windowStartedAt.getTime() + MINUTE - now.getTime(),
      );
    }
  }

  /** Reserves a sign-in attempt for the address, or refuses it (throttled or locked out). */
  async signInAttempt(address: string): Promise<void> {
    const key = signInKey(address);
    const now = this.clock.now();
    const free = this.config.signInFreeAttempts;
    const lockoutMs = this.config.signInLockoutMinutes * MINUTE;
    const verdict = await this.tx.run(async (em) => {
      const c = await this.repo.lock(key, now, em);
      if (c.lockedUntil && c.lockedUntil > now) return locked(c.lockedUntil.getTime() - now.getTime());
      const stale = c.lockedUntil !== null || c.lastHitAt.getTime() <= now.getTime() - lockoutMs;
      const counter: Counter = stale ? { hits: 0, windowStartedAt: now, lastHitAt: now, lockedUntil: null } : c;
      if (counter.hits >= 2 * free) {
        await this.repo.save(key, { ...counter, lockedUntil: new Date(now.getTime() + lockoutMs) }, em);
        this.logger.warn(
          `sign-in locked for ${this.config.signInLockoutMinutes} min after ${counter.hits} failed attempts from address ${addressHash(address)}`,
        );
        return locked(lockoutMs);
      }
      if (counter.hits >= free) {
        const wait = counter.lastHitAt.getTime() + 1000 * 2 ** (counter.hits - free) - now.getTime();
        if (wait > 0) return refusal('SIGN_IN_THROTTLED', 'Too many failed sign-ins; wait a moment', wait);
      }
      await this.repo.save(key, { ...counter, hits: counter.hits + 1, lastHitAt: now }, em);
      return undefined;
    });
    if (verdict) throw verdict;
  }

  /** A successful sign-in does not count against the address. */
  signInSucceeded(address: string): Promise<void> {
    return this.repo.forgetOne(signInKey(address));
  }
}

const signInKey = (address: string) => `sign-in:${address.slice(0, 100)}`;

/** Logs name an address only by a short hash: enough to correlate, not an IP address (personal data). */
export const addressHash = (address: string) => createHash('sha256').update(address).digest('hex').slice(0, 12);

function refusal(code: 'RATE_LIMITED' | 'SIGN_IN_THROTTLED' | 'SIGN_IN_LOCKED', message: string, waitMs: number): DomainError {
  return new DomainError(code, message, { params: { retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) } });
}

const locked = (waitMs: number) => refusal('SIGN_IN_LOCKED', 'Sign-in from this address is locked for a while', waitMs);
