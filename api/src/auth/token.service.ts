import { Inject, Injectable } from '@nestjs/common';
import { errors, jwtVerify, SignJWT } from 'jose';
import { Clock } from '../common/time/clock.js';
import { DomainError } from '../common/errors/domain-error.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';

const ISSUER = 'plekwijzer';
const AUDIENCE = 'plekwijzer-api';

@Injectable()
export class TokenService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async issueAccessToken(userId: string): Promise<{ token: string; expiresAt: Date }> {
    const now = Math.floor(this.clock.now().getTime() / 1000);
    const exp = now + this.config.accessTokenTtlSeconds;
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(now)
      .setExpirationTime(exp)
      .sign(this.config.jwtSecret);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** The user id of a valid token and when it was issued; a coded UNAUTHENTICATED error otherwise. */
  async verifyAccessToken(token: string): Promise<{ userId: string; issuedAt: Date }> {
    try {
      const { payload } = await jwtVerify(token, this.config.jwtSecret, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
        currentDate: this.clock.now(),
      });
      if (typeof payload.sub !== 'string' || typeof payload.iat !== 'number')
        throw new DomainError('AUTH_TOKEN_INVALID', 'Invalid access token');
      return { userId: payload.sub, issuedAt: new Date(payload.iat * 1000) };
    } catch (err) {
      if (err instanceof DomainError) throw err;
      if (err instanceof errors.JWTExpired) throw new DomainError('AUTH_TOKEN_EXPIRED', 'The session has expired');
      throw new DomainError('AUTH_TOKEN_INVALID', 'Invalid access token');
    }
  }
}
