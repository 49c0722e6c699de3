import { startTestApi, type GraphqlClient, type TestApi } from '@plekwijzer/test';
import { SitesService } from './sites.service.js';

// The test clock stands at Monday 11 January 2027, 08:00 in Brussels.
const BOOK = `mutation($input: CreateBookingInput!) { createBooking(input: $input) { id } }`;
const UPDATE_SITE = `mutation($input: UpdateSiteInput!) { updateSite(input: $input) { id openingHours { weekday opensAt closesAt } } }`;
const PREVIEW_SITE = `mutation($input: UpdateSiteInput!) { previewUpdateSite(input: $input) {
  count bookings { id reason startsAt space { name siteName } booker { displayName } } } }`;
const ADD_CLOSURE = `mutation($input: AddClosureDayInput!) { addClosureDay(input: $input) { id date kind } }`;
const PREVIEW_CLOSURE = `mutation($input: AddClosureDayInput!) { previewAddClosureDay(input: $input) { count bookings { id reason } } }`;

let api: TestApi;
let fm: GraphqlClient;
beforeAll(async () => {
  api = await startTestApi();
  fm = await api.as(await api.make.user({ roles: ['FACILITY_MANAGER'] }));
});
afterAll(() => api.close());

const weekdays = (opens: string, closes: string) => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensAt: opens, closesAt: closes }));

/** A site open on weekdays 08:00–18:00 with a desk and two colleagues who booked it this week. */
async function siteWithBookings() {
  const site = await api.make.site({ hours: [1, 2, 3, 4, 5].map((d) => [d, '08:00', '18:00'] as [number, string, string]) });
  const desk = await api.make.space(site.floorId, { name: 'G.01' });
  const an = await api.make.user({ displayName: 'An Peeters' });
  const bob = await api.make.user({ displayName: 'Bob Maes' });
  const early = (
    await (
      await api.as(an)
    ).data(BOOK, {
      input: { spaceId: desk.id, startsAt: '2027-01-12T08:00:00+01:00', endsAt: '2027-01-12T10:00:00+01:00' },
    })
  ).createBooking.id as string;
  const midday = (
    await (
      await api.as(bob)
    ).data(BOOK, {
      input: { spaceId: desk.id, startsAt: '2027-01-13T12:00:00+01:00', endsAt: '2027-01-13T14:00:00+01:00' },
    })
  ).createBooking.id as string;
  return { site, desk, an, bob, early, midday };
}

async function statusOf(id: string): Promise<string> {
  const { rows } = await api.db.query(`SELECT status FROM bookings WHERE id = $1`, [id]);
  return rows[0].status;
}

async function changeCount(targetId: string): Promise<number> {
  const { rows } = await api.db.query(`SELECT count(*)::int AS n FROM admin_changes WHERE target_id = $1`, [targetId]);
  return rows[0].n;
}

