import { Inject, Injectable, Logger } from '@nestjs/common';
import { RateLimitService } from '../abuse/rate-limit.service.js';
import { DomainError } from '../common/errors/domain-error.js';
import { Clock } from '../common/time/clock.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { TransactionRunner } from '../database/transaction.js';
import { UsersRepository, type UserRow } from '../modules/people/users.repository.js';
import { PasswordService } from './password.service.js';
import type { SignInMethod } from './sessions.repository.js';
import { SessionsService, type IssuedSession } from './sessions.service.js';
import { TokenService } from './token.service.js';

/** A short-lived access token for the Authorization header and a refresh session for the cookie. */
export type SignedIn = { accessToken: string; expiresAt: Date; user: UserRow; session: IssuedSession };

@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly users: UsersRepository,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly sessions: SessionsService,
    private readonly limits: RateLimitService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * One answer for unknown e-mail, wrong password and disabled account, in the same time. Each
   * attempt counts against the client's address (RateLimitService) unless the password is right.
   */
  async login(email: string, password: string, userAgent: string | undefined, clientAddress: string): Promise<SignedIn> {
    await this.limits.signInAttempt(clientAddress);
    const user = await this.users.findByEmail(email);
    const ok = await this.passwords.verify(user?.passwordHash, password);
    if (ok) await this.limits.signInSucceeded(clientAddress);
    if (!user || !user.active || !user.passwordHash || !ok) {
      this.logger.log(`failed sign-in${user ? ` for user ${user.id}` : ''}`);
      throw new DomainError('AUTH_INVALID_CREDENTIALS', 'E-mail address or password is wrong');
    }
    // told only to whoever knows the password
    if (user.organisationId && (await this.users.organisationSuspended(user.organisationId))) {
      throw new DomainError('AUTH_ORGANISATION_SUSPENDED', 'Your organisation’s access to Plekwijzer is suspended');
    }
    // also told only to whoever knows the password: staff may have to use the organisation's account
    if (!user.roles.some((r) => this.config.localLoginRoles.includes(r))) {
      this.logger.log(`password sign-in refused for user ${user.id}: their roles sign in with the identity provider`);
      throw new DomainError('AUTH_LOCAL_LOGIN_DISABLED', 'Sign in with your organisation’s account');
    }
    return this.signIn(user.id, await this.sessions.start(user.id, userAgent));
  }

  /** Needs the current password; revokes every session and every access token issued before, then signs in anew. */
  async changePassword(userId: string, current: string, next: string, userAgent: string | undefined): Promise<SignedIn> {
    if (!(await this.passwords.verify(await this.users.passwordHash(userId), current))) {
      throw DomainError.field('AUTH_INVALID_CREDENTIALS', 'currentPassword', 'The current password is wrong');
    }
    const hash = await this.passwords.hash(next);
    await this.tx.run((em) => this.users.setPassword(userId, hash, this.clock.now(), em));
    const ended = await this.sessions.revokeAllForUser(userId);
    this.logger.log(`password changed by user ${userId}: ${ended} session(s) ended`);
    return this.signIn(userId, await this.sessions.start(userId, userAgent));
  }

  /** A new access token for the holder of a live refresh token, which is rotated on the way. */
  async refresh(refreshToken: string | undefined, userAgent?: string): Promise<SignedIn> {
    const { userId, session } = await this.sessions.rotate(refreshToken, userAgent);
    return this.signIn(userId, session);
  }

  /** Ends the session; says how it was started, so a provider session can be ended too. */
  logout(refreshToken: string | undefined): Promise<SignInMethod | undefined> {
    return this.sessions.revoke(refreshToken);
  }

  private async signIn(userId: string, session: IssuedSession): Promise<SignedIn> {
    const { token, expiresAt } = await this.tokens.issueAccessToken(userId);
    return { accessToken: token, expiresAt, user: (await this.users.findRow(userId))!, session };
  }
}
