/** Public categories: what goes out as `extensions.code`. */
export type ErrorCategory =
  'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS' | 'SERVICE_UNAVAILABLE';

export const COMMON_ERRORS = {
  VALIDATION_FAILED: 'BAD_USER_INPUT',
  INVALID_ID: 'BAD_USER_INPUT',
  RANGE_TOO_LARGE: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  /** The database cannot be reached right now (restarting, failing over): try again in a moment. */
  DATABASE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** The work took longer than the statement timeout and was stopped. */
  QUERY_TIMEOUT: 'SERVICE_UNAVAILABLE',
} as const satisfies Record<string, ErrorCategory>;
