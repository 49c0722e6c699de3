import { startTestApi, type GraphqlClient, type MadeSite, type TestApi } from '@plekwijzer/test';

const CREATE = `mutation($input: CreateBookingInput!) {
  createBooking(input: $input) { id status startsAt endsAt title space { id name } booker { id } }
}`;
const UPDATE = `mutation($input: UpdateBookingInput!) { updateBooking(input: $input) { id startsAt endsAt space { id } title } }`;
const CANCEL = `mutation($id: ID!) { cancelBooking(input: { id: $id }) { id status viewerCanCancel } }`;

/** Local Brussels time on Tuesday 12 January 2027 (the test clock says Monday 11th, 08:00). */
const t = (hhmm: string, day = '2027-01-12') => `${day}T${hhmm}:00+01:00`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());
beforeEach(() => api.clock.set('2027-01-11T08:00:00+01:00'));

async function world(opts: { hours?: [number, string, string][] } = {}) {
  const site = await api.make.site(opts);
  const room = await api.make.space(site.floorId, { kind: 'MEETING_ROOM' });
  const alice = await api.make.user({ displayName: 'Alice' });
  const bob = await api.make.user({ displayName: 'Bob' });
  return { site, room, alice: await api.as(alice), bob: await api.as(bob), aliceUser: alice, bobUser: bob };
}

async function book(client: GraphqlClient, spaceId: string, start: string, end: string, extra: Record<string, unknown> = {}) {
  return client.request<{ createBooking: { id: string; status: string } }>(CREATE, {
    input: { spaceId, startsAt: start, endsAt: end, ...extra },
  });
}

async function liveCount(spaceId: string): Promise<number> {
  const { rows } = await api.db.query(
    `SELECT count(*)::int AS n FROM bookings WHERE space_id = $1 AND status IN ('PENDING','CONFIRMED','CHECKED_IN')`,
    [spaceId],
  );
  return rows[0].n;
}

describe('no two live bookings of one space overlap', () => {
  it('allows back-to-back bookings: one ending at 10:00 and one starting at 10:00', async () => {
    const w = await world();
    expect((await book(w.alice, w.room.id, t('09:00'), t('10:00'))).errors).toBeUndefined();
    expect((await book(w.bob, w.room.id, t('10:00'), t('11:00'))).errors).toBeUndefined();
    expect(await liveCount(w.room.id)).toBe(2);
  });

  it.each([
    ['overlapping the start', '08:30', '09:30'],
    ['overlapping the end', '09:30', '10:30'],
    ['inside', '09:15', '09:45'],
    ['around', '08:30', '10:30'],
    ['identical', '09:00', '10:00'],
  ])('rejects a booking %s of another with BOOKING_CONFLICT and writes nothing', async (_case, start, end) => {
    const w = await world();
    await book(w.alice, w.room.id, t('09:00'), t('10:00'));
    const res = await book(w.bob, w.room.id, t(start), t(end));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'BOOKING_CONFLICT' });
    expect(res.errors?.[0]?.extensions?.fieldErrors?.[0]?.field).toBe('startsAt');
    expect(await liveCount(w.room.id)).toBe(1);
  });

  it('allows another space at the same time', async () => {
    const w = await world();
    const other = await api.make.space(w.site.floorId, { kind: 'MEETING_ROOM' });
    await book(w.alice, w.room.id, t('09:00'), t('10:00'));
    expect((await book(w.bob, other.id, t('09:00'), t('10:00'))).errors).toBeUndefined();
  });

  it('never lets cancelled, rejected or released bookings block the slot', async () => {
    const w = await world();
    for (const status of ['CANCELLED', 'REJECTED', 'RELEASED']) {
      const res = await book(w.alice, w.room.id, t('09:00'), t('10:00'));
      await api.db.query(`UPDATE bookings SET status = $2 WHERE id = $1`, [res.data!.createBooking.id, status]);
    }
    expect((await book(w.bob, w.room.id, t('09:00'), t('10:00'))).errors).toBeUndefined();
  });

  it('is enforced by the database itself, not only by the code', async () => {
    const w = await world();
    await book(w.alice, w.room.id, t('09:00'), t('10:00'));
    await expect(
      api.db.query(
        `INSERT INTO bookings (space_id, space_kind, booker_id, starts_at, ends_at, blocked_until, status, created_by, updated_by)
         VALUES ($1, 'MEETING_ROOM', $2, $3, $4, $4, 'CONFIRMED', $2, $2)`,
        [w.room.id, w.bobUser.id, t('09:30'), t('10:30')],
      ),
    ).rejects.toMatchObject({ code: '23P01', constraint: 'bookings_space_no_overlap' });
  });
});

