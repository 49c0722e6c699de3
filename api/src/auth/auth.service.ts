import { Inject, Injectable, Logger } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
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
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** One answer for unknown e-mail, wrong password and disabled account, in the same time. */
  async login(email: string, password: string, userAgent?: string): Promise<SignedIn> {
    const user = await this.users.findByEmail(email);
    const ok = await this.passwords.verify(user?.passwordHash, password);
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
