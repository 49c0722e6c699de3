import { startTestApi, type TestApi } from '@plekwijzer/test';
import { NoShowService, RELEASE_JOB } from './no-show.service.js';

const at = (hhmm: string, seconds = '00') => `2027-01-11T${hhmm}:${seconds}+01:00`;
const DAY_BEFORE = '2027-01-10T12:00:00+01:00';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());
beforeEach(() => api.clock.set(at('08:00')));

/** Runs the job once; returns what it did to the given bookings (other tests' bookings share the database). */
const release = async (...mine: string[]) => {
  const r = await api.app.get(NoShowService).releaseDue();
  return { warned: r.warned.filter((id) => mine.includes(id)), released: r.released.filter((id) => mine.includes(id)) };
};
const statusOf = async (id: string) => (await api.db.query(`SELECT status FROM bookings WHERE id = $1`, [id])).rows[0].status as string;

async function world(kind: 'DESK' | 'CONSULTATION_ROOM' | 'INFORMAL_AREA' = 'DESK') {
  const site = await api.make.site();
  const space = await api.make.space(site.floorId, { kind });
  const user = await api.make.user({ roles: kind === 'CONSULTATION_ROOM' ? ['SOCIAL_WORKER'] : ['EMPLOYEE'] });
  return { site, space, user };
}

describe('releasing no-shows', () => {
  it('releases a booking not checked in once the grace period has passed, and never a second before', async () => {
    const { space, user } = await world();
    const { id } = await api.make.booking(space.id, user.id, { startsAt: at('09:00'), endsAt: at('17:00'), createdAt: DAY_BEFORE });
    api.clock.set(at('09:14', '59'));
    expect(await release(id)).toEqual({ warned: [], released: [] });
    expect(await statusOf(id)).toBe('CONFIRMED');
    api.clock.set(at('09:15'));
    expect((await release(id)).released).toEqual([id]);
    expect(await statusOf(id)).toBe('RELEASED');
    // kept, and the desk is free again for someone else
    const bob = await api.as(await api.make.user());
    const res = await bob.data(`mutation($i: CreateBookingInput!) { createBooking(input: $i) { id } }`, {
      i: { spaceId: space.id, startsAt: at('09:15'), endsAt: at('12:00') },
    });
    expect(res.createBooking.id).toBeTruthy();
  });

  it('never releases a booking made less than the grace period before its start', async () => {
    const { space, user } = await world();
    const { id } = await api.make.booking(space.id, user.id, { startsAt: at('09:00'), endsAt: at('17:00'), createdAt: at('08:50') });
    api.clock.set(at('11:00'));
    expect((await release(id)).released).toEqual([]);
    expect(await statusOf(id)).toBe('CONFIRMED');
  });

  it('leaves checked-in bookings and kinds that need no check-in alone', async () => {
    const desk = await world();
    const informal = await world('INFORMAL_AREA');
    const checkedIn = await api.make.booking(desk.space.id, desk.user.id, {
      startsAt: at('09:00'),
      endsAt: at('17:00'),
      status: 'CHECKED_IN',
      createdAt: DAY_BEFORE,
    });
    const corner = await api.make.booking(informal.space.id, informal.user.id, {
      startsAt: at('09:00'),
      endsAt: at('10:00'),
      createdAt: DAY_BEFORE,
    });
    api.clock.set(at('12:00'));
    expect((await release(checkedIn.id, corner.id)).released).toEqual([]);
    expect(await statusOf(checkedIn.id)).toBe('CHECKED_IN');
    expect(await statusOf(corner.id)).toBe('CONFIRMED');
  });

  it('warns a social worker before releasing a consultation room, and releases only when the warning expires', async () => {
    await api.db.query(`UPDATE booking_rules SET check_in_required = true WHERE space_kind = 'CONSULTATION_ROOM'`);
    try {
      const { space, user } = await world('CONSULTATION_ROOM');
      const { id } = await api.make.booking(space.id, user.id, { startsAt: at('09:00'), endsAt: at('10:00'), createdAt: DAY_BEFORE });
      api.clock.set(at('09:15'));
      expect(await release(id)).toEqual({ warned: [id], released: [] });
      expect(await release(id)).toEqual({ warned: [], released: [] });
      const { rows } = await api.db.query(`SELECT user_id, warned_at, release_at FROM no_show_warnings WHERE booking_id = $1`, [id]);
      expect(rows).toEqual([{ user_id: user.id, warned_at: new Date(at('09:15')), release_at: new Date(at('09:30')) }]);
      // the booker sees the warning, and may still check in until it expires
      const worker = await api.as(user);
      const state = await worker.data(`query($id: ID!) { booking(id: $id) { checkIn { releaseWarningAt viewerCanCheckIn closesAt } } }`, {
        id,
      });
      expect(state.booking.checkIn).toEqual({
        releaseWarningAt: new Date(at('09:30')).toISOString(),
        viewerCanCheckIn: true,
        closesAt: new Date(at('09:30')).toISOString(),
      });
      api.clock.set(at('09:29', '59'));
      expect((await release(id)).released).toEqual([]);
      api.clock.set(at('09:30'));
      expect((await release(id)).released).toEqual([id]);
      expect(await statusOf(id)).toBe('RELEASED');
    } finally {
      await api.db.query(`UPDATE booking_rules SET check_in_required = false WHERE space_kind = 'CONSULTATION_ROOM'`);
    }
  });

  it('refuses to switch the warning off for consultation rooms', async () => {
    const manager = await api.as(await api.make.user({ roles: ['FACILITY_MANAGER'] }));
    const err = await manager.error(
      `mutation { setBookingRules(input: { spaceKind: CONSULTATION_ROOM, releaseWarningMinutes: null }) { releaseWarningMinutes } }`,
    );
    expect(err.extensions).toMatchObject({ reason: 'RULES_INVALID', fieldErrors: [{ field: 'releaseWarningMinutes' }] });
  });
});

describe('the release job across two API instances', () => {
  let second: TestApi;
  beforeAll(async () => {
    second = await startTestApi({ databaseUrl: api.databaseUrl, clock: api.clock });
  });
  afterAll(() => second.close());

  it('releases each booking exactly once when both instances run the job at the same moment', async () => {
    const { site } = await world();
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const desk = await api.make.space(site.floorId, { kind: 'DESK' });
      const user = await api.make.user();
      ids.push((await api.make.booking(desk.id, user.id, { startsAt: at('09:00'), endsAt: at('17:00'), createdAt: DAY_BEFORE })).id);
    }
    api.clock.set(at('09:20'));
    const runs = await Promise.all(Array.from({ length: 6 }, (_, i) => (i % 2 ? second : api).app.get(NoShowService).releaseDue()));
    const released = runs.flatMap((r) => r.released);
    expect(released.filter((id) => ids.includes(id)).sort()).toEqual([...ids].sort());
    expect(new Set(released).size).toBe(released.length);
  });

  it('is scheduled every minute on the shared queue, once however many instances register it', async () => {
    const a = await startTestApi({ env: { JOBS_ENABLED: 'true' } });
    const b = await startTestApi({ databaseUrl: a.databaseUrl, env: { JOBS_ENABLED: 'true' } });
    try {
      const { rows } = await a.db.query(`SELECT name, cron, timezone FROM pgboss.schedule WHERE name = $1`, [RELEASE_JOB]);
      expect(rows).toEqual([{ name: RELEASE_JOB, cron: '* * * * *', timezone: 'Europe/Brussels' }]);
    } finally {
      await b.close();
      await a.close();
    }
  });
});
