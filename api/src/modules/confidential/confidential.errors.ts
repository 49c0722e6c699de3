import type { ErrorCategory } from '../../common/errors/error-categories.js';

/** Messages of these errors never contain client details: they name the rule, not the value. */
export const CONFIDENTIAL_ERRORS = {
  CONFIDENTIAL_SPACE_REQUIRED: 'BAD_USER_INPUT',
  CONFIDENTIAL_DETAILS_NOT_ALLOWED: 'FORBIDDEN',
  CONFIDENTIAL_DETAILS_ERASED: 'CONFLICT',
  CONFIDENTIAL_COWORKER_INVALID: 'BAD_USER_INPUT',
  CONSULTATION_HOLD_EXPIRED: 'CONFLICT',
  CONSULTATION_HOLD_NOT_HELD: 'CONFLICT',
  CONSULTATION_WORKER_BUSY: 'CONFLICT',
  CONSULTATION_PROPOSALS_INVALID: 'BAD_USER_INPUT',
} as const satisfies Record<string, ErrorCategory>;
