import { startTestApi, type GraphqlClient, type TestApi } from '@plekwijzer/test';

const CREATE = `mutation($input: CreateBookingInput!) { createBooking(input: $input) { id } }`;
const t = (hhmm: string, day = '2027-01-12') => `${day}T${hhmm}:00+01:00`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

async function clients(n: number): Promise<GraphqlClient[]> {
  return Promise.all(Array.from({ length: n }, async () => api.as(await api.make.user())));
}

function outcomes(results: { errors?: { extensions?: { reason?: string } }[] }[]): Record<string, number> {
  const tally: Record<string, number> = {};
  for (const r of results) {
    const key = r.errors ? (r.errors[0]?.extensions?.reason ?? 'UNKNOWN') : 'OK';
    tally[key] = (tally[key] ?? 0) + 1;
  }
  return tally;
}

async function live(sql: string, params: unknown[]): Promise<number> {
  const { rows } = await api.db.query(`SELECT count(*)::int AS n FROM bookings WHERE status IN ('PENDING','CONFIRMED') AND ${sql}`, params);
  return rows[0].n;
}

describe('many people want the same slot at once', () => {
  it.each([20, 200])('%i concurrent requests for one room: exactly one wins, the rest get BOOKING_CONFLICT', async (n) => {
    const site = await api.make.site();
    const room = await api.make.space(site.floorId, { kind: 'MEETING_ROOM' });
    const people = await clients(n);
    const results = await Promise.all(
      people.map((c) => c.request(CREATE, { input: { spaceId: room.id, startsAt: t('09:00'), endsAt: t('10:00') } })),
    );
    expect(outcomes(results)).toEqual({ OK: 1, BOOKING_CONFLICT: n - 1 });
    expect(await live('space_id = $1', [room.id])).toBe(1);
  });

  it('one person booking two desks at the same time from two tabs gets one', async () => {
    const site = await api.make.site();
    const desks = await Promise.all(Array.from({ length: 10 }, () => api.make.space(site.floorId)));
    const user = await api.make.user();
    const me = await api.as(user);
    const results = await Promise.all(
      desks.map((d) => me.request(CREATE, { input: { spaceId: d.id, startsAt: t('09:00'), endsAt: t('12:00') } })),
    );
    expect(outcomes(results)).toEqual({ OK: 1, BOOKING_DESK_ALREADY_HELD: 9 });
    expect(await live('booker_id = $1', [user.id])).toBe(1);
  });

  it('the daily desk limit holds under concurrency', async () => {
    const site = await api.make.site();
    const desks = await Promise.all(Array.from({ length: 8 }, () => api.make.space(site.floorId)));
    const user = await api.make.user();
    const me = await api.as(user);
    // eight non-overlapping one-hour desk bookings on one day; the limit is two
    const results = await Promise.all(
      desks.map((d, i) => {
        const hour = String(8 + i).padStart(2, '0');
        return me.request(CREATE, { input: { spaceId: d.id, startsAt: t(`${hour}:00`), endsAt: t(`${hour}:45`) } });
      }),
    );
    expect(outcomes(results)).toEqual({ OK: 2, BOOKING_DAILY_LIMIT: 6 });
    expect(await live(`booker_id = $1 AND space_kind = 'DESK'`, [user.id])).toBe(2);
  });
});
