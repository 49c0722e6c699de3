import { join } from 'node:path';
import pg from 'pg';
import type { AppConfig } from '../config/config.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

export type PreparedDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

const EMBEDDED_DB = 'plekwijzer';

/** The configured Postgres, or the embedded one in DATA_DIR/pg with its database created. */
export async function prepareDatabase(config: AppConfig, onLog?: (line: string) => void): Promise<PreparedDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, stop: async () => {} };
  const server = await startEmbeddedPostgres({ dir: join(config.dataDir, 'pg'), port: config.embeddedPgPort, onLog });
  const admin = new pg.Client({ connectionString: server.url('postgres') });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [EMBEDDED_DB]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${EMBEDDED_DB}`);
  } finally {
    await admin.end();
  }
  return { url: server.url(EMBEDDED_DB), embedded: true, stop: server.stop };
}
