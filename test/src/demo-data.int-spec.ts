import { PasswordService, publicHolidays } from '@plekwijzer/api';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoIfEmpty, type SeedSummary } from '@plekwijzer/seeds';
import { startTestApi, type TestApi } from './test-api.js';

let api: TestApi;
let summary: SeedSummary | null;
beforeAll(async () => {
  api = await startTestApi();
  const client = await api.db.connect();
  try {
    summary = await seedDemoIfEmpty(client, {
      hashPassword: (p) => new PasswordService().hash(p),
      holidays: publicHolidays,
      now: api.clock.now(),
    });
  } finally {
    client.release();
  }
});
afterAll(() => api.close());

const one = async (sql: string) => (await api.db.query(sql)).rows[0];

describe('the demo municipality Kleinbeek', () => {
  it('has the buildings the blueprint describes', async () => {
    expect(summary).toMatchObject({ users: expect.any(Number), bookings: expect.any(Number) });
    const sites = (await api.db.query(`SELECT name, is_satellite FROM sites ORDER BY name`)).rows;
    expect(sites).toEqual([
      { name: 'Bibliotheek De Letterbeek', is_satellite: true },
      { name: 'Gemeentehuis Kleinbeek', is_satellite: false },
      { name: 'Sociaal Huis', is_satellite: false },
    ]);
    const hallDesks =
      await one(`SELECT count(*)::int AS n FROM spaces s JOIN floors f ON f.id = s.floor_id JOIN sites si ON si.id = f.site_id
                                  WHERE si.name = 'Gemeentehuis Kleinbeek' AND s.kind = 'DESK'`);
    expect(hallDesks.n).toBe(60);
    expect(
      (
        await one(
          `SELECT count(DISTINCT floor_id)::int AS n FROM spaces s JOIN floors f ON f.id = s.floor_id JOIN sites si ON si.id = f.site_id WHERE si.name = 'Gemeentehuis Kleinbeek'`,
        )
      ).n,
    ).toBe(3);
    const consult = await one(`SELECT count(*)::int AS n FROM spaces s JOIN floors f ON f.id = s.floor_id JOIN sites si ON si.id = f.site_id
                                WHERE si.name = 'Sociaal Huis' AND s.kind = 'CONSULTATION_ROOM' AND s.confidential`);
    expect(consult.n).toBe(6);
    const kinds = (await api.db.query(`SELECT DISTINCT kind FROM spaces ORDER BY kind`)).rows.map((r) => r.kind);
    expect(kinds).toEqual(['CONSULTATION_ROOM', 'DESK', 'FRONT_DESK', 'INFORMAL_AREA', 'MEETING_ROOM', 'PHONE_BOOTH', 'QUIET_ROOM']);
    expect((await one(`SELECT count(*)::int AS n FROM spaces WHERE kind = 'DESK' AND pos_x IS NULL`)).n).toBe(0);
  });

  it('has about 120 people in about 10 departments over 3 clusters, and three partner organisations', async () => {
    const users = await one(`SELECT count(*)::int AS n FROM users`);
    expect(users.n).toBeGreaterThanOrEqual(110);
    expect(users.n).toBeLessThanOrEqual(130);
    expect((await one(`SELECT count(*)::int AS n FROM departments`)).n).toBe(10);
    expect((await one(`SELECT count(*)::int AS n FROM clusters`)).n).toBe(3);
    expect((await one(`SELECT count(*)::int AS n FROM organisations`)).n).toBe(3);
    expect((await one(`SELECT count(*)::int AS n FROM users WHERE 'SOCIAL_WORKER' = ANY (roles)`)).n).toBeGreaterThanOrEqual(10);
    expect((await one(`SELECT count(DISTINCT fte)::int AS n FROM users`)).n).toBeGreaterThan(1);
  });

  it('has six months of history and two weeks ahead, with no-shows, and no consultation titles', async () => {
    const now = api.clock.now();
    const span = await one(`SELECT min(starts_at) AS first, max(starts_at) AS last FROM bookings`);
    expect(now.getTime() - span.first.getTime()).toBeGreaterThan(175 * 86_400_000);
    expect(span.last.getTime() - now.getTime()).toBeGreaterThan(10 * 86_400_000);
    expect((await one(`SELECT count(*)::int AS n FROM bookings WHERE status = 'RELEASED'`)).n).toBeGreaterThan(100);
    expect((await one(`SELECT count(*)::int AS n FROM bookings WHERE organisation_id IS NOT NULL`)).n).toBeGreaterThan(20);
    expect((await one(`SELECT count(*)::int AS n FROM bookings WHERE space_kind = 'CONSULTATION_ROOM' AND title IS NOT NULL`)).n).toBe(0);
    expect(
      (
        await one(`SELECT count(*)::int AS n FROM bookings b JOIN closure_days c ON c.date = (b.starts_at AT TIME ZONE 'Europe/Brussels')::date
                         JOIN spaces s ON s.id = b.space_id JOIN floors f ON f.id = s.floor_id AND f.site_id = c.site_id`)
      ).n,
    ).toBe(0);
  });

  it('lets every demo account sign in with the demo password', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const res = await api.anon.data(
        `mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { user { roles } } }`,
        {
          e: account.email,
          p: DEMO_PASSWORD,
        },
      );
      expect(res.login.user.roles).toContain(account.role);
    }
  });

  it('loads only into an empty database', async () => {
    const client = await api.db.connect();
    try {
      expect(await seedDemoIfEmpty(client, { hashPassword: () => Promise.resolve('x'), holidays: () => [], now: new Date() })).toBeNull();
    } finally {
      client.release();
    }
  });
});
