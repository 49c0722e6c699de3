import { startTestApi, type TestApi } from '@plekwijzer/test';

const SERIES = `mutation($input: CreateBookingSeriesInput!) {
  createBookingSeries(input: $input) {
    seriesId
    bookings { id startsAt endsAt seriesId }
    planned { date startsAt }
    skipped { date startsAt reason }
  }
}`;
const CREATE = `mutation($input: CreateBookingInput!) { createBooking(input: $input) { id } }`;
const allWeek = (opens: string, closes: string) => [1, 2, 3, 4, 5, 6, 7].map((d) => [d, opens, closes] as [number, string, string]);

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());
beforeEach(() => api.clock.set('2027-03-01T08:00:00+01:00'));

async function roomWorld(opts: Parameters<TestApi['make']['site']>[0] = {}) {
  const site = await api.make.site(opts);
  const room = await api.make.space(site.floorId, { kind: 'MEETING_ROOM' });
  await api.make.rules(room.id, { max_days_ahead: 365 });
  const me = await api.as(await api.make.user());
  return { site, room, me };
}

async function count(spaceId: string): Promise<number> {
  const { rows } = await api.db.query(`SELECT count(*)::int AS n FROM bookings WHERE space_id = $1`, [spaceId]);
  return rows[0].n;
}

