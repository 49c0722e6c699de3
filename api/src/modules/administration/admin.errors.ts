import type { ErrorCategory } from '../../common/errors/error-categories.js';

export const ADMIN_ERRORS = {
  /** The change leaves live bookings invalid; repeat it with cancelAffected (and a message) to cancel them. */
  ADMIN_CHANGE_AFFECTS_BOOKINGS: 'CONFLICT',
  ADMIN_CANCELLATION_MESSAGE_REQUIRED: 'BAD_USER_INPUT',
} as const satisfies Record<string, ErrorCategory>;
