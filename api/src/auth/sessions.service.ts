import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';
import { Clock } from '../common/time/clock.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { TransactionRunner } from '../database/transaction.js';
import { SessionsRepository, type SignInMethod } from './sessions.repository.js';

/** A refresh token as handed to the browser (in an httpOnly cookie), with its expiry. */
export type IssuedSession = { token: string; expiresAt: Date; maxAgeSeconds: number };

/** 32 random bytes, base64url: 256 bits, so guessing is hopeless and the hash needs no salt. */
const TOKEN_BYTES = 32;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
const MAX_USER_AGENT = 512;

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Opaque, rotating refresh sessions (OWASP session management): each refresh revokes the token it
 * was given and issues a new one in the same family; a token presented after it was rotated means
 * it was copied, so the whole family is revoked and whoever holds it must sign in again.
 */
@Injectable()
export class SessionsService {
  private readonly logger = new Logger('Sessions');

  constructor(
    private readonly repo: SessionsRepository,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new family, after a successful sign-in with a password or at the identity provider. */
  async start(userId: string, userAgent: string | undefined, method: SignInMethod = 'PASSWORD'): Promise<IssuedSession> {
    const now = this.clock.now();
    return this.tx.run(async (em) => {
      await this.repo.deleteExpiredOfUser(userId, now, em);
      return this.issue(userId, randomUUID(), now, userAgent, method, em);
    });
  }

  /** Trades a live refresh token for a new one; AUTH_SESSION_INVALID for anything else. */
  async rotate(token: string | undefined, userAgent: string | undefined): Promise<{ userId: string; session: IssuedSession }> {
    if (!token || !TOKEN_PATTERN.test(token)) throw invalidSession();
    const now = this.clock.now();
    // The family revocation must commit, so the verdict is returned and thrown after the transaction.
    const outcome = await this.tx.run(async (em) => {
      const row = await this.repo.lockByHash(hashSessionToken(token), em);
      if (!row) return undefined;
      if (row.revokedAt || !row.userActive) {
        const live = await this.repo.revokeFamily(row.familyId, now, em);
        if (live > 0 && row.revokedAt) {
          this.logger.warn(`rotated refresh token used again: revoked session family ${row.familyId} of user ${row.userId}`);
        }
        return undefined;
      }
      if (row.expiresAt.getTime() <= now.getTime()) return undefined;
      await this.repo.markUsedAndRevoked(row.id, now, em);
      return { userId: row.userId, session: await this.issue(row.userId, row.familyId, now, userAgent, row.signInMethod, em) };
    });
    if (!outcome) throw invalidSession();
    return outcome;
  }

  /** Signing out: the family of this token ends. Unknown or malformed tokens are ignored. Returns how the sign-in started. */
  async revoke(token: string | undefined): Promise<SignInMethod | undefined> {
    if (!token || !TOKEN_PATTERN.test(token)) return undefined;
    const now = this.clock.now();
    const method = await this.repo.liveMethodOfHash(hashSessionToken(token), now);
    await this.repo.revokeFamilyOfHash(hashSessionToken(token), now);
    return method;
  }

  /** Signs a person out everywhere (password change, deactivation); returns how many sessions ended. */
  revokeAllForUser(userId: string): Promise<number> {
    return this.repo.revokeAllOfUser(userId, this.clock.now());
  }

  private async issue(
    userId: string,
    familyId: string,
    now: Date,
    userAgent: string | undefined,
    signInMethod: SignInMethod,
    em: EntityManager,
  ): Promise<IssuedSession> {
    const token = randomBytes(TOKEN_BYTES).toString('base64url');
    const maxAgeSeconds = this.config.sessionTtlDays * 86_400;
    const expiresAt = new Date(now.getTime() + maxAgeSeconds * 1000);
    await this.repo.insert(
      {
        userId,
        tokenHash: hashSessionToken(token),
        familyId,
        now,
        expiresAt,
        userAgent: userAgent?.slice(0, MAX_USER_AGENT) || null,
        signInMethod,
      },
      em,
    );
    return { token, expiresAt, maxAgeSeconds };
  }
}

function invalidSession(): DomainError {
  return new DomainError('AUTH_SESSION_INVALID', 'The session has ended; sign in again');
}
