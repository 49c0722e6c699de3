import { cpus } from 'node:os';
import autocannon from 'autocannon';
import pg from 'pg';
import { setUpTestDatabase, startTestApi, tearDownTestDatabase, TestClock, type TestApi } from '@plekwijzer/test';

/**
 * Booking throughput: createBooking over HTTP (autocannon) against a raw-SQL baseline doing the same
 * check-then-insert on the same database, at 1, 8 and 32 concurrent clients; then the Monday burst
 * (200 people booking desks on one floor within 10 seconds) must end with no overlap and p95 under
 * 250 ms. `npm run bench:booking -w @plekwijzer/bench`. BENCH_SECONDS sets each level's duration.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const LEVELS = [1, 8, 32];
const PEOPLE = 200;
const NOW = '2027-01-11T07:00:00+01:00';
const ACTIVE = `('PENDING','CONFIRMED','CHECKED_IN','COMPLETED')`;

type Slot = { userId: string; spaceId: string; startsAt: string; endsAt: string };

/**
 * The n-th booking of a never-conflicting sequence: desk d is booked by person d in the morning and
 * the afternoon of day 1, 2, … (at most two desk bookings a day each, never two desks at once).
 */
function slot(n: number, users: string[], desks: string[]): Slot {
  const perDay = 2 * users.length;
  const day = 1 + Math.floor(n / perDay);
  const k = n % perDay;
  const date = new Date(Date.parse('2027-01-11T12:00:00Z') + day * 86_400_000).toISOString().slice(0, 10);
  const [from, to] = k < users.length ? ['08:00', '12:00'] : ['13:00', '17:00'];
  return {
    userId: users[k % users.length]!,
    spaceId: desks[k % desks.length]!,
    startsAt: `${date}T${from}:00+01:00`,
    endsAt: `${date}T${to}:00+01:00`,
  };
}

async function people(api: TestApi, n: number, tag: string): Promise<string[]> {
  const { rows } = await api.db.query<{ id: string }>(
    `INSERT INTO users (email, display_name, roles) SELECT $1 || '-' || i || '@bench.invalid', 'Bench ' || i, '{EMPLOYEE}' FROM generate_series(1, $2) i RETURNING id`,
    [tag, n],
  );
  return rows.map((r) => r.id);
}

async function desks(api: TestApi, floorId: string, n: number, tag: string): Promise<string[]> {
  const { rows } = await api.db.query<{ id: string }>(
    `INSERT INTO spaces (floor_id, name, kind, capacity) SELECT $1, $2 || '-' || i, 'DESK', 1 FROM generate_series(1, $3) i RETURNING id`,
    [floorId, tag, n],
  );
  return rows.map((r) => r.id);
}

async function booked(db: pg.Pool, spaceIds: string[]): Promise<number> {
  const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM bookings WHERE space_id = ANY($1)`, [spaceIds]);
  return rows[0]!.n;
}

type Level = { clients: number; perSecond: number; p50: number; p95: number; p99: number; errors: number };

async function viaGraphql(api: TestApi, clients: number, next: () => Slot, tokens: Map<string, string>): Promise<Level> {
  const result = await autocannon({
    url: `${api.baseUrl}/graphql`,
    connections: clients,
    duration: SECONDS,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => {
          const s = next();
          return {
            ...req,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.get(s.userId)}` },
            body: JSON.stringify({
              query: `mutation($i: CreateBookingInput!) { createBooking(input: $i) { id } }`,
              variables: { i: { spaceId: s.spaceId, startsAt: s.startsAt, endsAt: s.endsAt } },
            }),
          };
        },
      },
    ],
  });
  return {
    clients,
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p95: result.latency.p97_5, // autocannon reports p97.5, not p95
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/** The same check-then-insert in one transaction, straight from a pg pool. */
async function viaSql(db: pg.Pool, clients: number, next: () => Slot): Promise<Level> {
  const samples: number[] = [];
  const end = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      const c = await db.connect();
      try {
        while (Date.now() < end) {
          const s = next();
          const started = process.hrtime.bigint();
          await c.query('BEGIN');
          const taken = await c.query(
            `SELECT 1 FROM bookings WHERE space_id = $1 AND status IN ${ACTIVE} AND tstzrange(starts_at, blocked_until, '[)') && tstzrange($2, $3, '[)')`,
            [s.spaceId, s.startsAt, s.endsAt],
          );
          if (taken.rowCount === 0) {
            await c.query(
              `INSERT INTO bookings (space_id, space_kind, booker_id, starts_at, ends_at, blocked_until, status, created_by, updated_by)
               VALUES ($1, 'DESK', $2, $3, $4, $4, 'CONFIRMED', $2, $2)`,
              [s.spaceId, s.userId, s.startsAt, s.endsAt],
            );
          }
          await c.query('COMMIT');
          samples.push(Number(process.hrtime.bigint() - started) / 1e6);
        }
      } finally {
        c.release();
      }
    }),
  );
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? NaN;
  return { clients, perSecond: samples.length / SECONDS, p50: at(0.5), p95: at(0.95), p99: at(0.99), errors: 0 };
}

