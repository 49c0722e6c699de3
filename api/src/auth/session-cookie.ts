import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import type { RequestWithViewer } from './decorators.js';
import type { IssuedSession } from './sessions.service.js';

export const SESSION_COOKIE = 'pw_session';
/** Only the GraphQL endpoint ever sees the refresh token; scripts never do (httpOnly). */
const COOKIE_PATH = '/graphql';

/** Where a Set-Cookie header can go; absent for operations over a websocket. */
export type CookieResponse = { append(field: string, value: string): unknown };

/** Reads and writes the refresh-token cookie: httpOnly, SameSite=Strict, scoped to /graphql, Secure behind https. */
@Injectable()
export class SessionCookie {
  private readonly secure: boolean;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.secure = config.publicUrl?.startsWith('https:') ?? false;
  }

  read(req: RequestWithViewer): string | undefined {
    const header = req.headers.cookie;
    for (const part of (Array.isArray(header) ? header.join('; ') : (header ?? '')).split(';')) {
      const eq = part.indexOf('=');
      if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) return part.slice(eq + 1).trim() || undefined;
    }
    return undefined;
  }

  set(res: CookieResponse | undefined, session: IssuedSession): void {
    res?.append('Set-Cookie', this.serialise(session.token, session.maxAgeSeconds));
  }

  clear(res: CookieResponse | undefined): void {
    res?.append('Set-Cookie', this.serialise('', 0));
  }

  private serialise(value: string, maxAgeSeconds: number): string {
    const parts = [`${SESSION_COOKIE}=${value}`, `Max-Age=${maxAgeSeconds}`, `Path=${COOKIE_PATH}`, 'HttpOnly', 'SameSite=Strict'];
    if (this.secure) parts.push('Secure');
    return parts.join('; ');
  }
}
