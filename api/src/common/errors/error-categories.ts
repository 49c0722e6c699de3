/** Public categories: what goes out as `extensions.code`. */
export type ErrorCategory = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'SERVICE_UNAVAILABLE';

export const COMMON_ERRORS = {
  VALIDATION_FAILED: 'BAD_USER_INPUT',
  INVALID_ID: 'BAD_USER_INPUT',
  RANGE_TOO_LARGE: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  QUERY_TIMEOUT: 'SERVICE_UNAVAILABLE',
} as const satisfies Record<string, ErrorCategory>;