describe('moving a booking', () => {
  it('may overlap its own old slot', async () => {
    const w = await world();
    const { data } = await book(w.alice, w.room.id, t('09:00'), t('10:00'));
    const moved = await w.alice.data(UPDATE, { input: { id: data!.createBooking.id, startsAt: t('09:30'), endsAt: t('10:30') } });
    expect(moved.updateBooking.startsAt).toBe('2027-01-12T08:30:00.000Z');
  });

  it('may not move into another booking and leaves the original untouched', async () => {
    const w = await world();
    const { data } = await book(w.alice, w.room.id, t('09:00'), t('10:00'));
    await book(w.bob, w.room.id, t('11:00'), t('12:00'));
    const err = await w.alice.error(UPDATE, { input: { id: data!.createBooking.id, startsAt: t('10:30'), endsAt: t('11:30') } });
    expect(err.extensions?.reason).toBe('BOOKING_CONFLICT');
    const { rows } = await api.db.query(`SELECT starts_at FROM bookings WHERE id = $1`, [data!.createBooking.id]);
    expect(rows[0].starts_at.toISOString()).toBe('2027-01-12T08:00:00.000Z');
  });

  it('can move to another space and is checked against that space', async () => {
    const w = await world();
    const other = await api.make.space(w.site.floorId, { kind: 'MEETING_ROOM' });
    const { data } = await book(w.alice, w.room.id, t('09:00'), t('10:00'));
    const moved = await w.alice.data(UPDATE, { input: { id: data!.createBooking.id, spaceId: other.id } });
    expect(moved.updateBooking.space.id).toBe(other.id);
    expect((await book(w.bob, w.room.id, t('09:00'), t('10:00'))).errors).toBeUndefined();
  });

  it('is only for the person who booked', async () => {
    const w = await world();
    const { data } = await book(w.alice, w.room.id, t('09:00'), t('10:00'));
    const err = await w.bob.error(UPDATE, { input: { id: data!.createBooking.id, startsAt: t('13:00'), endsAt: t('14:00') } });
    expect(err.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'FORBIDDEN' });
  });

  it('of a booking that started can extend the end but not move the start', async () => {
    const w = await world();
    const { data } = await book(w.alice, w.room.id, t('09:00'), t('10:00'));
    api.clock.set(t('09:30'));
    const alice = await api.as(w.aliceUser); // a fresh token: the clock moved past the old one's expiry
    const id = data!.createBooking.id;
    expect((await alice.request(UPDATE, { input: { id, endsAt: t('11:00') } })).errors).toBeUndefined();
    expect((await alice.error(UPDATE, { input: { id, startsAt: t('09:45') } })).extensions?.reason).toBe('BOOKING_NOT_MODIFIABLE');
  });
});

describe('cancelling', () => {
  it('frees the slot and cannot be done twice', async () => {
    const w = await world();
    const { data } = await book(w.alice, w.room.id, t('09:00'), t('10:00'));
    const cancelled = await w.alice.data(CANCEL, { id: data!.createBooking.id });
    expect(cancelled.cancelBooking).toMatchObject({ status: 'CANCELLED', viewerCanCancel: false });
    expect((await book(w.bob, w.room.id, t('09:00'), t('10:00'))).errors).toBeUndefined();
    expect((await w.alice.error(CANCEL, { id: data!.createBooking.id })).extensions?.reason).toBe('BOOKING_NOT_MODIFIABLE');
  });

  it('is refused to a colleague and allowed to a facility manager', async () => {
    const w = await world();
    const { data } = await book(w.alice, w.room.id, t('09:00'), t('10:00'));
    expect((await w.bob.error(CANCEL, { id: data!.createBooking.id })).extensions?.code).toBe('FORBIDDEN');
    const fm = await api.as(await api.make.user({ roles: ['FACILITY_MANAGER'] }));
    expect((await fm.data(CANCEL, { id: data!.createBooking.id })).cancelBooking.status).toBe('CANCELLED');
  });
});

