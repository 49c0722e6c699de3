import type { ErrorCategory } from '../../common/errors/error-categories.js';

export const RATING_ERRORS = {
  RATING_NOT_ALLOWED: 'CONFLICT',
} as const satisfies Record<string, ErrorCategory>;
