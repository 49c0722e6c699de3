import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { runMigrations, startEmbeddedPostgres } from '@plekwijzer/api/database';

/** Shared between Jest's global setup (which writes it) and the test files (which read it). */
export type TestDatabaseEnv = { serverUrl: string; template: string; dir?: string };
const ENV_KEY = 'PLEKWIJZER_TEST_DB';

export function readTestDatabaseEnv(): TestDatabaseEnv {
  const raw = process.env[ENV_KEY];
  if (!raw) throw new Error('The integration suite needs Jest globalSetup (test/src/global-setup.ts)');
  return JSON.parse(raw) as TestDatabaseEnv;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Global setup and teardown load this module separately; the server handle lives on globalThis. */
const holder = globalThis as { plekwijzerStopTestPg?: () => Promise<void> };

/**
 * Starts a throw-away PostgreSQL (or uses TEST_DATABASE_URL), migrates a template database once,
 * and publishes where it is, so each test file can clone its own database in milliseconds.
 */
export async function setUpTestDatabase(): Promise<void> {
  let serverUrl = process.env.TEST_DATABASE_URL;
  let dir: string | undefined;
  if (!serverUrl) {
    dir = mkdtempSync(join(tmpdir(), 'plekwijzer-test-pg-'));
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const server = await startEmbeddedPostgres({ dir, port, ephemeral: true });
    holder.plekwijzerStopTestPg = server.stop;
    serverUrl = server.url('postgres');
  }
  const template = `plekwijzer_tpl_${process.pid}`;
  await admin(serverUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${template}`);
    await c.query(`CREATE DATABASE ${template}`);
  });
  await runMigrations(withDatabase(serverUrl, template));
  process.env[ENV_KEY] = JSON.stringify({ serverUrl, template, dir } satisfies TestDatabaseEnv);
}

export async function tearDownTestDatabase(): Promise<void> {
  const env = readTestDatabaseEnv();
  if (holder.plekwijzerStopTestPg) {
    await holder.plekwijzerStopTestPg();
    if (env.dir) rmSync(env.dir, { recursive: true, force: true });
    return;
  }
  await admin(env.serverUrl, async (c) => {
    const { rows } = await c.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2`, [
      `${env.template}_%`,
      env.template,
    ]);
    for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  });
}

/** A fresh database for one test file, cloned from the migrated template. */
export async function cloneTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const env = readTestDatabaseEnv();
  const name = `${env.template}_${Math.random().toString(36).slice(2, 10)}`;
  await admin(env.serverUrl, async (c) => {
    for (let attempt = 1; ; attempt++) {
      try {
        await c.query(`CREATE DATABASE ${name} TEMPLATE ${env.template}`);
        return;
      } catch (err) {
        // another file is cloning the same template at this very moment
        if (attempt >= 20 || (err as { code?: string }).code !== '55006') throw err;
        await new Promise((r) => setTimeout(r, 50 * attempt));
      }
    }
  });
  return {
    url: withDatabase(env.serverUrl, name),
    drop: () => admin(env.serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).then(() => undefined)),
  };
}

async function admin<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}