/** 200 people, one floor, 10 seconds: each books a desk for the whole day; many pick the same. */
async function mondayBurst(api: TestApi, users: string[], tokens: Map<string, string>, floorDesks: string[]) {
  const latencies: number[] = [];
  const outcomes = new Map<string, number>();
  const day = '2027-01-25';
  const started = Date.now();
  await Promise.all(
    users.map(async (userId, i) => {
      await new Promise((r) => setTimeout(r, (i * 10_000) / users.length));
      const desk = floorDesks[(i * 7919) % Math.ceil(floorDesks.length * 0.6)]!; // popular desks: about two people per desk
      const t0 = process.hrtime.bigint();
      const res = await fetch(`${api.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.get(userId)}` },
        body: JSON.stringify({
          query: `mutation($i: CreateBookingInput!) { createBooking(input: $i) { id } }`,
          variables: { i: { spaceId: desk, startsAt: `${day}T08:30:00+01:00`, endsAt: `${day}T17:00:00+01:00` } },
        }),
      });
      const body = (await res.json()) as { data?: unknown; errors?: { extensions?: { reason?: string } }[] };
      latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      const outcome = body.errors?.[0]?.extensions?.reason ?? 'BOOKED';
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  const { rows } = await api.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM bookings a JOIN bookings b ON a.space_id = b.space_id AND a.id < b.id
       AND tstzrange(a.starts_at, a.blocked_until, '[)') && tstzrange(b.starts_at, b.blocked_until, '[)')
     WHERE a.status IN ${ACTIVE} AND b.status IN ${ACTIVE}`,
  );
  return { seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99), outcomes: Object.fromEntries(outcomes), overlaps: rows[0]!.n };
}

async function main(): Promise<void> {
  await setUpTestDatabase();
  const api = await startTestApi({ clock: new TestClock(NOW) }); // the test kit's rate limits are far above this load
  try {
    const site = await api.make.site();
    const users = await people(api, PEOPLE, 'api');
    const sqlUsers = await people(api, PEOPLE, 'sql');
    const apiDesks = await desks(api, site.floorId, PEOPLE, 'api');
    const sqlDesks = await desks(api, site.floorId, PEOPLE, 'sql');
    const burstFloor = await api.make.site();
    const burstDesks = await desks(api, burstFloor.floorId, 150, 'burst');
    const tokens = new Map<string, string>();
    for (const id of users) tokens.set(id, (await api.as({ id })).token!);
    let nApi = 0;
    let nSql = 0;
    const nextApi = () => slot(nApi++, users, apiDesks);
    const nextSql = () => slot(nSql++, sqlUsers, sqlDesks);

    const sqlPool = new pg.Pool({ connectionString: api.databaseUrl, max: 32 });
    console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; ${SECONDS} s per level\n`);
    console.log('booking throughput: createBooking over HTTP vs raw SQL check-then-insert (same database)');
    console.log('  clients   GraphQL/s   SQL tx/s   ratio   GraphQL p50 / p97.5 / p99 ms     SQL p50 / p95 / p99 ms');
    for (const clients of LEVELS) {
      const before = await booked(api.db, apiDesks);
      const g = await viaGraphql(api, clients, nextApi, tokens);
      const made = (await booked(api.db, apiDesks)) - before;
      const s = await viaSql(sqlPool, clients, nextSql);
      console.log(
        `  ${String(clients).padStart(7)} ${g.perSecond.toFixed(0).padStart(11)} ${s.perSecond.toFixed(0).padStart(10)} ${(g.perSecond / s.perSecond).toFixed(2).padStart(7)}   ` +
          `${g.p50.toFixed(1)} / ${g.p95.toFixed(1)} / ${g.p99.toFixed(1)}${g.errors ? ` (${g.errors} HTTP errors)` : ''}`.padEnd(33) +
          `${s.p50.toFixed(1)} / ${s.p95.toFixed(1)} / ${s.p99.toFixed(1)}   (${made} bookings stored via GraphQL)`,
      );
    }
    await sqlPool.end();
    const burst = await mondayBurst(api, users, tokens, burstDesks);
    console.log(
      `\nMonday burst: ${PEOPLE} bookings in ${burst.seconds.toFixed(1)} s on one floor of ${burstDesks.length} desks\n` +
        `  outcomes ${JSON.stringify(burst.outcomes)}; overlaps ${burst.overlaps}; ` +
        `p50 ${burst.p50.toFixed(1)} ms, p95 ${burst.p95.toFixed(1)} ms, p99 ${burst.p99.toFixed(1)} ms ` +
        `(target: 0 overlaps, p95 < 250 ms: ${burst.overlaps === 0 && burst.p95 < 250 ? 'met' : 'NOT met'})`,
    );
  } finally {
    await api.close();
    await tearDownTestDatabase();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
