import { setUpTestDatabase, startTestApi, tearDownTestDatabase, type GraphqlClient, type TestApi } from '@plekwijzer/test';
import { generateLarge } from '@plekwijzer/seeds';
import { report, time } from './harness.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/**
 * The occupancy report over a year of data for 500 desks and 150 meeting rooms (every working day:
 * each desk booked once, each room four times; about 290k bookings), through GraphQL over HTTP,
 * against a bare SQL count of the same bookings in the same run. `npm run bench:reports -w @plekwijzer/bench`.
 */
async function main(): Promise<void> {
  await setUpTestDatabase();
  // the report over this much data takes longer than the API's default 15 s statement timeout
  const api = await startTestApi({ env: { DB_STATEMENT_TIMEOUT_MS: '600000' } });
  try {
    const client = await api.db.connect();
    const started = Date.now();
    const data = await generateLarge(client, { spaces: 650, desks: 500, bookings: 0, days: 365, workdaysOnly: true });
    client.release();
    console.log(
      `data set: 500 desks, 150 rooms, ${data.bookings} bookings over ${data.days} days (${((Date.now() - started) / 1000).toFixed(0)} s)\n`,
    );
    const manager = await api.as(await api.make.user({ roles: ['MANAGEMENT'] }));
    for (const days of [91, 365]) await compare(api, manager, data.siteId, days);
  } finally {
    await api.close();
    await tearDownTestDatabase();
  }
}

/** The report over the last `days` days against a bare count of the bookings in them. */
async function compare(api: TestApi, manager: GraphqlClient, siteId: string, days: number): Promise<void> {
  const { rows } = await api.db.query<{ from: string; to: string }>(
    `SELECT to_char(current_date - $1::int, 'YYYY-MM-DD') AS "from", to_char(current_date - 1, 'YYYY-MM-DD') AS "to"`,
    [days],
  );
  const period = rows[0]!;
  const input = { from: period.from, to: period.to, siteId, kinds: ['DESK', 'MEETING_ROOM'] };

  const baseline = await time(
    `bare SQL: count ${days} days of bookings`,
    RUNS,
    () =>
      api.db.query(
        `SELECT count(*) FROM bookings b JOIN spaces s ON s.id = b.space_id JOIN floors f ON f.id = s.floor_id
            WHERE f.site_id = $1 AND b.status IN ('CONFIRMED','CHECKED_IN','COMPLETED','RELEASED')
              AND b.starts_at >= ($2::date)::timestamp AT TIME ZONE 'Europe/Brussels'
              AND b.starts_at < ($3::date + 1)::timestamp AT TIME ZONE 'Europe/Brussels'`,
        [siteId, period.from, period.to],
      ),
    2,
  );
  const check = await manager.data<{ occupancyReport: { bookings: number; bookedOccupancy: { value: number } } }>(
    `query($i: OccupancyReportInput!) { occupancyReport(input: $i) { bookings bookedOccupancy { value } } }`,
    { i: input },
  );
  console.log(
    `${days} days: the report sees ${check.occupancyReport.bookings} bookings, booked occupancy ${(check.occupancyReport.bookedOccupancy.value * 100).toFixed(1)}%\n`,
  );
  const viaApi = await time(
    `GraphQL occupancyReport over HTTP (${days} days)`,
    RUNS,
    () =>
      manager.data(
        `query($i: OccupancyReportInput!) {
             occupancyReport(input: $i) {
               bookedOccupancy { value status } utilisation { value } peakOccupancy { value } p80DayOccupancy { value } noShowRate { value }
               heatmap { weekday hour bookedOccupancy { value } } trend { weekStart bookedOccupancy { value } }
             }
           }`,
        { i: input },
      ),
    2,
  );
  console.log(`${report(`occupancy report over ${days} days of 650 spaces`, baseline, viaApi)}\n`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
