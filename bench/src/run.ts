import { cpus } from 'node:os';
import { setUpTestDatabase, startTestApi, tearDownTestDatabase } from '@plekwijzer/test';
import { generateLarge } from '@plekwijzer/seeds';
import { report, time, type Timing } from './harness.js';

/**
 * Reads on large data sets (1,000 spaces; 100k and 1M bookings by default, each on a fresh
 * database), each against the bare SQL that answers the same question on the same database:
 * availability of every space at the site for two hours, and the day view of one floor.
 * `npm run bench -w @plekwijzer/bench`; BENCH_SPACES, BENCH_SIZES=100000,1000000, BENCH_RUNS.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 100);

type Figures = { size: number; availability: [Timing, Timing]; dayView: [Timing, Timing] };

async function measure(spaces: number, bookings: number): Promise<Figures> {
  const api = await startTestApi();
  try {
    const client = await api.db.connect();
    const started = Date.now();
    const data = await generateLarge(client, { spaces, bookings });
    client.release();
    console.log(
      `data set: ${data.spaces} spaces, ${data.bookings} bookings over ${data.days} days (${((Date.now() - started) / 1000).toFixed(0)} s)\n`,
    );
    const floorId = (await api.db.query<{ id: string }>(`SELECT id FROM floors WHERE site_id = $1 AND level = 0`, [data.siteId])).rows[0]!
      .id;
    const me = await api.as(await api.make.user({ roles: ['EMPLOYEE'] }));
    const day = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
    const startsAt = `${day}T17:00:00+01:00`; // after the desk day, so most spaces are free
    const endsAt = `${day}T18:30:00+01:00`;
    api.clock.set(`${day}T08:00:00+01:00`);

    const availabilitySql = await time('raw SQL: free spaces at the site', RUNS, () =>
      api.db.query(
        `SELECT s.id FROM spaces s JOIN floors f ON f.id = s.floor_id
          WHERE f.site_id = $1 AND s.active
            AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.space_id = s.id AND b.status IN ('PENDING','CONFIRMED','CHECKED_IN','COMPLETED')
                              AND b.starts_at > $2::timestamptz - interval '1 day' AND b.starts_at < $3
                              AND tstzrange(b.starts_at, b.blocked_until, '[)') && tstzrange($2, $3, '[)'))`,
        [data.siteId, startsAt, endsAt],
      ),
    );
    const availabilityApi = await time('GraphQL availability over HTTP (rules too)', RUNS, () =>
      me.data(`query($i: AvailabilityInput!) { availability(input: $i) { id } }`, { i: { siteId: data.siteId, startsAt, endsAt } }),
    );
    console.log(report(`availability of ${spaces} spaces for 90 minutes`, availabilitySql, availabilityApi));

    const from = `${day}T00:00:00+01:00`;
    const to = `${day}T23:59:59+01:00`;
    const dayViewSql = await time('raw SQL: bookings on one floor for a day', RUNS, () =>
      api.db.query(
        `SELECT b.id, b.space_id, b.starts_at, b.ends_at, b.status, b.title FROM bookings b JOIN spaces s ON s.id = b.space_id
          WHERE s.floor_id = $1 AND b.starts_at < $3 AND b.ends_at > $2 AND b.starts_at > $2::timestamptz - interval '1 day'
            AND b.status <> 'CANCELLED'`,
        [floorId, from, to],
      ),
    );
    const dayViewApi = await time('GraphQL bookings of a floor over HTTP', RUNS, () =>
      me.data(`query($f: BookingsFilter!) { bookings(filter: $f) { id startsAt endsAt status title space { id } } }`, {
        f: { floorId, from, to },
      }),
    );
    console.log(report('day view of one floor (about 100 spaces)', dayViewSql, dayViewApi));
    console.log('');
    return { size: data.bookings, availability: [availabilitySql, availabilityApi], dayView: [dayViewSql, dayViewApi] };
  } finally {
    await api.close();
  }
}

async function main(): Promise<void> {
  const spaces = Number(process.env.BENCH_SPACES ?? 1000);
  const sizes = (process.env.BENCH_SIZES ?? '100000,1000000').split(',').map(Number);
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; ${RUNS} runs each\n`);
  await setUpTestDatabase();
  try {
    const figures: Figures[] = [];
    for (const size of sizes) figures.push(await measure(spaces, size));
    if (figures.length > 1) {
      const [small, large] = [figures[0]!, figures.at(-1)!];
      const growth = (a: Timing, b: Timing) => `${(b.p95 / a.p95).toFixed(2)}×`;
      console.log(`from ${small.size} to ${large.size} bookings, p95 grows:`);
      console.log(
        `  availability  SQL ${growth(small.availability[0], large.availability[0])}   API ${growth(small.availability[1], large.availability[1])}`,
      );
      console.log(`  day view      SQL ${growth(small.dayView[0], large.dayView[0])}   API ${growth(small.dayView[1], large.dayView[1])}`);
    }
  } finally {
    await tearDownTestDatabase();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