describe('rules enforced on create', () => {
  it('keeps the buffer of a consultation room on both sides of a talk', async () => {
    const site = await api.make.site();
    const room = await api.make.space(site.floorId, { kind: 'CONSULTATION_ROOM' });
    const sw1 = await api.as(await api.make.user({ roles: ['SOCIAL_WORKER'] }));
    const sw2 = await api.as(await api.make.user({ roles: ['SOCIAL_WORKER'] }));
    expect((await book(sw1, room.id, t('10:00'), t('11:00'))).errors).toBeUndefined();
    const after = await book(sw2, room.id, t('11:00'), t('12:00'));
    expect(after.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'BOOKING_BUFFER_CONFLICT',
      params: { bufferMinutes: 15 },
    });
    const before = await book(sw2, room.id, t('09:00'), t('10:00'));
    expect(before.errors?.[0]?.extensions?.reason).toBe('BOOKING_BUFFER_CONFLICT');
    expect((await book(sw2, room.id, t('11:15'), t('12:00'))).errors).toBeUndefined();
    expect((await book(sw2, room.id, t('08:45'), t('09:45'))).errors).toBeUndefined();
  });

  it('lets one person hold one desk at a time', async () => {
    const site = await api.make.site();
    const [d1, d2] = [await api.make.space(site.floorId), await api.make.space(site.floorId)];
    const me = await api.as(await api.make.user());
    await book(me, d1.id, t('09:00'), t('12:00'));
    const res = await book(me, d2.id, t('11:00'), t('13:00'));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'BOOKING_DESK_ALREADY_HELD' });
    expect((await book(me, d2.id, t('12:00'), t('15:00'))).errors).toBeUndefined();
  });

  it('holds the daily desk limit per person per local day', async () => {
    const site = await api.make.site();
    const desks = [await api.make.space(site.floorId), await api.make.space(site.floorId), await api.make.space(site.floorId)];
    const me = await api.as(await api.make.user());
    await book(me, desks[0]!.id, t('08:00'), t('10:00'));
    await book(me, desks[1]!.id, t('10:00'), t('12:00'));
    const third = await book(me, desks[2]!.id, t('13:00'), t('15:00'));
    expect(third.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'BOOKING_DAILY_LIMIT',
      params: { maxBookingsPerDay: 2, date: '2027-01-12' },
    });
    expect((await book(me, desks[2]!.id, t('13:00', '2027-01-13'), t('15:00', '2027-01-13'))).errors).toBeUndefined();
  });

  it('counts the day in the site’s zone: 00:30 local on the 13th is the 13th, not the 12th in UTC', async () => {
    const site = await api.make.site({ hours: [1, 2, 3, 4, 5, 6, 7].map((d) => [d, '00:00', '24:00'] as [number, string, string]) });
    const desks = [await api.make.space(site.floorId), await api.make.space(site.floorId), await api.make.space(site.floorId)];
    const me = await api.as(await api.make.user());
    await book(me, desks[0]!.id, t('08:00'), t('10:00'));
    await book(me, desks[1]!.id, t('10:00'), t('12:00'));
    // 2027-01-12T23:30Z is the 13th in Brussels
    expect((await book(me, desks[2]!.id, '2027-01-12T23:30:00Z', '2027-01-13T01:00:00Z')).errors).toBeUndefined();
  });

  it.each([
    ['BOOKING_IN_PAST', '2027-01-11T07:00:00+01:00', '2027-01-11T09:00:00+01:00'],
    ['BOOKING_TOO_FAR_AHEAD', '2027-04-20T09:00:00+02:00', '2027-04-20T10:00:00+02:00'],
    ['BOOKING_OUTSIDE_OPENING_HOURS', '2027-01-12T18:30:00+01:00', '2027-01-12T19:30:00+01:00'],
    ['BOOKING_OFF_GRID', '2027-01-12T09:07:00+01:00', '2027-01-12T10:00:00+01:00'],
    ['BOOKING_TOO_SHORT', '2027-01-12T09:00:00+01:00', '2027-01-12T09:15:00+01:00'],
    ['BOOKING_TOO_LONG', '2027-01-12T07:00:00+01:00', '2027-01-12T16:00:00+01:00'],
    ['BOOKING_INVALID_RANGE', '2027-01-12T10:00:00+01:00', '2027-01-12T09:00:00+01:00'],
  ])('answers %s with nothing written', async (reason, start, end) => {
    const w = await world();
    await api.make.rules(w.room.id, { min_duration_minutes: 30 });
    const res = await book(w.alice, w.room.id, start, end);
    expect(res.errors?.[0]?.extensions?.reason).toBe(reason);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await liveCount(w.room.id)).toBe(0);
  });

  it('refuses a closure day, naming it', async () => {
    const site = await api.make.site({ closures: ['2027-01-12'] });
    const room = await api.make.space(site.floorId, { kind: 'MEETING_ROOM' });
    const me = await api.as(await api.make.user());
    const err = (await book(me, room.id, t('09:00'), t('10:00'))).errors?.[0];
    expect(err?.extensions).toMatchObject({ reason: 'BOOKING_ON_CLOSURE_DAY', params: { date: '2027-01-12', reason: 'Sluitingsdag' } });
  });

  it('applies per-space overrides of the kind’s rules', async () => {
    const w = await world();
    await api.make.rules(w.room.id, { min_notice_minutes: 48 * 60 });
    expect((await book(w.alice, w.room.id, t('09:00'), t('10:00'))).errors?.[0]?.extensions?.reason).toBe('BOOKING_TOO_SHORT_NOTICE');
    expect((await book(w.alice, w.room.id, t('09:00', '2027-01-14'), t('10:00', '2027-01-14'))).errors).toBeUndefined();
  });

  it('makes a booking of a space that needs approval PENDING, and it holds the slot', async () => {
    const site = await api.make.site();
    const room = await api.make.space(site.floorId, { kind: 'MEETING_ROOM', requiresApproval: true });
    const [a, b] = [await api.as(await api.make.user()), await api.as(await api.make.user())];
    expect((await book(a, room.id, t('09:00'), t('10:00'))).data?.createBooking.status).toBe('PENDING');
    expect((await book(b, room.id, t('09:00'), t('10:00'))).errors?.[0]?.extensions?.reason).toBe('BOOKING_CONFLICT');
  });
});

