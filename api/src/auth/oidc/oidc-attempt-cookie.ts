import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EncryptJWT, jwtDecrypt } from 'jose';
import { Clock } from '../../common/time/clock.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import type { RequestWithViewer } from '../decorators.js';
import type { CookieResponse } from '../session-cookie.js';

export const ATTEMPT_COOKIE = 'pw_oidc';
const COOKIE_PATH = '/auth/oidc';
/** Time to sign in at the provider, multi-factor included. */
const ATTEMPT_SECONDS = 600;
const AUDIENCE = 'plekwijzer-oidc-attempt';

/** What binds the provider's answer to the browser that asked: the PKCE verifier, state, nonce, and where to go next. */
export type SignInAttempt = { state: string; nonce: string; verifier: string; returnTo: string; redirectUri: string };

/**
 * The sign-in attempt lives in the browser, encrypted and authenticated (JWE, A256GCM, key derived
 * from the server secret) in an httpOnly cookie for the callback path only, for ten minutes.
 * SameSite=Lax: the provider sends the browser back with a top-level GET from its own site.
 */
@Injectable()
export class OidcAttemptCookie {
  private readonly key: Uint8Array;
  private readonly secure: boolean;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.key = createHash('sha256').update(config.jwtSecret).update('plekwijzer oidc sign-in attempt').digest();
    this.secure = config.publicUrl?.startsWith('https:') ?? false;
  }

  async set(res: CookieResponse, attempt: SignInAttempt): Promise<void> {
    const now = Math.floor(this.clock.now().getTime() / 1000);
    const sealed = await new EncryptJWT({ ...attempt })
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
      .setAudience(AUDIENCE)
      .setIssuedAt(now)
      .setExpirationTime(now + ATTEMPT_SECONDS)
      .encrypt(this.key);
    res.append('Set-Cookie', this.serialise(sealed, ATTEMPT_SECONDS));
  }

  /** The attempt of this browser; undefined when missing, tampered with or expired. */
  async read(req: RequestWithViewer): Promise<SignInAttempt | undefined> {
    const value = cookieValue(req, ATTEMPT_COOKIE);
    if (!value) return undefined;
    try {
      const { payload } = await jwtDecrypt(value, this.key, { audience: AUDIENCE, currentDate: this.clock.now() });
      const { state, nonce, verifier, returnTo, redirectUri } = payload as Partial<SignInAttempt>;
      if ([state, nonce, verifier, returnTo, redirectUri].some((v) => typeof v !== 'string')) return undefined;
      return { state: state!, nonce: nonce!, verifier: verifier!, returnTo: returnTo!, redirectUri: redirectUri! };
    } catch {
      return undefined;
    }
  }

  clear(res: CookieResponse): void {
    res.append('Set-Cookie', this.serialise('', 0));
  }

  private serialise(value: string, maxAge: number): string {
    const parts = [`${ATTEMPT_COOKIE}=${value}`, `Max-Age=${maxAge}`, `Path=${COOKIE_PATH}`, 'HttpOnly', 'SameSite=Lax'];
    if (this.secure) parts.push('Secure');
    return parts.join('; ');
  }
}

export function cookieValue(req: RequestWithViewer, name: string): string | undefined {
  const header = req.headers.cookie;
  for (const part of (Array.isArray(header) ? header.join('; ') : (header ?? '')).split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim() || undefined;
  }
  return undefined;
}
