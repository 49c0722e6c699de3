import type { ErrorCategory } from '../../common/errors/error-categories.js';

export const SPACE_ERRORS = {
  SPACE_NAME_TAKEN: 'CONFLICT',
  SPACE_ZONE_NOT_ON_FLOOR: 'BAD_USER_INPUT',
  SPACE_POSITION_INCOMPLETE: 'BAD_USER_INPUT',
  RULES_INVALID: 'BAD_USER_INPUT',
  RULES_TARGET_INVALID: 'BAD_USER_INPUT',
} as const satisfies Record<string, ErrorCategory>;
