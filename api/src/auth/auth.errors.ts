import type { ErrorCategory } from '../common/errors/error-categories.js';

export const AUTH_ERRORS = {
  AUTH_REQUIRED: 'UNAUTHENTICATED',
  AUTH_INVALID_CREDENTIALS: 'UNAUTHENTICATED',
  AUTH_TOKEN_INVALID: 'UNAUTHENTICATED',
  AUTH_TOKEN_EXPIRED: 'UNAUTHENTICATED',
  AUTH_SESSION_INVALID: 'UNAUTHENTICATED',
  AUTH_ROLE_FORBIDDEN: 'FORBIDDEN',
} as const satisfies Record<string, ErrorCategory>;
