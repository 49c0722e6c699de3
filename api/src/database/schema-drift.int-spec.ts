import { migrations } from '@plekwijzer/migrations';
import { cloneTestDatabase } from '@plekwijzer/test';
import { DataSource } from 'typeorm';
import { createDataSource } from './data-source.js';

let db: Awaited<ReturnType<typeof cloneTestDatabase>>;
let ds: DataSource;
beforeAll(async () => {
  db = await cloneTestDatabase();
  ds = createDataSource({ url: db.url, poolSize: 2 });
  await ds.initialize();
});
afterAll(async () => {
  await ds.destroy();
  await db.drop();
});

describe('entities and migrations describe the same schema', () => {
  it('TypeORM finds nothing to change after the migrations (no drift)', async () => {
    const sql = await ds.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('every CHECK and EXCLUDE declared on an entity is the one in the database, expression for expression', async () => {
    const mismatches: string[] = [];
    let compared = 0;
    for (const meta of ds.entityMetadatas) {
      const declared = [
        ...meta.checks.map((c) => ({ name: c.name, sql: `CHECK (${c.expression})` })),
        ...meta.exclusions.map((x) => ({ name: x.name, sql: `EXCLUDE ${x.expression}` })),
      ];
      if (!declared.length) continue;
      const runner = ds.createQueryRunner();
      await runner.startTransaction();
      try {
        await runner.query(`CREATE TEMP TABLE drift_probe (LIKE ${meta.tableName}) ON COMMIT DROP`);
        for (const d of declared) {
          await runner.query(`ALTER TABLE drift_probe ADD CONSTRAINT ${d.name} ${d.sql}`);
          const rows = (await runner.query(
            `SELECT conrelid::regclass::text AS table, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = $1`,
            [d.name],
          )) as { table: string; def: string }[];
          const real = rows.find((r) => r.table === meta.tableName)?.def;
          const probe = rows.find((r) => r.table === 'drift_probe')?.def;
          compared++;
          if (real !== probe) mismatches.push(`${meta.tableName}.${d.name}:\n  migration: ${real}\n  entity:    ${probe}`);
        }
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    }
    expect(compared).toBeGreaterThan(40);
    expect(mismatches).toEqual([]);
  });

  it('every migration can be undone and done again', async () => {
    const plain = new DataSource({
      type: 'postgres',
      url: db.url,
      migrations,
      migrationsTableName: 'migrations',
      installExtensions: false,
    });
    await plain.initialize();
    try {
      for (let i = 0; i < migrations.length; i++) await plain.undoLastMigration({ transaction: 'each' });
      const left = await plain.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
      );
      expect(left[0]!.n).toBe(0);
      expect((await plain.runMigrations({ transaction: 'each' })).length).toBe(migrations.length);
    } finally {
      await plain.destroy();
    }
    expect((await ds.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
  });
});
