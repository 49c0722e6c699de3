import { startTestApi, type GraphqlClient, type TestApi } from '@plekwijzer/test';

type Client = Pick<GraphqlClient, 'data' | 'error'>;

const CREATE = `mutation($input: CreateBookingInput!) { createBooking(input: $input) { id } }`;
const CHECK_IN = `mutation($id: ID!) { checkInBooking(input: { id: $id }) { id status checkedInAt checkIn { viewerCanCheckIn viewerCanCheckOut } } }`;
const CHECK_OUT = `mutation($id: ID!) { checkOutBooking(input: { id: $id }) { id status startsAt endsAt } }`;
const STATE = `query($id: ID!) { booking(id: $id) { id status checkIn { required opensAt closesAt viewerCanCheckIn viewerCanCheckOut releaseWarningAt } } }`;
const SCAN = `query($id: ID!) { spaceScan(spaceId: $id) { state walkUpFrom walkUpUntil busyUntil reason checkInOpensAt booking { id status } space { id name } } }`;
const WALK_UP = `mutation($input: CreateWalkUpBookingInput!) { createWalkUpBooking(input: $input) { id status startsAt endsAt checkedInAt } }`;

/** Brussels wall-clock time on Monday 11 January 2027 (the test clock's day). */
const at = (hhmm: string, seconds = '00') => `2027-01-11T${hhmm}:${seconds}+01:00`;
const iso = (hhmm: string) => new Date(at(hhmm)).toISOString();

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());
beforeEach(() => api.clock.set(at('08:00')));

async function world() {
  const site = await api.make.site();
  const desk = await api.make.space(site.floorId, { kind: 'DESK' });
  const other = await api.make.space(site.floorId, { kind: 'DESK' });
  const aliceUser = await api.make.user({ displayName: 'Alice' });
  const bobUser = await api.make.user({ displayName: 'Bob' });
  return { site, desk, other, alice: asNow(aliceUser), bob: asNow(bobUser), aliceUser, bobUser };
}

/** A client that signs in again for every request: tests move the clock past the access token's lifetime. */
function asNow(user: { id: string }): Client {
  return {
    data: async (q, v) => (await api.as(user)).data(q, v),
    error: async (q, v) => (await api.as(user)).error(q, v),
  };
}

async function book(client: Client, spaceId: string, from: string, to: string): Promise<string> {
  const res = await client.data<{ createBooking: { id: string } }>(CREATE, { input: { spaceId, startsAt: at(from), endsAt: at(to) } });
  return res.createBooking.id;
}

