import type { ErrorCategory } from '../common/errors/error-categories.js';

export const AUTH_ERRORS = {
  AUTH_REQUIRED: 'UNAUTHENTICATED',
  AUTH_INVALID_CREDENTIALS: 'UNAUTHENTICATED',
  AUTH_TOKEN_INVALID: 'UNAUTHENTICATED',
  AUTH_TOKEN_EXPIRED: 'UNAUTHENTICATED',
  AUTH_SESSION_INVALID: 'UNAUTHENTICATED',
  AUTH_ROLE_FORBIDDEN: 'FORBIDDEN',
  /** The password is right, but people with this role sign in with the organisation's account (LOCAL_LOGIN_ROLES). */
  AUTH_LOCAL_LOGIN_DISABLED: 'UNAUTHENTICATED',
  // Sign-in with the organisation's identity provider; the callback redirects to the app with one of these.
  /** Not configured, unreachable or misconfigured: the administrator sees why in oidcStatus. */
  AUTH_OIDC_UNAVAILABLE: 'UNAUTHENTICATED',
  /** The answer did not check out (state, nonce, issuer, code), or the attempt expired. */
  AUTH_OIDC_FAILED: 'UNAUTHENTICATED',
  /** The person stopped at the provider. */
  AUTH_OIDC_CANCELLED: 'UNAUTHENTICATED',
  /** The provider knows them, but no claim gives them a role here (and there is no default role). */
  AUTH_OIDC_NO_ACCESS: 'FORBIDDEN',
  /** Their Plekwijzer account is deactivated, or it is a partner account (partners sign in with a password). */
  AUTH_ACCOUNT_DISABLED: 'FORBIDDEN',
} as const satisfies Record<string, ErrorCategory>;
