import type { ErrorCategory } from '../../common/errors/error-categories.js';

export const SITE_ERRORS = {
  SITE_NAME_TAKEN: 'CONFLICT',
  SITE_INVALID_TIME_ZONE: 'BAD_USER_INPUT',
  SITE_INVALID_HOLIDAY_REGION: 'BAD_USER_INPUT',
  OPENING_HOURS_INVALID: 'BAD_USER_INPUT',
  OPENING_HOURS_OVERLAP: 'BAD_USER_INPUT',
  CLOSURE_DAY_EXISTS: 'CONFLICT',
  FLOOR_NAME_TAKEN: 'CONFLICT',
  ZONE_NAME_TAKEN: 'CONFLICT',
} as const satisfies Record<string, ErrorCategory>;
