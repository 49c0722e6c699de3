import { startTestApi, type GraphqlClient, type MadeUser, type TestApi } from '@plekwijzer/test';
import { BookingRequestsService } from './booking-requests.service.js';
import { EXPIRE_REQUESTS_JOB } from './partners.module.js';

const BOOK = `mutation($input: CreateBookingInput!) { createBooking(input: $input) { id status title } }`;
const SERIES = `mutation($input: CreateBookingSeriesInput!) { createBookingSeries(input: $input) { seriesId bookings { id status } skipped { date reason } } }`;
const LIST = `query($f: BookingsFilter!) { bookings(filter: $f) { id title detailsHidden status booker { displayName } organisation { name } attendees { id } externalAttendees } }`;
const REQUESTS = `query($f: BookingRequestsFilter) {
  bookingRequests(filter: $f) {
    id decideBy booking { id status title organisation { name } booker { displayName } seriesId }
    decisions { decision decidedAt reason decidedBy { displayName } }
  }
}`;
const APPROVE = `mutation($input: ApproveBookingRequestsInput!) { approveBookingRequests(input: $input) { id booking { status } } }`;
const REJECT = `mutation($input: RejectBookingRequestsInput!) { rejectBookingRequests(input: $input) { id booking { status } } }`;
const NOTIFICATIONS = `{ notifications { kind spaceName siteName startsAt count reason seriesId bookingIds readAt } }`;

const MARKER = 'Personeelsoverleg-geheim-4b1';
const t = (date: string, time: string) => `${date}T${time}:00+01:00`;

let api: TestApi;
let fmUser: MadeUser;
let fm: GraphqlClient;
beforeAll(async () => {
  api = await startTestApi();
  fmUser = await api.make.user({ roles: ['FACILITY_MANAGER', 'EMPLOYEE'], displayName: 'Els Claes' });
});
afterAll(() => api.close());
beforeEach(async () => {
  api.clock.set('2027-01-11T08:00:00+01:00'); // Monday
  fm = await api.as(fmUser);
});

function book(client: GraphqlClient, spaceId: string, date: string, from: string, to: string, title?: string) {
  return client.request<{ createBooking: { id: string; status: string; title: string | null } }>(BOOK, {
    input: { spaceId, startsAt: t(date, from), endsAt: t(date, to), ...(title ? { title } : {}) },
  });
}

/**
 * A town hall with a meeting room and a front desk granted to "Vereniging" (not trusted), a second
 * partner room it was not granted, an internal room, a colleague's meeting and another partner.
 */
async function world(opts: { hours?: [number, string, string][]; agreement?: { startsOn?: string; endsOn?: string } } = {}) {
  const site = await api.make.site();
  const room = await api.make.space(site.floorId, { kind: 'MEETING_ROOM', partnerAccess: true, name: 'Zaal De Beek' });
  const desk = await api.make.space(site.floorId, { kind: 'FRONT_DESK', partnerAccess: true, name: 'Balie A' });
  const notGranted = await api.make.space(site.floorId, { kind: 'MEETING_ROOM', partnerAccess: true, name: 'Zaal Leie' });
  const internal = await api.make.space(site.floorId, { kind: 'MEETING_ROOM', name: 'Collegezaal' });
  const org = await api.make.organisation({
    name: `Vereniging ${site.id.slice(0, 6)}`,
    trusted: false,
    access: [{ spaceId: room.id }, { siteId: site.id, spaceKind: 'FRONT_DESK' }],
    hours: opts.hours,
    agreement: opts.agreement,
  });
  const other = await api.make.organisation({ name: `VDAB ${site.id.slice(0, 6)}`, trusted: true });
  const partnerUser = await api.make.user({ roles: ['PARTNER'], organisationId: org.id, displayName: 'Marc Jacobs' });
  const colleagueUser = await api.make.user({ roles: ['PARTNER'], organisationId: org.id, displayName: 'Ilse Aerts' });
  const otherUser = await api.make.user({ roles: ['PARTNER'], organisationId: other.id, displayName: 'Nadia El Amrani' });
  const staffUser = await api.make.user({ displayName: 'An Peeters' });
  return {
    staffUser,
    site,
    room,
    desk,
    notGranted,
    internal,
    org,
    other,
    partnerUser,
    partner: await api.as(partnerUser),
    colleague: await api.as(colleagueUser),
    otherPartner: await api.as(otherUser),
    staff: await api.as(staffUser),
  };
}

