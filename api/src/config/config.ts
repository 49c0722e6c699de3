import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { INTEGRATION_ENV, IntegrationConfigError, integrationsConfig, type IntegrationsConfig } from './integrations.config.js';

const LEVELS = ['error', 'warn', 'log', 'debug'] as const;

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z.string().min(1).optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  DEMO_DATA: bool.optional(),
  JWT_SECRET: z.string().min(32).optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(1800),
  SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  GRAPHQL_INTROSPECTION: bool.optional(),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(20),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  REPORT_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(120_000),
  LOG_FORMAT: z.enum(['text', 'json']).default('text'),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug']).optional(),
  JOBS_ENABLED: bool.optional(),
  WEB_DIST_DIR: z.string().min(1).optional(),
  BOOKING_REQUEST_DECISION_DAYS: z.coerce.number().int().min(0).max(30).default(2),
  PARTNER_TERMS_VERSION: z.string().min(1).max(50).default('2027-01'),
  DATA_ENCRYPTION_KEY: z.string().min(1).optional(),
  CONFIDENTIAL_RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(30),
  PROPOSAL_HOLD_HOURS: z.coerce.number().int().min(1).max(336).default(48),
  FLOOR_PLAN_MAX_BYTES: z.coerce.number().int().min(10_240).max(52_428_800).default(5_242_880),
  RATE_LIMIT_MUTATIONS_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(120),
  SIGN_IN_FREE_ATTEMPTS: z.coerce.number().int().min(1).max(1000).default(5),
  SIGN_IN_LOCKOUT_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  ...INTEGRATION_ENV,
});

export type AppConfig = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  publicUrl: string | undefined;
  /** `undefined` means: start the embedded PostgreSQL in `dataDir/pg`. */
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  demoData: boolean;
  jwtSecret: Uint8Array;
  accessTokenTtlSeconds: number;
  /** How long a refresh session lives without being used (each refresh starts the period again). */
  sessionTtlDays: number;
  introspection: boolean;
  dbPoolSize: number;
  dbStatementTimeoutMs: number;
  /** Statement timeout for the occupancy report alone: a year's report may take longer than an ordinary query. */
  reportStatementTimeoutMs: number;
  logFormat: 'text' | 'json';
  /** The levels written: LOG_LEVEL and everything more severe (default: log, or warn under NODE_ENV=test). */
  logLevels: ('error' | 'warn' | 'log' | 'debug')[];
  /** The built web app, served on the API's port when the directory holds an index.html. */
  webDistDir: string;
  /** Whether this process runs background jobs (pg-boss); off by default in tests. */
  jobsEnabled: boolean;
  /** Working days before its start by which a partner's request must be decided; undecided, it expires. */
  bookingRequestDecisionDays: number;
  /** Version of the partners' terms of use that accepting an invite records. */
  partnerTermsVersion: string;
  /** AES-256 keys for client details at rest; the first is used for new values. */
  dataKeys: DataKeyRing;
  /** Days after a consultation's end when its client details are erased. */
  confidentialRetentionDays: number;
  /** How long proposed consultation slots stay held for a citizen to choose. */
  proposalHoldHours: number;
  /** Largest floor-plan image (SVG, PNG, JPEG) a manager may upload, in bytes. */
  floorPlanMaxBytes: number;
  /** Mutations one user may send per minute, counted across every API process. */
  mutationsPerMinute: number;
  /** Failed sign-ins from one client address without delay; then each next attempt waits twice as long (1, 2, 4… s). */
  signInFreeAttempts: number;
  /** After twice that many failures (with no quiet period this long between them), the address is locked out this long (logged). */
  signInLockoutMinutes: number;
  /** Reverse proxies in front of the API whose X-Forwarded-For is believed (0: none, use the peer address). */
  trustProxyHops: number;
} & IntegrationsConfig;

/** The repository's web/dist: config.ts sits at the same depth in api/src (tests) and api/dist (runtime). */
const DEFAULT_WEB_DIST_DIR = fileURLToPath(new URL('../../../web/dist', import.meta.url));

export class ConfigError extends Error {}

/** Loads `.env` from the working directory into the environment, when there is one. */
export function loadDotEnv(file = '.env'): void {
  if (existsSync(file)) process.loadEnvFile(file);
}

