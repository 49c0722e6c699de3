import { migrations } from '@plekwijzer/migrations';
import { DataSource } from 'typeorm';

/**
 * Applies pending migrations with a short-lived connection; returns the names applied.
 * Needs no entities, so tooling can call it without loading the application.
 */
export async function runMigrations(url: string): Promise<string[]> {
  const ds = new DataSource({
    type: 'postgres',
    url,
    migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    installExtensions: false,
    logging: ['warn', 'migration'],
    applicationName: 'plekwijzer-migrate',
    extra: { max: 1 },
  });
  await ds.initialize();
  try {
    return (await ds.runMigrations({ transaction: 'each' })).map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}
