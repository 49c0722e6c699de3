import { Controller, Get, Logger, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError } from '../../common/errors/domain-error.js';
import { Public } from '../decorators.js';
import { SessionCookie } from '../session-cookie.js';
import { OidcAttemptCookie } from './oidc-attempt-cookie.js';
import { OidcService } from './oidc.service.js';

/** Where the login page reads what went wrong: `/?signInError=<reason>`. */
export const SIGN_IN_ERROR_PARAM = 'signInError';

/**
 * The browser's side of sign-in with the organisation: /auth/oidc/login sends it to the provider,
 * /auth/oidc/callback takes the answer, sets the same refresh cookie as a password sign-in and
 * sends it into the app, which then calls refreshSession. Every failure ends on the login page
 * with a coded reason, never an error page with a stack.
 */
@Controller('auth/oidc')
export class OidcController {
  private readonly logger = new Logger('OIDC');

  constructor(
    private readonly oidc: OidcService,
    private readonly attempts: OidcAttemptCookie,
    private readonly sessionCookie: SessionCookie,
  ) {}

  @Public()
  @Get('login')
  async login(@Req() req: Request, @Res() res: Response, @Query('returnTo') returnTo?: unknown): Promise<void> {
    try {
      const { url, attempt } = await this.oidc.begin(safeReturnTo(returnTo), originOf(req));
      await this.attempts.set(res, attempt);
      res.set('Cache-Control', 'no-store').redirect(303, url.href);
    } catch (err) {
      this.fail(res, err);
    }
  }

  @Public()
  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    const attempt = await this.attempts.read(req);
    this.attempts.clear(res);
    try {
      const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?') + 1) : '';
      const ua = req.headers['user-agent'];
      const session = await this.oidc.complete(query, attempt, typeof ua === 'string' ? ua : undefined);
      this.sessionCookie.set(res, session);
      res.set('Cache-Control', 'no-store').redirect(303, attempt!.returnTo);
    } catch (err) {
      this.fail(res, err);
    }
  }

  private fail(res: Response, err: unknown): void {
    let reason = 'AUTH_OIDC_FAILED';
    if (err instanceof DomainError) reason = err.code;
    else this.logger.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    res.set('Cache-Control', 'no-store').redirect(303, `/?${SIGN_IN_ERROR_PARAM}=${encodeURIComponent(reason)}`);
  }
}

/** Only a path of this site: never `//elsewhere` or `https://elsewhere` (an open redirect). */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || !/^\/(?![/\\])[\w\-./~%?=&]*$/.test(value) || value.length > 500) return '/';
  return value;
}

/** The address the browser used; only used when neither OIDC_REDIRECT_URI nor PUBLIC_URL says it (never in production). */
function originOf(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}
