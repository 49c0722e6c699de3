import type { ErrorCategory } from '../../common/errors/error-categories.js';

export const REPORT_ERRORS = {
  REPORT_RANGE_INVALID: 'BAD_USER_INPUT',
  TARGET_INVALID: 'BAD_USER_INPUT',
} as const satisfies Record<string, ErrorCategory>;