async function status(id: string): Promise<string> {
  return (await api.db.query(`SELECT status FROM bookings WHERE id = $1`, [id])).rows[0].status;
}

describe('what a partner sees', () => {
  it('only the spaces opened to its organisation', async () => {
    const w = await world();
    const spaces = (await w.partner.data(`query($s: ID!) { spaces(filter: { siteId: $s }) { name viewerCanBook } }`, { s: w.site.id }))
      .spaces;
    expect(spaces.map((s: { name: string }) => s.name).sort()).toEqual(['Balie A', 'Zaal De Beek']);
    const others = (await w.otherPartner.data(`query($s: ID!) { spaces(filter: { siteId: $s }) { name } }`, { s: w.site.id })).spaces;
    expect(others.map((s: { name: string }) => s.name).sort()).toEqual(['Balie A', 'Zaal De Beek', 'Zaal Leie']); // granted every partner space
  });

  it('others’ bookings only as busy: never a title, a name or another organisation; its own organisation’s in full', async () => {
    const w = await world();
    const staffMeeting = (await book(w.staff, w.room.id, '2027-01-14', '09:00', '10:00', MARKER)).data!.createBooking;
    const vdab = (await book(w.otherPartner, w.desk.id, '2027-01-14', '09:00', '12:00', 'VDAB-zitdag-77')).data!.createBooking;
    const own = (await book(w.colleague, w.room.id, '2027-01-14', '13:00', '15:00', 'Bestuur vereniging')).data!.createBooking;
    const res = await w.partner.request(LIST, { f: { from: t('2027-01-14', '00:00'), to: t('2027-01-15', '00:00'), siteId: w.site.id } });
    const seen = new Map((res.data!.bookings as { id: string }[]).map((b) => [b.id, b]));
    expect(seen.get(staffMeeting.id)).toMatchObject({ title: null, detailsHidden: true, booker: null, organisation: null, attendees: [] });
    expect(seen.get(vdab.id)).toMatchObject({ title: null, detailsHidden: true, booker: null, organisation: null });
    expect(seen.get(own.id)).toMatchObject({ title: 'Bestuur vereniging', detailsHidden: false, booker: { displayName: 'Ilse Aerts' } });
    const text = JSON.stringify(res);
    for (const secret of [MARKER, 'An Peeters', 'VDAB-zitdag-77', 'Nadia El Amrani', w.other.name]) expect(text).not.toContain(secret);

    // its own requests list holds its organisation's bookings only
    const mine = (await w.partner.data(REQUESTS, { f: { statuses: ['PENDING', 'CONFIRMED'] } })).bookingRequests;
    expect(mine.map((r: { id: string }) => r.id)).toEqual([own.id]);
    const single = await w.partner.request(`query($id: ID!) { booking(id: $id) { title booker { displayName } organisation { name } } }`, {
      id: vdab.id,
    });
    expect(JSON.stringify(single)).not.toMatch(/VDAB-zitdag-77|Nadia|VDAB /);
  });

  it('cannot book a space not opened to it (NOT_FOUND, so ids cannot be probed), nor outside its partner hours', async () => {
    const w = await world({ hours: [[2, '18:00', '22:00']] }); // Tuesday evenings: the town hall closes at 19:00 for staff
    for (const space of [w.notGranted, w.internal]) {
      expect((await book(w.partner, space.id, '2027-01-19', '19:00', '20:00')).errors?.[0]?.extensions).toMatchObject({
        code: 'NOT_FOUND',
      });
    }
    const evening = await book(w.partner, w.room.id, '2027-01-19', '19:00', '21:30', 'Repetitie');
    expect(evening.errors).toBeUndefined();
    expect(evening.data!.createBooking.status).toBe('PENDING');

    const morning = (await book(w.partner, w.room.id, '2027-01-19', '10:00', '11:00')).errors?.[0];
    expect(morning?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'BOOKING_OUTSIDE_PARTNER_HOURS',
      params: { opensAt: '18:00', closesAt: '22:00' },
    });
    const wednesday = (await book(w.partner, w.room.id, '2027-01-20', '19:00', '20:00')).errors?.[0];
    expect(wednesday?.extensions).toMatchObject({ reason: 'BOOKING_OUTSIDE_PARTNER_HOURS', params: { closedAllDay: true } });
    // staff keep the building's hours
    expect((await book(w.staff, w.room.id, '2027-01-19', '19:00', '20:00')).errors?.[0]?.extensions?.reason).toBe(
      'BOOKING_OUTSIDE_OPENING_HOURS',
    );
  });

  it('cannot book outside its agreement period', async () => {
    const w = await world({ agreement: { endsOn: '2027-01-31' } });
    expect((await book(w.partner, w.room.id, '2027-01-28', '09:00', '10:00')).errors).toBeUndefined();
    expect((await book(w.partner, w.room.id, '2027-02-02', '09:00', '10:00')).errors?.[0]?.extensions).toMatchObject({
      reason: 'ORGANISATION_OUTSIDE_AGREEMENT',
      params: { agreementEndsOn: '2027-01-31' },
    });
  });

  it('cannot move a request, but can cancel it', async () => {
    const w = await world();
    const { id } = (await book(w.partner, w.room.id, '2027-01-14', '09:00', '10:00')).data!.createBooking;
    const move = await w.partner.error(`mutation($input: UpdateBookingInput!) { updateBooking(input: $input) { id } }`, {
      input: { id, startsAt: t('2027-01-14', '10:00'), endsAt: t('2027-01-14', '11:00') },
    });
    expect(move.extensions?.reason).toBe('BOOKING_NOT_MODIFIABLE');
    await w.partner.data(`mutation($input: CancelBookingInput!) { cancelBooking(input: $input) { status } }`, { input: { id } });
    expect(await status(id)).toBe('CANCELLED');
  });
});

