import type { ErrorCategory } from '../../common/errors/error-categories.js';

export const CHECK_IN_ERRORS = {
  CHECK_IN_TOO_EARLY: 'BAD_USER_INPUT',
  CHECK_IN_TOO_LATE: 'BAD_USER_INPUT',
  CHECK_IN_ALREADY: 'CONFLICT',
  CHECK_IN_NOT_CONFIRMED: 'CONFLICT',
  CHECK_OUT_NOT_POSSIBLE: 'CONFLICT',
  WALK_UP_SPACE_BUSY: 'CONFLICT',
  WALK_UP_NOT_POSSIBLE: 'BAD_USER_INPUT',
  QR_BASE_URL_REQUIRED: 'BAD_USER_INPUT',
} as const satisfies Record<string, ErrorCategory>;
