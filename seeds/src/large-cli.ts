import pg from 'pg';
import { generateLarge } from './large.js';

/** `npm run seed:large -- --spaces 1000 --bookings 1000000` against DATABASE_URL. */
async function main(): Promise<void> {
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Set DATABASE_URL to the database to fill (it must be migrated).');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const started = Date.now();
    const summary = await generateLarge(client, { spaces: arg('spaces', 1000), bookings: arg('bookings', 1_000_000) });
    console.log(`${JSON.stringify(summary)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await client.end();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