describe('who may book what', () => {
  it('hides spaces a role may not book: NOT_FOUND, so ids cannot be probed', async () => {
    const site = await api.make.site();
    const consult = await api.make.space(site.floorId, { kind: 'CONSULTATION_ROOM' });
    const employee = await api.as(await api.make.user());
    const res = await book(employee, consult.id, t('09:00'), t('10:00'));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'NOT_FOUND' });
  });

  it('tells a facility manager who can see a space but not book it: SPACE_NOT_BOOKABLE', async () => {
    const site = await api.make.site();
    const consult = await api.make.space(site.floorId, { kind: 'CONSULTATION_ROOM' });
    const inactive = await api.make.space(site.floorId, { kind: 'MEETING_ROOM', active: false });
    const fm = await api.as(await api.make.user({ roles: ['FACILITY_MANAGER', 'EMPLOYEE'] }));
    expect((await book(fm, consult.id, t('09:00'), t('10:00'))).errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'SPACE_NOT_BOOKABLE',
    });
    expect((await book(fm, inactive.id, t('09:00'), t('10:00'))).errors?.[0]?.extensions?.reason).toBe('SPACE_NOT_BOOKABLE');
  });

  it('checks attendees and capacity', async () => {
    const site = await api.make.site();
    const booth = await api.make.space(site.floorId, { kind: 'MEETING_ROOM', capacity: 2 });
    const me = await api.as(await api.make.user());
    const colleague = await api.make.user();
    const unknown = '5a0ea0a3-3f44-4a49-9d58-1a3f1f0e7b10';
    expect((await book(me, booth.id, t('09:00'), t('10:00'), { attendeeIds: [unknown] })).errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(
      (await book(me, booth.id, t('09:00'), t('10:00'), { attendeeIds: [colleague.id], externalAttendees: 1 })).errors?.[0]?.extensions
        ?.reason,
    ).toBe('BOOKING_OVER_CAPACITY');
    const ok = await me.data(`mutation($input: CreateBookingInput!) { createBooking(input: $input) { attendees { id displayName } } }`, {
      input: { spaceId: booth.id, startsAt: t('09:00'), endsAt: t('10:00'), attendeeIds: [colleague.id] },
    });
    expect(ok.createBooking.attendees).toEqual([{ id: colleague.id, displayName: colleague.displayName }]);
  });
});

describe('availability', () => {
  const AVAILABILITY = `query($input: AvailabilityInput!) { availability(input: $input) { id name } }`;

  async function free(client: GraphqlClient, site: MadeSite, start: string, end: string, kinds?: string[]) {
    const data = await client.data(AVAILABILITY, { input: { siteId: site.id, startsAt: start, endsAt: end, kinds } });
    return (data.availability as { id: string }[]).map((s) => s.id).sort();
  }

  it('lists the spaces free for the whole interval that the rules allow', async () => {
    const site = await api.make.site();
    const [d1, d2] = [await api.make.space(site.floorId), await api.make.space(site.floorId)];
    const booth = await api.make.space(site.floorId, { kind: 'PHONE_BOOTH' });
    await api.make.space(site.floorId, { kind: 'CONSULTATION_ROOM' });
    const me = await api.as(await api.make.user());
    const other = await api.as(await api.make.user());
    await book(other, d1.id, t('10:00'), t('11:00'));
    expect(await free(me, site, t('09:00'), t('10:00'))).toEqual([d1.id, d2.id, booth.id].sort());
    expect(await free(me, site, t('09:00'), t('10:30'), ['DESK'])).toEqual([d2.id]);
    // a phone booth allows at most two hours
    expect(await free(me, site, t('09:00'), t('12:00'), ['PHONE_BOOTH'])).toEqual([]);
  });
});