describe('requests and their approval', () => {
  it('a request of an organisation that is not trusted is PENDING and holds the slot until it is decided', async () => {
    const w = await world();
    const req = (await book(w.partner, w.room.id, '2027-01-14', '09:00', '11:00', 'Infoavond')).data!.createBooking;
    expect(req.status).toBe('PENDING');
    const { rows } = await api.db.query(`SELECT decide_by FROM bookings WHERE id = $1`, [req.id]);
    expect(rows[0].decide_by.toISOString()).toBe('2027-01-11T23:00:00.000Z'); // Tuesday 00:00, two working days before Thursday

    expect((await book(w.staff, w.room.id, '2027-01-14', '10:00', '11:00')).errors?.[0]?.extensions?.reason).toBe('BOOKING_CONFLICT');
    expect((await book(w.otherPartner, w.room.id, '2027-01-14', '09:00', '10:00')).errors?.[0]?.extensions?.reason).toBe(
      'BOOKING_CONFLICT',
    );

    const queue = (await fm.data(REQUESTS, { f: { organisationId: w.org.id } })).bookingRequests;
    expect(queue).toEqual([
      {
        id: req.id,
        decideBy: '2027-01-11T23:00:00.000Z',
        booking: {
          id: req.id,
          status: 'PENDING',
          title: 'Infoavond',
          organisation: { name: w.org.name },
          booker: { displayName: 'Marc Jacobs' },
          seriesId: null,
        },
        decisions: [],
      },
    ]);
  });

  it('a trusted organisation is confirmed at once, unless the space needs approval', async () => {
    const w = await world();
    const strict = await api.make.space(w.site.floorId, { kind: 'MEETING_ROOM', partnerAccess: true, requiresApproval: true });
    const confirmed = (await book(w.otherPartner, w.room.id, '2027-01-12', '09:00', '10:00')).data!.createBooking;
    expect(confirmed.status).toBe('CONFIRMED');
    const waits = (await book(w.otherPartner, strict.id, '2027-01-14', '09:00', '10:00')).data!.createBooking;
    expect(waits.status).toBe('PENDING');
  });

  it('refuses a request too close to its start to be decided, naming the working days', async () => {
    const w = await world();
    const err = (await book(w.partner, w.room.id, '2027-01-12', '09:00', '10:00')).errors?.[0];
    expect(err?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BOOKING_REQUEST_TOO_LATE', params: { workingDays: 2 } });
    expect(err?.message).toMatch(/2 working days/);
  });

  it('approval confirms it and records who decided and when; the partner is told in-app and through the outbox', async () => {
    const w = await world();
    const req = (await book(w.partner, w.room.id, '2027-01-14', '09:00', '11:00')).data!.createBooking;
    api.clock.set('2027-01-11T08:25:00+01:00');
    const res = await fm.data(APPROVE, { input: { bookingIds: [req.id] } });
    expect(res.approveBookingRequests).toEqual([{ id: req.id, booking: { status: 'CONFIRMED' } }]);
    expect(await status(req.id)).toBe('CONFIRMED');
    const audit = (
      await api.db.query(`SELECT decision, decided_by, decided_at, reason FROM booking_decisions WHERE booking_id = $1`, [req.id])
    ).rows;
    expect(audit).toEqual([{ decision: 'APPROVED', decided_by: fmUser.id, decided_at: new Date('2027-01-11T07:25:00Z'), reason: null }]);

    const seenByPartner = (await w.partner.data(REQUESTS, { f: { statuses: ['CONFIRMED'] } })).bookingRequests[0];
    expect(seenByPartner.decisions).toEqual([
      { decision: 'APPROVED', decidedAt: '2027-01-11T07:25:00.000Z', reason: null, decidedBy: null },
    ]);
    const seenByManager = (await fm.data(REQUESTS, { f: { statuses: ['CONFIRMED'], organisationId: w.org.id } })).bookingRequests[0];
    expect(seenByManager.decisions[0].decidedBy).toEqual({ displayName: 'Els Claes' });

    const notes = (await w.partner.data(NOTIFICATIONS)).notifications;
    expect(notes).toEqual([
      {
        kind: 'BOOKING_REQUEST_APPROVED',
        spaceName: 'Zaal De Beek',
        siteName: w.site.name,
        startsAt: '2027-01-14T08:00:00.000Z',
        count: 1,
        reason: null,
        seriesId: null,
        bookingIds: [req.id],
        readAt: null,
      },
    ]);
    expect((await w.colleague.data(NOTIFICATIONS)).notifications).toEqual([]); // only the requester
    const outbox = (
      await api.db.query(
        `SELECT recipient, recipient_user_id, template_key, subject, body, status, attempts, params->>'spaceName' AS space
           FROM outbox_messages WHERE recipient_user_id = $1 ORDER BY created_at, template_key DESC`, // one clock tick: 'booking.requested' sorts after the decision
        [w.partnerUser.id],
      )
    ).rows;
    expect(outbox).toEqual([
      {
        recipient: w.partnerUser.email,
        recipient_user_id: w.partnerUser.id,
        template_key: 'booking.requested',
        subject: `Aanvraag ontvangen: Zaal De Beek, ${w.site.name}, do 14 jan. 2027, 09:00–11:00`,
        body: expect.any(String),
        status: 'PENDING',
        attempts: 0,
        space: 'Zaal De Beek',
      },
      {
        recipient: w.partnerUser.email,
        recipient_user_id: w.partnerUser.id,
        template_key: 'booking-request.approved',
        subject: 'Aanvraag goedgekeurd: Zaal De Beek',
        body: expect.stringContaining('do 14 jan. 2027, 09:00–11:00'),
        status: 'PENDING',
        attempts: 0,
        space: 'Zaal De Beek',
      },
    ]);
    expect(await w.partner.data(`mutation { markNotificationsRead(input: {}) }`)).toEqual({ markNotificationsRead: 1 });
    expect((await w.partner.data(`{ notifications(unreadOnly: true) { kind } }`)).notifications).toEqual([]);
  });

  it('rejection needs a reason, frees the slot, and cannot be decided twice', async () => {
    const w = await world();
    const req = (await book(w.partner, w.room.id, '2027-01-14', '09:00', '11:00')).data!.createBooking;
    const noReason = await fm.error(REJECT, { input: { bookingIds: [req.id], reason: '   ' } });
    expect(noReason.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BOOKING_REQUEST_REASON_REQUIRED' });
    expect(await status(req.id)).toBe('PENDING');

    await fm.data(REJECT, { input: { bookingIds: [req.id], reason: 'De zaal is die dag in gebruik voor de gemeenteraad.' } });
    expect(await status(req.id)).toBe('REJECTED');
    const audit = (await api.db.query(`SELECT decision, decided_by, reason FROM booking_decisions WHERE booking_id = $1`, [req.id])).rows;
    expect(audit).toEqual([{ decision: 'REJECTED', decided_by: fmUser.id, reason: 'De zaal is die dag in gebruik voor de gemeenteraad.' }]);
    const [note] = (await w.partner.data(NOTIFICATIONS)).notifications;
    expect(note).toMatchObject({ kind: 'BOOKING_REQUEST_REJECTED', reason: 'De zaal is die dag in gebruik voor de gemeenteraad.' });

    expect((await book(w.staff, w.room.id, '2027-01-14', '09:00', '11:00')).errors).toBeUndefined(); // the slot is free again
    expect((await fm.error(APPROVE, { input: { bookingIds: [req.id] } })).extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'BOOKING_REQUEST_NOT_PENDING',
      params: { status: 'REJECTED' },
    });
    expect((await fm.error(APPROVE, { input: { bookingIds: [req.id], seriesId: req.id } })).extensions?.reason).toBe(
      'BOOKING_REQUEST_TARGET_INVALID',
    );
  });

  it('only a facility manager decides', async () => {
    const w = await world();
    const req = (await book(w.partner, w.room.id, '2027-01-14', '09:00', '11:00')).data!.createBooking;
    for (const client of [w.partner, w.staff, await api.as(await api.make.user({ roles: ['ADMIN'] }))]) {
      expect((await client.error(APPROVE, { input: { bookingIds: [req.id] } })).extensions?.reason).toBe('AUTH_ROLE_FORBIDDEN');
    }
    expect(await status(req.id)).toBe('PENDING');
  });

  it('expires when not decided in time: status EXPIRED with a reason, the slot freed, the partner told', async () => {
    const w = await world();
    const req = (await book(w.partner, w.room.id, '2027-01-18', '09:00', '11:00')).data!.createBooking; // Monday: decide before Thursday
    const sweeper = api.app.get(BookingRequestsService);
    api.clock.set('2027-01-13T23:59:00+01:00');
    await sweeper.expireDue();
    expect(await status(req.id)).toBe('PENDING');

    api.clock.set('2027-01-14T00:00:00+01:00');
    fm = await api.as(fmUser);
    const [partner, staff] = [await api.as(w.partnerUser), await api.as(w.staffUser)];
    // after the deadline a manager can no longer approve, even before the sweep ran
    expect((await fm.error(APPROVE, { input: { bookingIds: [req.id] } })).extensions?.reason).toBe('BOOKING_REQUEST_DEADLINE_PASSED');
    await sweeper.expireDue();
    expect(await status(req.id)).toBe('EXPIRED');
    const audit = (
      await api.db.query(`SELECT decision, decided_by, decided_at, reason FROM booking_decisions WHERE booking_id = $1`, [req.id])
    ).rows;
    expect(audit).toEqual([
      {
        decision: 'EXPIRED',
        decided_by: null,
        decided_at: new Date('2027-01-13T23:00:00Z'),
        reason: expect.stringMatching(/2 working days/),
      },
    ]);
    expect((await partner.data(NOTIFICATIONS)).notifications[0]).toMatchObject({ kind: 'BOOKING_REQUEST_EXPIRED', bookingIds: [req.id] });
    expect(
      (
        await api.db.query(
          `SELECT count(*)::int AS n FROM outbox_messages WHERE template_key = 'booking-request.expired' AND recipient_user_id = $1`,
          [w.partnerUser.id],
        )
      ).rows[0].n,
    ).toBe(1);
    expect((await book(staff, w.room.id, '2027-01-18', '09:00', '11:00')).errors).toBeUndefined();
    expect((await fm.error(APPROVE, { input: { bookingIds: [req.id] } })).extensions?.reason).toBe('BOOKING_REQUEST_NOT_PENDING');
    expect(await sweeper.expireDue()).toBe(0); // idempotent
  });

  it('runs the expiry on the shared job queue', async () => {
    const withJobs = await startTestApi({ env: { JOBS_ENABLED: 'true' } });
    try {
      const { rows } = await withJobs.db.query(`SELECT name, cron, options->>'tz' AS tz FROM pgboss.schedule WHERE name = $1`, [
        EXPIRE_REQUESTS_JOB,
      ]);
      expect(rows).toEqual([{ name: EXPIRE_REQUESTS_JOB, cron: '*/5 * * * *', tz: 'Europe/Brussels' }]);
    } finally {
      await withJobs.close();
    }
  });
});

describe('recurring requests', () => {
  const weekly = (spaceId: string, until: string) => ({
    spaceId,
    startsAt: t('2027-01-19', '09:00'),
    endsAt: t('2027-01-19', '12:00'),
    title: 'Zitdag',
    recurrence: { frequency: 'WEEKLY', until },
  });

  it('every Tuesday morning for a year is one series, decided per date or as a whole', async () => {
    const w = await world();
    const created = (await w.partner.data(SERIES, { input: weekly(w.desk.id, '2027-12-28') })).createBookingSeries;
    expect(created.skipped).toEqual([]);
    expect(created.bookings).toHaveLength(50);
    expect(created.bookings.every((b: { status: string }) => b.status === 'PENDING')).toBe(true);

    const queue = (await fm.data(REQUESTS, { f: { seriesId: created.seriesId } })).bookingRequests;
    expect(queue).toHaveLength(50);
    const first = created.bookings[0].id;
    await fm.data(APPROVE, { input: { bookingIds: [first] } });
    api.clock.advance(60_000);
    const rejected = (await fm.data(REJECT, { input: { seriesId: created.seriesId, reason: 'Balie A wordt verbouwd.' } }))
      .rejectBookingRequests;
    expect(rejected).toHaveLength(49);
    const counts = (
      await api.db.query(`SELECT status, count(*)::int AS n FROM bookings WHERE series_id = $1 GROUP BY status ORDER BY status`, [
        created.seriesId,
      ])
    ).rows;
    expect(counts).toEqual([
      { status: 'CONFIRMED', n: 1 },
      { status: 'REJECTED', n: 49 },
    ]);
    const notes = (await w.partner.data(NOTIFICATIONS)).notifications;
    expect(notes.map((n: { kind: string; count: number }) => [n.kind, n.count])).toEqual([
      ['BOOKING_REQUEST_REJECTED', 49],
      ['BOOKING_REQUEST_APPROVED', 1],
    ]);
    expect((await fm.error(REJECT, { input: { seriesId: created.seriesId, reason: 'x' } })).extensions?.reason).toBe(
      'BOOKING_REQUEST_NOT_PENDING',
    );
  });

  it('a year of a meeting room runs into its rules’ 90 days ahead, naming the first date', async () => {
    const w = await world();
    const err = await w.partner.error(SERIES, { input: weekly(w.room.id, '2027-12-28') });
    expect(err.extensions).toMatchObject({ reason: 'BOOKING_TOO_FAR_AHEAD', params: { maxDaysAhead: 90, date: '2027-04-13' } });
    expect((await api.db.query(`SELECT count(*)::int AS n FROM bookings WHERE space_id = $1`, [w.room.id])).rows[0].n).toBe(0);
  });
});