describe('recurring bookings', () => {
  it('keeps 09:00–10:00 Brussels time every week across both DST changes of 2027', async () => {
    const { room, me } = await roomWorld();
    const data = await me.data(SERIES, {
      input: {
        spaceId: room.id,
        startsAt: '2027-03-22T09:00:00+01:00',
        endsAt: '2027-03-22T10:00:00+01:00',
        recurrence: { frequency: 'WEEKLY', interval: 1, until: '2027-11-01' },
      },
    });
    const bookings = data.createBookingSeries.bookings as { startsAt: string; endsAt: string; seriesId: string }[];
    expect(bookings).toHaveLength(33);
    const byDate = new Map(bookings.map((b) => [b.startsAt.slice(0, 10), b]));
    expect(byDate.get('2027-03-22')?.startsAt).toBe('2027-03-22T08:00:00.000Z'); // CET
    expect(byDate.get('2027-03-29')?.startsAt).toBe('2027-03-29T07:00:00.000Z'); // CEST after the last Sunday of March
    expect(byDate.get('2027-10-25')?.startsAt).toBe('2027-10-25T07:00:00.000Z');
    expect(byDate.get('2027-11-01')?.startsAt).toBe('2027-11-01T08:00:00.000Z'); // CET after the last Sunday of October
    expect(new Set(bookings.map((b) => b.seriesId))).toEqual(new Set([data.createBookingSeries.seriesId]));
    expect(await count(room.id)).toBe(33);
  });

  it('fails as a whole when one date conflicts, and writes nothing', async () => {
    const { room, me } = await roomWorld();
    const other = await api.as(await api.make.user());
    await other.data(CREATE, { input: { spaceId: room.id, startsAt: '2027-03-15T09:30:00+01:00', endsAt: '2027-03-15T10:30:00+01:00' } });
    const err = await me.error(SERIES, {
      input: {
        spaceId: room.id,
        startsAt: '2027-03-01T09:00:00+01:00',
        endsAt: '2027-03-01T10:00:00+01:00',
        recurrence: { frequency: 'WEEKLY', interval: 1, count: 4 },
      },
    });
    expect(err.extensions).toMatchObject({ code: 'CONFLICT', reason: 'BOOKING_CONFLICT', params: { date: '2027-03-15' } });
    expect(await count(room.id)).toBe(1);
  });

  it('skips exactly the conflicting date with skipConflicts and reports it', async () => {
    const { room, me } = await roomWorld();
    const other = await api.as(await api.make.user());
    await other.data(CREATE, { input: { spaceId: room.id, startsAt: '2027-03-15T09:30:00+01:00', endsAt: '2027-03-15T10:30:00+01:00' } });
    const data = await me.data(SERIES, {
      input: {
        spaceId: room.id,
        startsAt: '2027-03-01T09:00:00+01:00',
        endsAt: '2027-03-01T10:00:00+01:00',
        recurrence: { frequency: 'WEEKLY', interval: 1, count: 4 },
        skipConflicts: true,
      },
    });
    expect(data.createBookingSeries.skipped).toEqual([
      { date: '2027-03-15', startsAt: '2027-03-15T08:00:00.000Z', reason: 'BOOKING_CONFLICT' },
    ]);
    expect(data.createBookingSeries.bookings.map((b: { startsAt: string }) => b.startsAt.slice(0, 10))).toEqual([
      '2027-03-01',
      '2027-03-08',
      '2027-03-22',
    ]);
  });

  it('always skips and reports closure days and days the site is closed', async () => {
    const { room, me } = await roomWorld({
      hours: [1, 2, 3, 4, 5].map((d) => [d, '08:00', '18:00'] as [number, string, string]),
      closures: ['2027-03-03'],
    });
    const data = await me.data(SERIES, {
      input: {
        spaceId: room.id,
        startsAt: '2027-03-01T09:00:00+01:00',
        endsAt: '2027-03-01T10:00:00+01:00',
        recurrence: { frequency: 'DAILY', interval: 1, until: '2027-03-07' },
      },
    });
    expect(data.createBookingSeries.skipped.map((s: { date: string; reason: string }) => [s.date, s.reason])).toEqual([
      ['2027-03-03', 'BOOKING_ON_CLOSURE_DAY'],
      ['2027-03-06', 'BOOKING_OUTSIDE_OPENING_HOURS'],
      ['2027-03-07', 'BOOKING_OUTSIDE_OPENING_HOURS'],
    ]);
    expect(data.createBookingSeries.bookings).toHaveLength(4);
  });

  it('handles 02:30 on 28 March 2027, a time that does not exist in Brussels, explicitly', async () => {
    const { room, me } = await roomWorld({ hours: allWeek('00:00', '24:00') });
    const data = await me.data(SERIES, {
      input: {
        spaceId: room.id,
        startsAt: '2027-03-27T02:30:00+01:00',
        endsAt: '2027-03-27T03:30:00+01:00',
        recurrence: { frequency: 'DAILY', interval: 1, count: 3 },
      },
    });
    expect(data.createBookingSeries.skipped).toEqual([{ date: '2027-03-28', startsAt: null, reason: 'BOOKING_NONEXISTENT_LOCAL_TIME' }]);
    expect(data.createBookingSeries.bookings.map((b: { startsAt: string }) => b.startsAt)).toEqual([
      '2027-03-27T01:30:00.000Z',
      '2027-03-29T00:30:00.000Z',
    ]);
  });

  it('previews a series without writing anything (dry run), reporting every problem', async () => {
    const { room, me } = await roomWorld();
    const other = await api.as(await api.make.user());
    await other.data(CREATE, { input: { spaceId: room.id, startsAt: '2027-03-08T09:00:00+01:00', endsAt: '2027-03-08T10:00:00+01:00' } });
    const data = await me.data(SERIES, {
      input: {
        spaceId: room.id,
        startsAt: '2027-03-01T09:00:00+01:00',
        endsAt: '2027-03-01T10:00:00+01:00',
        recurrence: { frequency: 'WEEKLY', interval: 1, count: 3 },
        dryRun: true,
      },
    });
    expect(data.createBookingSeries).toMatchObject({
      seriesId: null,
      bookings: [],
      planned: [{ date: '2027-03-01' }, { date: '2027-03-15' }],
      skipped: [{ date: '2027-03-08', reason: 'BOOKING_CONFLICT' }],
    });
    expect(await count(room.id)).toBe(1);
  });

  it('refuses a series where nothing can be booked', async () => {
    const { room, me } = await roomWorld({ closures: ['2027-03-02'] });
    const err = await me.error(SERIES, {
      input: {
        spaceId: room.id,
        startsAt: '2027-03-02T09:00:00+01:00',
        endsAt: '2027-03-02T10:00:00+01:00',
        recurrence: { frequency: 'DAILY', interval: 1, count: 1 },
      },
    });
    expect(err.extensions?.reason).toBe('BOOKING_SERIES_EMPTY');
  });

  it('fails the whole series on a rule broken on some date, naming the date', async () => {
    const { room, me } = await roomWorld();
    await api.make.rules(room.id, { max_days_ahead: 10 });
    const err = await me.error(SERIES, {
      input: {
        spaceId: room.id,
        startsAt: '2027-03-02T09:00:00+01:00',
        endsAt: '2027-03-02T10:00:00+01:00',
        recurrence: { frequency: 'WEEKLY', interval: 1, count: 3 },
        skipConflicts: true,
      },
    });
    expect(err.extensions).toMatchObject({ reason: 'BOOKING_TOO_FAR_AHEAD', params: { date: '2027-03-16' } });
    expect(await count(room.id)).toBe(0);
  });
});
