import { z } from 'zod';
import { ROLES, type Role } from '../auth/roles.js';

/** Thrown for a wrong value; config.ts turns it into its own ConfigError. */
export class IntegrationConfigError extends Error {}

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');
const optionalText = z
  .string()
  .transform((v) => v.trim())
  .optional();

/** Environment variables for sign-in with the organisation's identity provider, e-mail and calendars. */
export const INTEGRATION_ENV = {
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: optionalText,
  OIDC_CLIENT_SECRET: optionalText,
  OIDC_CLIENT_AUTH: z.enum(['client_secret_post', 'client_secret_basic']).default('client_secret_post'),
  OIDC_SCOPES: z.string().min(1).default('openid profile email'),
  OIDC_REDIRECT_URI: z.url().optional(),
  OIDC_POST_LOGOUT_REDIRECT_URI: z.url().optional(),
  OIDC_ROLE_CLAIM: z.string().min(1).max(200).default('groups'),
  OIDC_ROLE_MAP: z.string().default(''),
  OIDC_DEFAULT_ROLES: z.string().default('EMPLOYEE'),
  OIDC_DEPARTMENT_CLAIM: optionalText,
  OIDC_EMAIL_CLAIM: z.string().min(1).max(200).default('email'),
  OIDC_NAME_CLAIM: z.string().min(1).max(200).default('name'),
  OIDC_LABEL: z.string().max(60).optional(),
  OIDC_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(120).default(10),
  LOCAL_LOGIN_ROLES: z.string().optional(),
  SMTP_HOST: optionalText,
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  SMTP_SECURE: bool.default(false),
  SMTP_REQUIRE_TLS: bool.default(false),
  SMTP_USER: optionalText,
  SMTP_PASSWORD: z.string().optional(),
  MAIL_FROM: z.string().min(3).max(300).default('Plekwijzer <no-reply@plekwijzer.invalid>'),
  MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  MAIL_RETRY_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  MAIL_POLL_INTERVAL_MS: z.coerce.number().int().min(50).max(600_000).default(5_000),
  REMINDER_MINUTES_BEFORE: z.coerce.number().int().min(0).max(10_080).default(0),
};

type IntegrationEnv = z.output<z.ZodObject<typeof INTEGRATION_ENV>>;

export type OidcConfig = {
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  clientAuth: 'client_secret_post' | 'client_secret_basic';
  scopes: string;
  /** Unset: PUBLIC_URL + /auth/oidc/callback, or (outside production) the address the browser used. */
  redirectUri: string | undefined;
  postLogoutRedirectUri: string | undefined;
  roleClaim: string;
  /** Claim value → roles it grants. */
  roleMap: ReadonlyMap<string, readonly Role[]>;
  /** Roles of someone the map gives nothing; empty: such a person may not sign in. */
  defaultRoles: readonly Role[];
  departmentClaim: string | undefined;
  emailClaim: string;
  nameClaim: string;
  /** What the sign-in button calls the organisation's account (e.g. "Kleinbeek-account"). */
  label: string | undefined;
  timeoutSeconds: number;
  /** Plain http to the provider: only outside production (a provider on the developer's machine or in tests). */
  allowInsecure: boolean;
};

export type SmtpConfig = {
  host: string;
  port: number;
  secure: boolean;
  requireTls: boolean;
  user: string | undefined;
  password: string | undefined;
};

export type MailConfig = {
  /** Unset: messages wait in the outbox (administrators can read them) and nothing is sent. */
  smtp: SmtpConfig | undefined;
  from: string;
  maxAttempts: number;
  retrySeconds: number;
  pollIntervalMs: number;
};

export type IntegrationsConfig = {
  oidc: OidcConfig | undefined;
  /** Roles that may sign in with e-mail and password (a person needs one of them). */
  localLoginRoles: readonly Role[];
  mail: MailConfig;
  /** Minutes before a booking's start when its booker gets a reminder; 0: no reminders. */
  reminderMinutesBefore: number;
};

const isRole = (v: string): v is Role => (ROLES as readonly string[]).includes(v);

function roleList(name: string, value: string): Role[] {
  const roles = value
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  for (const r of roles) if (!isRole(r)) throw new IntegrationConfigError(`${name}: "${r}" is not a role (${ROLES.join(', ')}).`);
  return [...new Set(roles as Role[])];
}

