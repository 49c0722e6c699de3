import type { OidcConfig } from '../../config/integrations.config.js';
import type { Role } from '../roles.js';

/** Who the provider says someone is, in Plekwijzer's terms. */
export type MappedIdentity = { email: string; displayName: string; roles: Role[]; departmentName: string | null };
export type MappingProblem = 'NO_EMAIL' | 'NO_ROLE';

type ClaimMapping = Pick<OidcConfig, 'emailClaim' | 'nameClaim' | 'roleClaim' | 'roleMap' | 'defaultRoles' | 'departmentClaim'>;

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** A claim by its exact name (Entra uses URIs with dots), else as a dotted path (Keycloak's realm_access.roles). */
export function claimValue(claims: Record<string, unknown>, name: string): unknown {
  if (name in claims) return claims[name];
  let value: unknown = claims;
  for (const part of name.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** Strings in a claim: an array of them, or one string (split on whitespace and commas). */
function strings(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string').map((v) => v.trim());
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return [];
}

function text(value: unknown): string | undefined {
  const v: unknown = Array.isArray(value) ? (value as unknown[])[0] : value;
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/**
 * Maps ID token (and userinfo) claims: the e-mail address (OIDC_EMAIL_CLAIM, else an e-mail-shaped
 * preferred_username or upn, as Entra sends for accounts without a mailbox), the name, the roles
 * that OIDC_ROLE_MAP gives the values of OIDC_ROLE_CLAIM (else OIDC_DEFAULT_ROLES) and the
 * department name in OIDC_DEPARTMENT_CLAIM.
 */
export function mapClaims(claims: Record<string, unknown>, m: ClaimMapping): MappedIdentity | MappingProblem {
  const email = [m.emailClaim, 'preferred_username', 'upn']
    .map((name) => text(claimValue(claims, name))?.toLowerCase())
    .find((v) => v !== undefined && EMAIL.test(v) && v.length <= 254);
  if (!email) return 'NO_EMAIL';
  const given = [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(' ');
  const displayName = (text(claimValue(claims, m.nameClaim)) ?? (given || email.slice(0, email.indexOf('@')))).slice(0, 200);
  const mapped = new Set<Role>();
  for (const value of strings(claimValue(claims, m.roleClaim))) for (const role of m.roleMap.get(value) ?? []) mapped.add(role);
  const roles = mapped.size ? [...mapped] : [...m.defaultRoles];
  if (!roles.length) return 'NO_ROLE';
  const departmentName = m.departmentClaim ? (text(claimValue(claims, m.departmentClaim))?.slice(0, 200) ?? null) : null;
  return { email, displayName, roles, departmentName };
}
