import { setUpTestDatabase, startTestApi, tearDownTestDatabase } from '@plekwijzer/test';
import { generateLarge } from '@plekwijzer/seeds';
import { report, time } from './harness.js';

/**
 * Benchmarks on a large data set (1,000 spaces, about a million bookings), each against the raw
 * SQL that answers the same question on the same database. `npm run bench -w @plekwijzer/bench`.
 */
async function main(): Promise<void> {
  const spaces = Number(process.env.BENCH_SPACES ?? 1000);
  const bookings = Number(process.env.BENCH_BOOKINGS ?? 1_000_000);
  await setUpTestDatabase();
  const api = await startTestApi();
  try {
    const client = await api.db.connect();
    const started = Date.now();
    const data = await generateLarge(client, { spaces, bookings });
    client.release();
    console.log(
      `data set: ${data.spaces} spaces, ${data.bookings} bookings over ${data.days} days (${((Date.now() - started) / 1000).toFixed(0)} s)\n`,
    );

    const me = await api.as(await api.make.user({ roles: ['EMPLOYEE'] }));
    const day = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
    const startsAt = `${day}T17:00:00+01:00`; // after the desk day, so most spaces are free
    const endsAt = `${day}T18:30:00+01:00`;

    const baseline = await time('raw SQL: free spaces at the site', 50, () =>
      api.db.query(
        `SELECT s.id FROM spaces s JOIN floors f ON f.id = s.floor_id
          WHERE f.site_id = $1 AND s.active
            AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.space_id = s.id AND b.status IN ('PENDING','CONFIRMED','CHECKED_IN','COMPLETED')
                              AND b.starts_at > $2::timestamptz - interval '1 day' AND b.starts_at < $3
                              AND tstzrange(b.starts_at, b.blocked_until, '[)') && tstzrange($2, $3, '[)'))`,
        [data.siteId, startsAt, endsAt],
      ),
    );
    api.clock.set(`${day}T08:00:00+01:00`);
    const viaApi = await time('GraphQL availability over HTTP (rules too)', 50, () =>
      me.data(`query($i: AvailabilityInput!) { availability(input: $i) { id } }`, { i: { siteId: data.siteId, startsAt, endsAt } }),
    );
    console.log(report('availability of 1,000 spaces for two hours', baseline, viaApi));
  } finally {
    await api.close();
    await tearDownTestDatabase();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
