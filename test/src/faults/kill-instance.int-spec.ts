import { spawn, type ChildProcess } from 'node:child_process';
import { GraphqlClient } from '../graphql-client.js';
import { startTestApi, TestClock, type TestApi } from '../index.js';
import { freePort } from './free-port.js';

const CREATE = `mutation($input: CreateBookingInput!) { createBooking(input: $input) { id } }`;
const USERS = 90;
const PARALLEL = 10;

let api: TestApi;
let child: ChildProcess | undefined;
afterAll(async () => {
  child?.kill('SIGKILL');
  await api?.close();
});

/** `node api/dist/main.js` on the test's database, as production runs it. */
async function startInstance(databaseUrl: string): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  const proc = spawn(process.execPath, ['api/dist/main.js'], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
      HOST: '127.0.0.1',
      PORT: String(port),
      DEMO_DATA: 'false',
      RATE_LIMIT_MUTATIONS_PER_MINUTE: '100000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let waited = 0; waited < 20_000; waited += 100) {
    if (proc.exitCode !== null) throw new Error(`main.js exited with ${proc.exitCode}`);
    if (
      await fetch(`${url}/health/live`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, process: proc };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('main.js did not start within 20 s');
}

it('loses no confirmed booking and books nothing twice when an instance is killed -9 in a burst', async () => {
  // Both instances run on the real clock: the child process has no test clock.
  api = await startTestApi({ clock: new TestClock(new Date().toISOString()) });
  const site = await api.make.site();
  const day = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  const people = await Promise.all(
    Array.from({ length: USERS }, async () => {
      const [user, desk] = await Promise.all([api.make.user(), api.make.space(site.floorId)]);
      return { user, input: { spaceId: desk.id, startsAt: `${day}T09:00:00+01:00`, endsAt: `${day}T12:00:00+01:00` } };
    }),
  );
  const instance = await startInstance(api.databaseUrl);
  child = instance.process;

  const confirmed: string[] = [];
  const outcomes: string[] = [];
  let killed = false;
  /** The client: books on the killed instance; on a dropped connection it tries again on the other one. */
  async function book(p: (typeof people)[number]): Promise<void> {
    const viaOther = await api.as(p.user);
    const viaKilled = new GraphqlClient(`${instance.url}/graphql`, viaOther.token);
    let res;
    try {
      res = await viaKilled.request<{ createBooking: { id: string } }>(CREATE, { input: p.input });
    } catch {
      outcomes.push('retried');
      res = await viaOther.request<{ createBooking: { id: string } }>(CREATE, { input: p.input });
    }
    if (res.data?.createBooking) confirmed.push(res.data.createBooking.id);
    else outcomes.push(res.errors?.[0]?.extensions?.reason ?? 'no answer');
    if (!killed && confirmed.length >= USERS / 3) {
      killed = true;
      child!.kill('SIGKILL');
    }
  }
  for (let i = 0; i < USERS; i += PARALLEL) await Promise.all(people.slice(i, i + PARALLEL).map(book));

  expect(killed).toBe(true);
  expect(outcomes.filter((o) => o === 'retried').length).toBeGreaterThan(0);
  // A retry after a lost answer finds the booking already made: the desk is taken (by the same person).
  expect(outcomes.filter((o) => o !== 'retried' && o !== 'BOOKING_CONFLICT' && o !== 'BOOKING_DESK_ALREADY_HELD')).toEqual([]);
  const { rows } = await api.db.query<{ id: string; booker_id: string }>(
    `SELECT id, booker_id FROM bookings WHERE status = 'CONFIRMED' AND space_id = ANY($1)`,
    [people.map((p) => p.input.spaceId)],
  );
  const ids = new Set(rows.map((r) => r.id));
  expect(confirmed.filter((id) => !ids.has(id))).toEqual([]); // every confirmation is in the database
  expect(new Set(rows.map((r) => r.booker_id)).size).toBe(rows.length); // nobody twice
  expect(rows).toHaveLength(USERS); // and everyone has their desk
});
