import type { ErrorCategory } from '../../common/errors/error-categories.js';

export const MAIL_ERRORS = {
  MAIL_NOT_FAILED: 'CONFLICT',
} as const satisfies Record<string, ErrorCategory>;
