import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import pg from 'pg';
import { createApp } from './app.js';
import { PasswordService } from './auth/password.service.js';
import { ConfigError, loadConfig, loadDotEnv } from './config/config.js';
import { runMigrations } from './database/migrate.js';
import { prepareDatabase } from './database/prepare.js';
import { publicHolidays } from './modules/sites/holidays.js';
import { SitesService } from './modules/sites/sites.service.js';

/** `npm start`: database (embedded unless DATABASE_URL), migrations, demo data, then the server. */
async function main(): Promise<void> {
  const log = new Logger('Plekwijzer');
  loadDotEnv();
  const config = loadConfig();
  const db = await prepareDatabase(config);
  log.log(db.embedded ? `embedded PostgreSQL ready in ${config.dataDir}/pg` : 'using DATABASE_URL');
  const applied = await runMigrations(db.url);
  if (applied.length) log.log(`applied migrations: ${applied.join(', ')}`);

  let demoAccounts: readonly { email: string; role: string }[] = [];
  let demoPassword = '';
  if (config.demoData) {
    const seeds = await import('@plekwijzer/seeds');
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const seeded = await seeds.seedDemoIfEmpty(client, {
        hashPassword: (p) => new PasswordService().hash(p),
        holidays: publicHolidays,
        now: new Date(),
      });
      if (seeded) log.log(`loaded demo data: ${seeded.users} users, ${seeded.bookings} bookings`);
    } finally {
      await client.end();
    }
    demoAccounts = seeds.DEMO_ACCOUNTS;
    demoPassword = seeds.DEMO_PASSWORD;
  }

  const app = await createApp({ ...config, databaseUrl: db.url });
  await app.get(SitesService).ensureHolidays();
  await app.listen(config.port, config.host);
  const url = config.publicUrl ?? `http://localhost:${config.port}`;
  const lines = [`Plekwijzer is running at ${url}`, `GraphQL: ${url}/graphql`];
  if (demoAccounts.length) {
    lines.push(`Demo accounts (password "${demoPassword}"):`);
    for (const a of demoAccounts) lines.push(`  ${a.email.padEnd(40)} ${a.role}`);
  }
  console.log(`\n${lines.join('\n')}\n`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.log(`${signal}: shutting down`);
    await app.close();
    await db.stop();
    process.exit(0);
  };
  process.once('SIGINT', (s) => void shutdown(s));
  process.once('SIGTERM', (s) => void shutdown(s));
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
