import type { ErrorCategory } from '../../common/errors/error-categories.js';

export const CALENDAR_ERRORS = {
  /** One live link per person, and per person and space: revoke it to make a new one. */
  CALENDAR_FEED_EXISTS: 'CONFLICT',
} as const satisfies Record<string, ErrorCategory>;
