import { LiveClient, startTestApi, type LiveSubscription, type MadeSite, type MadeUser, type TestApi } from '@plekwijzer/test';
import { BOOKING_EVENTS_CHANNEL } from './booking-events.js';
import { BookingEventsService } from './booking-events.service.js';

const WATCH = `subscription($siteId: ID!) { bookingsChanged(siteId: $siteId) { siteId bookingIds } }`;
const CREATE = `mutation($input: CreateBookingInput!) { createBooking(input: $input) { id } }`;
const t = (hhmm: string, day = '2027-01-12') => `${day}T${hhmm}:00+01:00`;

type Changed = { bookingsChanged: { siteId: string; bookingIds: string[] } };

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());
beforeEach(() => api.clock.set('2027-01-11T08:00:00+01:00'));

/** Resolves once `count` subscriptions of the API watch the site, so nothing published before is expected. */
async function watched(on: TestApi, siteId: string, count = 1): Promise<void> {
  const events = on.app.get(BookingEventsService);
  for (let waited = 0; events.subscriberCount(siteId) < count; waited += 10) {
    if (waited > 5000) throw new Error(`nobody subscribed to site ${siteId}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function watch(user: MadeUser | undefined, site: { id: string }, on = api): Promise<LiveSubscription<Changed>> {
  const sub = (await on.live(user)).subscribe<Changed>(WATCH, { siteId: site.id });
  if (user) await watched(on, site.id);
  return sub;
}

async function book(user: MadeUser, spaceId: string, start = '09:00', end = '10:00', extra: Record<string, unknown> = {}): Promise<string> {
  const data = await (await api.as(user)).data(CREATE, { input: { spaceId, startsAt: t(start), endsAt: t(end), ...extra } });
  return data.createBooking.id;
}

async function world(): Promise<{ site: MadeSite; room: { id: string }; viewer: MadeUser; booker: MadeUser }> {
  const site = await api.make.site();
  const room = await api.make.space(site.floorId, { kind: 'MEETING_ROOM' });
  return { site, room, viewer: await api.make.user(), booker: await api.make.user() };
}

describe('bookingsChanged', () => {
  it('tells a subscriber of a site the ids of a booking someone else makes there, and nothing of other sites', async () => {
    const { site, room, viewer, booker } = await world();
    const elsewhere = await api.make.site();
    const otherRoom = await api.make.space(elsewhere.floorId, { kind: 'MEETING_ROOM' });
    const sub = await watch(viewer, site);

    await book(booker, otherRoom.id); // committed first: it would arrive first if it leaked
    const id = await book(booker, room.id);
    expect(await sub.next()).toEqual({ data: { bookingsChanged: { siteId: site.id, bookingIds: [id] } } });
    await new Promise((r) => setTimeout(r, 200));
    expect(sub.pending).toBe(0);
  });

  it('announces moves, cancellations and series, and stays silent for dry runs and refused bookings', async () => {
    const { site, room, viewer, booker } = await world();
    const sub = await watch(viewer, site);
    const next = async () => (await sub.next()).data!.bookingsChanged.bookingIds;
    const client = await api.as(booker);

    const id = await book(booker, room.id);
    expect(await next()).toEqual([id]);
    await client.data(
      `mutation($id: ID!) { updateBooking(input: { id: $id, title: "Verplaatst", startsAt: "${t('11:00')}", endsAt: "${t('12:00')}" }) { id } }`,
      { id },
    );
    expect(await next()).toEqual([id]);
    await client.data(`mutation($id: ID!) { cancelBooking(input: { id: $id }) { id } }`, { id });
    expect(await next()).toEqual([id]);

    const series = { spaceId: room.id, startsAt: t('14:00'), endsAt: t('15:00'), recurrence: { frequency: 'DAILY', count: 3 } };
    const SERIES = `mutation($input: CreateBookingSeriesInput!) { createBookingSeries(input: $input) { bookings { id } } }`;
    await client.data(SERIES, { input: { ...series, dryRun: true } });
    const made = await client.data(SERIES, { input: series });
    expect((await next()).sort()).toEqual(made.createBookingSeries.bookings.map((b: { id: string }) => b.id).sort());
    const refused = await client.request(CREATE, { input: { spaceId: room.id, startsAt: t('14:00'), endsAt: t('15:00') } });
    expect(refused.errors?.[0]?.extensions?.reason).toBe('BOOKING_CONFLICT');
    const last = await book(booker, room.id, '16:00', '17:00');
    expect(await next()).toEqual([last]);
  });

  it('announces a move to another site at both sites', async () => {
    const { site, room, viewer, booker } = await world();
    const other = await api.make.site();
    const otherRoom = await api.make.space(other.floorId, { kind: 'MEETING_ROOM' });
    const here = await watch(viewer, site);
    const there = await watch(viewer, other);
    const id = await book(booker, room.id);
    expect((await here.next()).data!.bookingsChanged.bookingIds).toEqual([id]);
    await (
      await api.as(booker)
    ).data(`mutation($id: ID!, $space: ID!) { updateBooking(input: { id: $id, spaceId: $space }) { id } }`, {
      id,
      space: otherRoom.id,
    });
    expect((await here.next()).data!.bookingsChanged).toEqual({ siteId: site.id, bookingIds: [id] });
    expect((await there.next()).data!.bookingsChanged).toEqual({ siteId: other.id, bookingIds: [id] });
  });

  it('never carries titles, not even through Postgres', async () => {
    const { site, room, viewer, booker } = await world();
    const listener = await api.db.connect();
    const payloads: string[] = [];
    listener.on('notification', (n) => payloads.push(n.payload ?? ''));
    await listener.query(`LISTEN ${BOOKING_EVENTS_CHANNEL}`);
    try {
      const sub = await watch(viewer, site);
      const id = await book(booker, room.id, '09:00', '10:00', { title: 'Functioneringsgesprek Jan' });
      const received = await sub.next();
      expect(received.data!.bookingsChanged.bookingIds).toEqual([id]);
      expect(JSON.stringify(received)).not.toContain('Functioneringsgesprek');
      for (let waited = 0; payloads.length === 0 && waited < 2000; waited += 10) await new Promise((r) => setTimeout(r, 10));
      expect(payloads).toEqual([JSON.stringify({ siteId: site.id, bookingIds: [id] })]);
    } finally {
      await listener.query(`UNLISTEN *`);
      listener.release();
    }
  });

  it('refuses a subscription without a token, with a bad token, or for a site the viewer may not see', async () => {
    const { site, viewer } = await world();
    const hidden = await api.make.site();
    await api.db.query(`UPDATE sites SET active = false WHERE id = $1`, [hidden.id]);

    const anonymous = await (await api.live()).subscribe(WATCH, { siteId: site.id }).next();
    expect(anonymous).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED', reason: 'AUTH_REQUIRED' } }] });

    const forged = new LiveClient(`${api.baseUrl.replace('http', 'ws')}/graphql`, 'not.a.token-at-all');
    try {
      expect((await forged.subscribe(WATCH, { siteId: site.id }).next()).errors?.[0]?.extensions).toEqual({
        code: 'UNAUTHENTICATED',
        reason: 'AUTH_TOKEN_INVALID',
      });
    } finally {
      await forged.close();
    }

    const client = await api.live(viewer);
    for (const siteId of [hidden.id, '00000000-0000-4000-8000-000000000000']) {
      const answer = await client.subscribe(WATCH, { siteId }).next();
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
      expect(answer.errors?.[0]?.message).not.toMatch(/at .*\.js/);
    }
    expect((await client.subscribe(WATCH, { siteId: 'x' }).next()).errors?.[0]?.extensions?.reason).toBe('INVALID_ID');
    expect((await client.subscribe(`subscription { bookingsChanged { nope } }`).next()).errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'GRAPHQL_VALIDATION_FAILED',
    });
    expect(api.app.get(BookingEventsService).subscriberCount(hidden.id)).toBe(0);
  });

  it('delivers what one API process publishes to subscribers of another process on the same database', async () => {
    const second = await startTestApi({ databaseUrl: api.databaseUrl, clock: api.clock });
    try {
      const { site, room, viewer, booker } = await world();
      const sub = await watch(viewer, site, second);
      const id = await book(booker, room.id); // through the first process
      expect(await sub.next()).toEqual({ data: { bookingsChanged: { siteId: site.id, bookingIds: [id] } } });
    } finally {
      await second.close(); // with the subscription still open: closing must not hang
    }
    const { rows } = await api.db.query(`SELECT count(*)::int AS n FROM sites`);
    expect(rows[0].n).toBeGreaterThan(0); // the shared database outlives the second process
  });

  it('listens again after losing its database connection, and tells subscribers to refetch', async () => {
    const { site, room, viewer, booker } = await world();
    const sub = await watch(viewer, site);
    await api.db.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'plekwijzer-listen' AND datname = current_database()`,
    );
    expect(await sub.next()).toEqual({ data: { bookingsChanged: { siteId: site.id, bookingIds: [] } } });
    const id = await book(booker, room.id);
    expect((await sub.next()).data!.bookingsChanged.bookingIds).toEqual([id]);
  });
});