/** `value=ROLE[+ROLE],value=ROLE`: e.g. `plekwijzer-fm=FACILITY_MANAGER,plekwijzer-sw=SOCIAL_WORKER`. */
export function parseRoleMap(value: string): Map<string, Role[]> {
  const map = new Map<string, Role[]>();
  for (const entry of value
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const eq = entry.lastIndexOf('=');
    const key = entry.slice(0, eq).trim();
    if (eq < 1 || !key) throw new IntegrationConfigError(`OIDC_ROLE_MAP: "${entry}" must look like claim-value=ROLE.`);
    const roles = roleList('OIDC_ROLE_MAP', entry.slice(eq + 1).replaceAll('+', ','));
    if (roles.length === 0) throw new IntegrationConfigError(`OIDC_ROLE_MAP: "${entry}" names no role.`);
    if (roles.includes('PARTNER')) {
      throw new IntegrationConfigError('OIDC_ROLE_MAP: PARTNER cannot come from the identity provider (partners sign in locally).');
    }
    map.set(key, [...new Set([...(map.get(key) ?? []), ...roles])]);
  }
  return map;
}

export function integrationsConfig(e: IntegrationEnv, ctx: { production: boolean; publicUrl: string | undefined }): IntegrationsConfig {
  let oidc: OidcConfig | undefined;
  if (e.OIDC_ISSUER) {
    if (!e.OIDC_CLIENT_ID) throw new IntegrationConfigError('OIDC_CLIENT_ID is required with OIDC_ISSUER.');
    const insecure = new URL(e.OIDC_ISSUER).protocol === 'http:';
    if (insecure && ctx.production) throw new IntegrationConfigError('OIDC_ISSUER must be an https URL when NODE_ENV=production.');
    if (ctx.production && !e.OIDC_REDIRECT_URI && !ctx.publicUrl) {
      throw new IntegrationConfigError('OIDC_REDIRECT_URI or PUBLIC_URL is required with OIDC_ISSUER when NODE_ENV=production.');
    }
    const defaultRoles = roleList('OIDC_DEFAULT_ROLES', e.OIDC_DEFAULT_ROLES);
    if (defaultRoles.includes('PARTNER')) throw new IntegrationConfigError('OIDC_DEFAULT_ROLES cannot contain PARTNER.');
    const scopes = e.OIDC_SCOPES.split(/\s+/).filter(Boolean);
    if (!scopes.includes('openid')) throw new IntegrationConfigError('OIDC_SCOPES must contain openid.');
    oidc = {
      issuer: e.OIDC_ISSUER,
      clientId: e.OIDC_CLIENT_ID,
      clientSecret: e.OIDC_CLIENT_SECRET || undefined,
      clientAuth: e.OIDC_CLIENT_AUTH,
      scopes: scopes.join(' '),
      redirectUri: e.OIDC_REDIRECT_URI,
      postLogoutRedirectUri: e.OIDC_POST_LOGOUT_REDIRECT_URI,
      roleClaim: e.OIDC_ROLE_CLAIM,
      roleMap: parseRoleMap(e.OIDC_ROLE_MAP),
      defaultRoles,
      departmentClaim: e.OIDC_DEPARTMENT_CLAIM || undefined,
      emailClaim: e.OIDC_EMAIL_CLAIM,
      nameClaim: e.OIDC_NAME_CLAIM,
      label: e.OIDC_LABEL?.trim() || undefined,
      timeoutSeconds: e.OIDC_TIMEOUT_SECONDS,
      allowInsecure: insecure,
    };
  }
  const localLoginRoles = e.LOCAL_LOGIN_ROLES === undefined ? [...ROLES] : roleList('LOCAL_LOGIN_ROLES', e.LOCAL_LOGIN_ROLES);
  if (!oidc && localLoginRoles.length < ROLES.length) {
    throw new IntegrationConfigError('LOCAL_LOGIN_ROLES limits password sign-in: set OIDC_ISSUER too, or nobody else can sign in.');
  }
  if (e.SMTP_USER && e.SMTP_PASSWORD === undefined) throw new IntegrationConfigError('SMTP_PASSWORD is required with SMTP_USER.');
  return {
    oidc,
    localLoginRoles,
    mail: {
      smtp: e.SMTP_HOST
        ? {
            host: e.SMTP_HOST,
            port: e.SMTP_PORT,
            secure: e.SMTP_SECURE,
            requireTls: e.SMTP_REQUIRE_TLS,
            user: e.SMTP_USER || undefined,
            password: e.SMTP_PASSWORD,
          }
        : undefined,
      from: e.MAIL_FROM,
      maxAttempts: e.MAIL_MAX_ATTEMPTS,
      retrySeconds: e.MAIL_RETRY_SECONDS,
      pollIntervalMs: e.MAIL_POLL_INTERVAL_MS,
    },
    reminderMinutesBefore: e.REMINDER_MINUTES_BEFORE,
  };
}
