import type { ErrorCategory } from '../../common/errors/error-categories.js';

export const PEOPLE_ERRORS = {
  USER_EMAIL_TAKEN: 'CONFLICT',
  USER_ROLES_INVALID: 'BAD_USER_INPUT',
  DEPARTMENT_NAME_TAKEN: 'CONFLICT',
  CLUSTER_NAME_TAKEN: 'CONFLICT',
  DEPARTMENT_NOT_EMPTY: 'CONFLICT',
  CLUSTER_NOT_EMPTY: 'CONFLICT',
  USER_IMPORT_UNREADABLE: 'BAD_USER_INPUT',
  USER_IMPORT_INVALID: 'BAD_USER_INPUT',
} as const satisfies Record<string, ErrorCategory>;
