import type { ErrorCategory } from '../common/errors/error-categories.js';

export const ABUSE_ERRORS = {
  /** Too many mutations from one user this minute; params.retryAfterSeconds says when to try again. */
  RATE_LIMITED: 'TOO_MANY_REQUESTS',
  /** Too many failed sign-ins from this address: wait params.retryAfterSeconds (doubling each time). */
  SIGN_IN_THROTTLED: 'TOO_MANY_REQUESTS',
  /** Sign-in from this address is locked for params.retryAfterSeconds. */
  SIGN_IN_LOCKED: 'TOO_MANY_REQUESTS',
} as const satisfies Record<string, ErrorCategory>;