describe('checking in from the booking', () => {
  it('refuses one second before the window opens (15 minutes before the start) and accepts at its first second', async () => {
    const w = await world();
    const id = await book(w.alice, w.desk.id, '09:00', '12:00');
    api.clock.set(at('08:44', '59'));
    const early = await w.alice.error(CHECK_IN, { id });
    expect(early.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CHECK_IN_TOO_EARLY', params: { opensAtLocal: '08:45' } });
    api.clock.set(at('08:45'));
    const ok = await w.alice.data(CHECK_IN, { id });
    expect(ok.checkInBooking).toMatchObject({ status: 'CHECKED_IN', checkedInAt: iso('08:45'), checkIn: { viewerCanCheckIn: false } });
  });

  it('accepts one second before the grace period ends (15 minutes after the start) and refuses once it has ended', async () => {
    const w = await world();
    const late = await book(w.alice, w.desk.id, '09:00', '12:00');
    const inTime = await book(w.bob, w.other.id, '09:00', '12:00');
    api.clock.set(at('09:14', '59'));
    expect((await w.bob.data(CHECK_IN, { id: inTime })).checkInBooking.status).toBe('CHECKED_IN');
    api.clock.set(at('09:15'));
    const err = await w.alice.error(CHECK_IN, { id: late });
    expect(err.extensions).toMatchObject({ reason: 'CHECK_IN_TOO_LATE', params: { closesAtLocal: '09:15' } });
    const { rows } = await api.db.query(`SELECT status, checked_in_at FROM bookings WHERE id = $1`, [late]);
    expect(rows[0]).toEqual({ status: 'CONFIRMED', checked_in_at: null });
  });

  it('follows the kind’s opening offset and grace from the booking rules', async () => {
    const w = await world();
    await api.db.query(`UPDATE booking_rules SET check_in_opens_minutes = 30, check_in_grace_minutes = 5 WHERE space_kind = 'QUIET_ROOM'`);
    try {
      const room = await api.make.space(w.site.floorId, { kind: 'QUIET_ROOM' });
      const id = await book(w.alice, room.id, '09:00', '10:00');
      const state = await w.alice.data(STATE, { id });
      expect(state.booking.checkIn).toEqual({
        required: true,
        opensAt: iso('08:30'),
        closesAt: iso('09:05'),
        viewerCanCheckIn: false,
        viewerCanCheckOut: false,
        releaseWarningAt: null,
      });
      api.clock.set(at('08:30'));
      expect((await w.alice.data(STATE, { id })).booking.checkIn.viewerCanCheckIn).toBe(true);
    } finally {
      await api.db.query(
        `UPDATE booking_rules SET check_in_opens_minutes = 15, check_in_grace_minutes = 15 WHERE space_kind = 'QUIET_ROOM'`,
      );
    }
  });

  it('is only for the booker: others see no check-in state and cannot check in', async () => {
    const w = await world();
    const id = await book(w.alice, w.desk.id, '09:00', '12:00');
    api.clock.set(at('08:50'));
    expect((await w.bob.data(STATE, { id })).booking.checkIn).toBeNull();
    expect((await w.bob.error(CHECK_IN, { id })).extensions?.code).toBe('FORBIDDEN');
    expect((await w.alice.data(STATE, { id })).booking.checkIn.viewerCanCheckIn).toBe(true);
  });

  it('cannot check in twice, nor a cancelled booking', async () => {
    const w = await world();
    const id = await book(w.alice, w.desk.id, '09:00', '12:00');
    api.clock.set(at('08:50'));
    await w.alice.data(CHECK_IN, { id });
    expect((await w.alice.error(CHECK_IN, { id })).extensions?.reason).toBe('CHECK_IN_ALREADY');
    const other = await book(w.alice, w.other.id, '13:00', '14:00');
    await w.alice.data(`mutation($id: ID!) { cancelBooking(input: { id: $id }) { id } }`, { id: other });
    api.clock.set(at('12:50'));
    expect((await w.alice.error(CHECK_IN, { id: other })).extensions?.reason).toBe('CHECK_IN_NOT_CONFIRMED');
  });
});

describe('checking out early', () => {
  it('ends the booking now, rounded up to the 15-minute grid, as COMPLETED; the rest of the slot is free', async () => {
    const w = await world();
    const id = await book(w.alice, w.desk.id, '09:00', '17:00');
    api.clock.set(at('08:55'));
    await w.alice.data(CHECK_IN, { id });
    api.clock.set(at('11:07', '30'));
    expect((await w.alice.data(STATE, { id })).booking.checkIn.viewerCanCheckOut).toBe(true);
    const out = await w.alice.data(CHECK_OUT, { id });
    expect(out.checkOutBooking).toEqual({ id, status: 'COMPLETED', startsAt: iso('09:00'), endsAt: iso('11:15') });
    expect(
      (await w.bob.data(CREATE, { input: { spaceId: w.desk.id, startsAt: at('11:15'), endsAt: at('17:00') } })).createBooking.id,
    ).toBeTruthy();
  });

  it('is refused for a booking that is not checked in', async () => {
    const w = await world();
    const id = await book(w.alice, w.desk.id, '09:00', '17:00');
    api.clock.set(at('10:00'));
    expect((await w.alice.error(CHECK_OUT, { id })).extensions?.reason).toBe('CHECK_OUT_NOT_POSSIBLE');
  });
});

describe('scanning the QR code on a space', () => {
  it('offers check-in into the viewer’s own booking there while its window is open', async () => {
    const w = await world();
    const id = await book(w.alice, w.desk.id, '09:00', '12:00');
    api.clock.set(at('08:30'));
    expect((await w.alice.data(SCAN, { id: w.desk.id })).spaceScan).toMatchObject({
      state: 'TOO_EARLY',
      checkInOpensAt: iso('08:45'),
      booking: { id },
    });
    api.clock.set(at('08:50'));
    expect((await w.alice.data(SCAN, { id: w.desk.id })).spaceScan).toMatchObject({
      state: 'CHECK_IN',
      booking: { id, status: 'CONFIRMED' },
    });
    await w.alice.data(CHECK_IN, { id });
    expect((await w.alice.data(SCAN, { id: w.desk.id })).spaceScan).toMatchObject({ state: 'CHECKED_IN', booking: { id } });
    // before 09:00 the desk is free for less than the shortest booking; from 09:00 it is in use
    expect((await w.bob.data(SCAN, { id: w.desk.id })).spaceScan).toMatchObject({ state: 'UNAVAILABLE', reason: 'BOOKING_TOO_SHORT' });
    api.clock.set(at('09:05'));
    expect((await w.bob.data(SCAN, { id: w.desk.id })).spaceScan).toMatchObject({ state: 'BUSY', busyUntil: iso('12:00'), booking: null });
  });

  it('books a free desk on the spot from the running slot until the next booking, checked in at once', async () => {
    const w = await world();
    await book(w.bob, w.desk.id, '14:00', '16:00');
    api.clock.set(at('10:07'));
    const scan = (await w.alice.data(SCAN, { id: w.desk.id })).spaceScan;
    expect(scan).toMatchObject({ state: 'WALK_UP', walkUpFrom: iso('10:00'), walkUpUntil: iso('14:00'), booking: null });
    const made = (await w.alice.data(WALK_UP, { input: { spaceId: w.desk.id } })).createWalkUpBooking;
    expect(made).toMatchObject({ status: 'CHECKED_IN', startsAt: iso('10:00'), endsAt: iso('14:00'), checkedInAt: iso('10:07') });
    expect((await w.alice.data(SCAN, { id: w.desk.id })).spaceScan.state).toBe('CHECKED_IN');
  });

  it('books until a chosen end, and ends a free day at closing time or the longest allowed booking', async () => {
    const w = await world();
    api.clock.set(at('09:52'));
    expect((await w.alice.data(SCAN, { id: w.desk.id })).spaceScan).toMatchObject({ walkUpFrom: iso('09:45'), walkUpUntil: iso('19:00') });
    const made = (await w.alice.data(WALK_UP, { input: { spaceId: w.desk.id, endsAt: at('11:00') } })).createWalkUpBooking;
    expect(made).toMatchObject({ startsAt: iso('09:45'), endsAt: iso('11:00') });
    const tooLong = await w.bob.error(WALK_UP, { input: { spaceId: w.other.id, endsAt: at('19:15') } });
    expect(tooLong.extensions).toMatchObject({ reason: 'WALK_UP_NOT_POSSIBLE', params: { latestEndLocal: '19:00' } });
  });

  it('goes through the normal rules: one desk per person at a time', async () => {
    const w = await world();
    await book(w.alice, w.other.id, '09:00', '17:00');
    api.clock.set(at('10:07'));
    const err = await w.alice.error(WALK_UP, { input: { spaceId: w.desk.id } });
    expect(err.extensions?.reason).toBe('BOOKING_DESK_ALREADY_HELD');
    const { rows } = await api.db.query(`SELECT count(*)::int AS n FROM bookings WHERE space_id = $1`, [w.desk.id]);
    expect(rows[0].n).toBe(0);
  });

  it('refuses a desk in use and a space outside opening hours', async () => {
    const w = await world();
    await book(w.bob, w.desk.id, '09:00', '12:00');
    api.clock.set(at('10:00'));
    expect((await w.alice.error(WALK_UP, { input: { spaceId: w.desk.id } })).extensions?.reason).toBe('WALK_UP_SPACE_BUSY');
    api.clock.set(at('19:30'));
    expect((await w.alice.data(SCAN, { id: w.other.id })).spaceScan).toMatchObject({
      state: 'UNAVAILABLE',
      reason: 'BOOKING_OUTSIDE_OPENING_HOURS',
    });
  });
});

describe('QR codes to print per floor', () => {
  it('gives facility managers an SVG code per space that opens its check-in page', async () => {
    const w = await world();
    const manager = asNow(await api.make.user({ roles: ['FACILITY_MANAGER'] }));
    const res = await manager.data(
      `query($f: ID!) { floorQrCodes(floorId: $f, baseUrl: "https://plek.kleinbeek.be/") { spaceId url svg space { name } } }`,
      {
        f: w.site.floorId,
      },
    );
    expect(res.floorQrCodes).toHaveLength(2);
    const code = res.floorQrCodes.find((c: { spaceId: string }) => c.spaceId === w.desk.id);
    expect(code.url).toBe(`https://plek.kleinbeek.be/inchecken/${w.desk.id}`);
    expect(code.svg).toMatch(/^<svg[^>]*viewBox/);
    const err = await w.alice.error(`query($f: ID!) { floorQrCodes(floorId: $f, baseUrl: "https://x.be") { url } }`, { f: w.site.floorId });
    expect(err.extensions?.code).toBe('FORBIDDEN');
  });
});
