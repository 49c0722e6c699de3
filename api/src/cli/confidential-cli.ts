import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { checkChain, GENESIS_HASH, type ChainedEntry } from '../audit/audit-chain.js';
import { appendAuditEntry, type Queryable } from '../audit/audit-log.repository.js';
import { open, seal } from '../common/crypto/data-cipher.js';
import { ConfigError, loadConfig, loadDotEnv, type AppConfig } from '../config/config.js';
import { prepareDatabase } from '../database/prepare.js';
import { lockStaleSealed, storeResealed } from '../modules/confidential/confidential-details.repository.js';

const USAGE = `Usage: node api/dist/cli/confidential-cli.js <command>

  reencrypt     re-encrypt every stored client detail under the current (first) key of
                DATA_ENCRYPTION_KEY; older keys must still be listed after it
  verify-audit  recompute the confidential audit log's hash chain and say whether it is intact

Reads the same configuration as the server (.env, DATABASE_URL, DATA_DIR, DATA_ENCRYPTION_KEY).`;

const BATCH = 200;

/** The shared SQL helpers take rows back, as TypeORM's query does. */
const rowsOf = (db: pg.Client): Queryable => ({
  query: async <T>(sql: string, params?: unknown[]) => (await db.query(sql, params)).rows as T,
});

/** Re-encrypts in small transactions; SKIP LOCKED lets it run beside the server (or twice) safely. */
async function reencrypt(client: pg.Client, config: AppConfig): Promise<void> {
  const ring = config.dataKeys;
  const db = rowsOf(client);
  let total = 0;
  for (;;) {
    await client.query('BEGIN');
    try {
      const rows = await lockStaleSealed(db, ring.currentId, BATCH);
      for (const row of rows) {
        const plain = open(ring, row, row.bookingId);
        await storeResealed(db, row.bookingId, seal(ring, plain, row.bookingId));
        await appendAuditEntry(db, {
          occurredAt: new Date(),
          actorId: null,
          bookingId: row.bookingId,
          subjectId: null,
          action: 'REENCRYPT_DETAILS',
          result: 'ALLOWED',
          requestId: null,
        });
      }
      await client.query('COMMIT');
      total += rows.length;
      if (rows.length < BATCH) break;
    } catch (err) {
      await client.query('ROLLBACK');
      throw err;
    }
  }
  const { rows } = await client.query<{ keyId: string; n: number }>(
    `SELECT key_id AS "keyId", count(*)::int AS n FROM booking_confidential_details WHERE ciphertext IS NOT NULL GROUP BY key_id ORDER BY key_id`,
  );
  console.log(`re-encrypted ${total} value(s) under key "${ring.currentId}"`);
  for (const r of rows) console.log(`  key ${r.keyId}: ${r.n} value(s)`);
}

async function verifyAudit(db: pg.Client): Promise<boolean> {
  let at = { seq: '0', hash: GENESIS_HASH };
  let checked = 0;
  for (;;) {
    const { rows } = await db.query<ChainedEntry>(
      `SELECT seq::text AS seq, occurred_at AS "occurredAt", actor_id AS "actorId", booking_id AS "bookingId", subject_id AS "subjectId",
              action, result, request_id AS "requestId", prev_hash AS "prevHash", hash
         FROM confidential_audit_log a WHERE a.seq > $1::bigint ORDER BY a.seq LIMIT 2000`,
      [at.seq],
    );
    if (rows.length === 0) break;
    const r = checkChain(rows, at);
    if (!r.ok) {
      console.log(`audit log NOT intact: ${r.problem} at entry ${r.seq} (after ${checked} good entries)`);
      return false;
    }
    checked += rows.length;
    at = { seq: r.lastSeq, hash: r.lastHash };
  }
  console.log(`audit log intact: ${checked} entries${checked ? `, last ${at.seq} with hash ${at.hash}` : ''}`);
  return true;
}

/**
 * The database to work on: DATABASE_URL, or the embedded one — used where it runs (a server may be
 * up: starting it again would stop that server's database), started just for this otherwise.
 */
async function connect(config: AppConfig): Promise<{ url: string; stop: () => Promise<void> }> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => {} };
  const dir = join(config.dataDir, 'pg');
  const pidFile = join(dir, 'data', 'postmaster.pid');
  const pid = existsSync(pidFile) ? Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10) : NaN;
  if (Number.isInteger(pid) && isAlive(pid)) {
    const password = readFileSync(join(dir, 'password'), 'utf8').trim();
    // The embedded cluster's user and database, as api/src/database/{embedded-postgres,prepare}.ts create them.
    return {
      url: `postgresql://plekwijzer:${encodeURIComponent(password)}@127.0.0.1:${config.embeddedPgPort}/plekwijzer`,
      stop: async () => {},
    };
  }
  const db = await prepareDatabase(config);
  return { url: db.url, stop: db.stop };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<number> {
  const command = process.argv[2];
  if (command !== 'reencrypt' && command !== 'verify-audit') {
    console.error(USAGE);
    return 2;
  }
  loadDotEnv();
  const config = loadConfig();
  const target = await connect(config);
  const db = new pg.Client({ connectionString: target.url, application_name: 'plekwijzer-cli' });
  await db.connect();
  try {
    if (command === 'reencrypt') {
      await reencrypt(db, config);
      return 0;
    }
    return (await verifyAudit(db)) ? 0 : 1;
  } finally {
    await db.end();
    await target.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    // Never print a value: a decryption error says only which kind of problem it was.
    console.error(err instanceof ConfigError ? err.message : err instanceof Error ? `failed: ${err.message}` : 'failed');
    process.exit(1);
  },
);