describe('changing opening hours', () => {
  it('previews the bookings outside the new hours without changing anything', async () => {
    const w = await siteWithBookings();
    const input = { id: w.site.id, openingHours: weekdays('09:00', '18:00') };
    const preview = (await fm.data(PREVIEW_SITE, { input })).previewUpdateSite;
    expect(preview.count).toBe(1);
    expect(preview.bookings).toEqual([
      {
        id: w.early,
        reason: 'OUTSIDE_OPENING_HOURS',
        startsAt: '2027-01-12T07:00:00.000Z',
        space: { name: 'G.01', siteName: w.site.name },
        booker: { displayName: 'An Peeters' },
      },
    ]);
    const { rows } = await api.db.query(`SELECT opens_at::text FROM site_opening_hours WHERE site_id = $1 LIMIT 1`, [w.site.id]);
    expect(rows[0].opens_at).toBe('08:00:00');
    expect(await changeCount(w.site.id)).toBe(0);
  });

  it('refuses the change with the count until it is confirmed with a message, then cancels exactly those bookings', async () => {
    const w = await siteWithBookings();
    const input = { id: w.site.id, openingHours: weekdays('09:00', '18:00') };
    const refused = await fm.error(UPDATE_SITE, { input });
    expect(refused.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ADMIN_CHANGE_AFFECTS_BOOKINGS', params: { count: 1 } });
    expect(await statusOf(w.early)).toBe('CONFIRMED');
    expect(await changeCount(w.site.id)).toBe(0);

    const noMessage = await fm.error(UPDATE_SITE, { input: { ...input, cancelAffected: true } });
    expect(noMessage.extensions).toMatchObject({
      reason: 'ADMIN_CANCELLATION_MESSAGE_REQUIRED',
      fieldErrors: [{ field: 'cancellationMessage' }],
    });

    const message = 'Het gebouw opent voortaan om 9 uur.';
    const done = await fm.data(UPDATE_SITE, { input: { ...input, cancelAffected: true, cancellationMessage: message } });
    expect(done.updateSite.openingHours[0]).toEqual({ weekday: 1, opensAt: '09:00', closesAt: '18:00' });
    expect(await statusOf(w.early)).toBe('CANCELLED');
    expect(await statusOf(w.midday)).toBe('CONFIRMED');

    // The booker reads why; a colleague does not.
    const an = await api.as(w.an);
    const mine = await an.data(`query($id: ID!) { booking(id: $id) { status cancellationMessage } }`, { id: w.early });
    expect(mine.booking).toEqual({ status: 'CANCELLED', cancellationMessage: message });
    const colleague = await (await api.as(w.bob)).data(`query($id: ID!) { booking(id: $id) { cancellationMessage } }`, { id: w.early });
    expect(colleague.booking.cancellationMessage).toBeNull();
    const { rows } = await api.db.query(
      `SELECT action, note, after FROM admin_changes WHERE action IN ('site.update', 'bookings.cancel') ORDER BY action DESC`,
    );
    expect(
      rows.filter(
        (r: { action: string; after: { bookingIds?: string[] } }) => r.action === 'site.update' || r.after.bookingIds?.includes(w.early),
      ),
    ).toEqual([
      { action: 'site.update', note: null, after: { openingHours: expect.arrayContaining(['1 09:00–18:00']) } },
      expect.objectContaining({ action: 'bookings.cancel', note: message }),
    ]);
  });

  it('leaves bookings alone when the new hours still hold them, e.g. a late opening added on Thursday', async () => {
    const w = await siteWithBookings();
    const hours = [...weekdays('08:00', '18:00'), { weekday: 4, opensAt: '18:00', closesAt: '20:00' }];
    await fm.data(UPDATE_SITE, { input: { id: w.site.id, openingHours: hours } });
    expect([await statusOf(w.early), await statusOf(w.midday)]).toEqual(['CONFIRMED', 'CONFIRMED']);
  });

  it('counts a deactivated site as affecting all its upcoming bookings', async () => {
    const w = await siteWithBookings();
    const preview = await fm.data(PREVIEW_SITE, { input: { id: w.site.id, active: false } });
    expect(preview.previewUpdateSite.bookings.map((b: { reason: string }) => b.reason)).toEqual(['SITE_INACTIVE', 'SITE_INACTIVE']);
    await fm.data(UPDATE_SITE, { input: { id: w.site.id, active: false, cancelAffected: true, cancellationMessage: 'Verhuis' } });
    expect([await statusOf(w.early), await statusOf(w.midday)]).toEqual(['CANCELLED', 'CANCELLED']);
  });
});

describe('closure days', () => {
  it('adding a closure day on booked days lists them, refuses without confirmation, and cancels them when confirmed', async () => {
    const w = await siteWithBookings();
    const input = { siteId: w.site.id, date: '2027-01-13', reason: 'Personeelsdag' };
    expect((await fm.data(PREVIEW_CLOSURE, { input })).previewAddClosureDay).toEqual({
      count: 1,
      bookings: [{ id: w.midday, reason: 'CLOSURE_DAY' }],
    });
    expect((await fm.error(ADD_CLOSURE, { input })).extensions).toMatchObject({
      reason: 'ADMIN_CHANGE_AFFECTS_BOOKINGS',
      params: { count: 1 },
    });
    const { rows: none } = await api.db.query(`SELECT 1 FROM closure_days WHERE site_id = $1 AND date = '2027-01-13'`, [w.site.id]);
    expect(none).toHaveLength(0);

    const added = await fm.data(ADD_CLOSURE, {
      input: { ...input, cancelAffected: true, cancellationMessage: 'Personeelsdag: gebouw dicht' },
    });
    expect(added.addClosureDay).toMatchObject({ date: '2027-01-13', kind: 'CLOSURE' });
    expect([await statusOf(w.early), await statusOf(w.midday)]).toEqual(['CONFIRMED', 'CANCELLED']);
  });

  it('adds a bridge day nobody booked without any confirmation', async () => {
    const w = await siteWithBookings();
    await fm.data(ADD_CLOSURE, { input: { siteId: w.site.id, date: '2027-05-07', reason: 'Brugdag' } });
    expect([await statusOf(w.early), await statusOf(w.midday)]).toEqual(['CONFIRMED', 'CONFIRMED']);
  });

  it('proposes the year’s public holidays, marks those the site closes on, and lets a manager open on one and close again', async () => {
    const site = await api.make.site();
    await api.app.get(SitesService).ensureHolidays();
    const HOLIDAYS = `query($id: ID!) { site(id: $id) { publicHolidays(year: 2027) { date name closureDayId } } }`;
    const before = (await fm.data(HOLIDAYS, { id: site.id })).site.publicHolidays;
    const july11 = before.find((h: { date: string }) => h.date === '2027-07-11');
    expect(july11).toMatchObject({ name: expect.stringMatching(/Vlaamse Gemeenschap/), closureDayId: expect.any(String) });
    expect(before.length).toBeGreaterThanOrEqual(11);

    await fm.data(`mutation($id: ID!) { removeClosureDay(input: { id: $id }) { id } }`, { id: july11.closureDayId });
    const opened = (await fm.data(HOLIDAYS, { id: site.id })).site.publicHolidays.find((h: { date: string }) => h.date === '2027-07-11');
    expect(opened.closureDayId).toBeNull();
    await fm.data(ADD_CLOSURE, { input: { siteId: site.id, date: '2027-07-11', reason: july11.name, kind: 'PUBLIC_HOLIDAY' } });
    const closed = (await fm.data(HOLIDAYS, { id: site.id })).site.publicHolidays.find((h: { date: string }) => h.date === '2027-07-11');
    expect(closed.closureDayId).toEqual(expect.any(String));

    const englishUser = await api.make.user({ roles: ['FACILITY_MANAGER'] });
    await api.db.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [englishUser.id]);
    const english = await api.as(englishUser);
    const names = (await english.data(HOLIDAYS, { id: site.id })).site.publicHolidays.map((h: { name: string }) => h.name);
    expect(names).toContain('Christmas Day');
  });
});