/** Parses and validates the environment once; nothing else reads process.env. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const dataDir = resolve(e.DATA_DIR);
  if (production && e.DEMO_DATA) {
    throw new ConfigError('DEMO_DATA cannot be enabled when NODE_ENV=production.');
  }
  if (production && !e.DATABASE_URL) {
    throw new ConfigError('DATABASE_URL is required when NODE_ENV=production (the embedded PostgreSQL is for trying out and development).');
  }
  if (production && !e.JWT_SECRET) {
    throw new ConfigError('JWT_SECRET (at least 32 characters) is required when NODE_ENV=production.');
  }
  if (production && !e.DATA_ENCRYPTION_KEY) {
    throw new ConfigError('DATA_ENCRYPTION_KEY (id:base64key[,id:base64key…]) is required when NODE_ENV=production.');
  }
  const secret = e.JWT_SECRET ?? persistentSecret(dataDir, 'jwt-secret');
  const dataKeys = parseKeyRing(
    e.DATA_ENCRYPTION_KEY ?? (e.NODE_ENV === 'test' ? testKeyRing() : `local:${persistentSecret(dataDir, 'data-encryption-key')}`),
  );
  let integrations: IntegrationsConfig;
  try {
    integrations = integrationsConfig(e, { production, publicUrl: e.PUBLIC_URL });
  } catch (err) {
    if (err instanceof IntegrationConfigError) throw new ConfigError(err.message);
    throw err;
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    demoData: e.DEMO_DATA ?? !production,
    jwtSecret: new TextEncoder().encode(secret),
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
    sessionTtlDays: e.SESSION_TTL_DAYS,
    introspection: e.GRAPHQL_INTROSPECTION ?? !production,
    dbPoolSize: e.DB_POOL_SIZE,
    dbStatementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS,
    reportStatementTimeoutMs: e.REPORT_STATEMENT_TIMEOUT_MS,
    logFormat: e.LOG_FORMAT,
    logLevels: LEVELS.slice(0, LEVELS.indexOf(e.LOG_LEVEL ?? (e.NODE_ENV === 'test' ? 'warn' : 'log')) + 1),
    jobsEnabled: e.JOBS_ENABLED ?? e.NODE_ENV !== 'test',
    webDistDir: e.WEB_DIST_DIR ? resolve(e.WEB_DIST_DIR) : DEFAULT_WEB_DIST_DIR,
    bookingRequestDecisionDays: e.BOOKING_REQUEST_DECISION_DAYS,
    partnerTermsVersion: e.PARTNER_TERMS_VERSION,
    dataKeys,
    confidentialRetentionDays: e.CONFIDENTIAL_RETENTION_DAYS,
    proposalHoldHours: e.PROPOSAL_HOLD_HOURS,
    floorPlanMaxBytes: e.FLOOR_PLAN_MAX_BYTES,
    mutationsPerMinute: e.RATE_LIMIT_MUTATIONS_PER_MINUTE,
    signInFreeAttempts: e.SIGN_IN_FREE_ATTEMPTS,
    signInLockoutMinutes: e.SIGN_IN_LOCKOUT_MINUTES,
    trustProxyHops: e.TRUST_PROXY,
    ...integrations,
  };
}

export type DataKeyRing = { currentId: string; keys: ReadonlyMap<string, Buffer> };

const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

/**
 * `DATA_ENCRYPTION_KEY`: `id:key[,id:key…]`, each key 32 random bytes in base64 (or base64url);
 * the first entry encrypts new values, the others only decrypt (rotation). Errors never echo a key.
 */
export function parseKeyRing(value: string): DataKeyRing {
  const keys = new Map<string, Buffer>();
  const entries = value.split(',').map((e) => e.trim());
  for (const [i, entry] of entries.entries()) {
    const sep = entry.indexOf(':');
    const id = entry.slice(0, sep);
    const material = entry.slice(sep + 1);
    if (sep < 1 || !KEY_ID.test(id)) {
      throw new ConfigError(`DATA_ENCRYPTION_KEY: entry ${i + 1} must look like id:base64key (id: letters, digits, _ or -, at most 32).`);
    }
    const key = /^[A-Za-z0-9+/_-]+={0,2}$/.test(material) ? Buffer.from(material, 'base64') : Buffer.alloc(0);
    if (key.length !== 32) throw new ConfigError(`DATA_ENCRYPTION_KEY: key "${id}" must be 32 bytes in base64 (openssl rand -base64 32).`);
    if (keys.has(id)) throw new ConfigError(`DATA_ENCRYPTION_KEY: key id "${id}" appears twice.`);
    keys.set(id, key);
  }
  return { currentId: entries[0]!.slice(0, entries[0]!.indexOf(':')), keys };
}

let testKey: string | undefined;
/** Tests without a configured key share one random key per process (two instances on one database agree). */
function testKeyRing(): string {
  testKey ??= `test:${randomBytes(32).toString('base64')}`;
  return testKey;
}

/** A secret generated once into the data directory, so a local install needs no setup. */
export function persistentSecret(dataDir: string, name: string): string {
  const file = join(dataDir, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  const secret = randomBytes(32).toString('base64url');
  // Written whole under a temporary name, then linked into place: two processes starting at once agree on one secret.
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(tmp, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  try {
    linkSync(tmp, file);
    return secret;
  } catch (err) {
    if ((err as { code?: string }).code !== 'EEXIST') throw err;
    return readFileSync(file, 'utf8').trim();
  } finally {
    unlinkSync(tmp);
  }
}
