import { SitesService } from '../sites/sites.service.js';
import { startTestApi, type GraphqlClient, type TestApi } from '@plekwijzer/test';

const CREATE_SITE = `mutation($input: CreateSiteInput!) { createSite(input: $input) { id name timeZone isSatellite openingHours { weekday opensAt closesAt } } }`;
const CLOSURES = `query($id: ID!, $from: LocalDate!, $to: LocalDate!) { site(id: $id) { closureDays(from: $from, to: $to) { id date reason kind } } }`;
const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensAt: '08:00', closesAt: '18:00' }));

let api: TestApi;
let fm: GraphqlClient;
beforeAll(async () => {
  api = await startTestApi();
  fm = await api.as(await api.make.user({ roles: ['FACILITY_MANAGER'] }));
});
afterAll(() => api.close());

let n = 0;
const newSite = (extra: Record<string, unknown> = {}) =>
  fm.data(CREATE_SITE, { input: { name: `Gemeentehuis ${++n}`, openingHours: weekdays, ...extra } }).then((d) => d.createSite);

describe('sites', () => {
  it('are created with opening hours and the Belgian public holidays of this and the coming years, 11 July included', async () => {
    const site = await newSite({ isSatellite: true });
    expect(site).toMatchObject({ timeZone: 'Europe/Brussels', isSatellite: true });
    expect(site.openingHours).toHaveLength(5);
    const { site: s } = await fm.data(CLOSURES, { id: site.id, from: '2027-01-01', to: '2030-12-31' });
    const dates = s.closureDays.map((c: { date: string }) => c.date);
    for (const date of ['2027-07-11', '2028-07-11', '2029-07-11', '2030-07-11', '2027-03-29', '2027-12-25']) expect(dates).toContain(date);
    expect(s.closureDays.find((c: { date: string }) => c.date === '2027-07-11')).toMatchObject({ kind: 'PUBLIC_HOLIDAY' });
  });

  it('make bookings on a public holiday fail with BOOKING_ON_CLOSURE_DAY', async () => {
    const site = await newSite({
      openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opensAt: '08:00', closesAt: '18:00' })),
    });
    const { rows } = await api.db.query(`SELECT id FROM floors WHERE site_id = $1`, [site.id]);
    expect(rows).toHaveLength(0);
    const floor = await fm.data(`mutation($input: CreateFloorInput!) { createFloor(input: $input) { id } }`, {
      input: { siteId: site.id, name: 'Gelijkvloers' },
    });
    const room = await api.make.space(floor.createFloor.id, { kind: 'MEETING_ROOM' });
    await api.make.rules(room.id, { max_days_ahead: 365 });
    const me = await api.as(await api.make.user());
    const err = await me.error(`mutation($input: CreateBookingInput!) { createBooking(input: $input) { id } }`, {
      input: { spaceId: room.id, startsAt: '2027-07-11T09:00:00+02:00', endsAt: '2027-07-11T10:00:00+02:00' },
    });
    expect(err.extensions).toMatchObject({ reason: 'BOOKING_ON_CLOSURE_DAY', params: { date: '2027-07-11' } });
  });

  it('keep a holiday removed by a manager removed when holidays are topped up', async () => {
    const site = await newSite();
    const { site: s } = await fm.data(CLOSURES, { id: site.id, from: '2027-07-11', to: '2027-07-11' });
    await fm.data(`mutation($id: ID!) { removeClosureDay(input: { id: $id }) { id } }`, { id: s.closureDays[0].id });
    await api.app.get(SitesService).ensureHolidays();
    const after = await fm.data(CLOSURES, { id: site.id, from: '2027-07-11', to: '2027-07-11' });
    expect(after.site.closureDays).toEqual([]);
  });

  it('take own closure days, once per date', async () => {
    const site = await newSite();
    const ADD = `mutation($input: AddClosureDayInput!) { addClosureDay(input: $input) { date reason kind } }`;
    const added = await fm.data(ADD, { input: { siteId: site.id, date: '2027-05-07', reason: 'Brugdag' } });
    expect(added.addClosureDay).toEqual({ date: '2027-05-07', reason: 'Brugdag', kind: 'CLOSURE' });
    expect((await fm.error(ADD, { input: { siteId: site.id, date: '2027-05-07', reason: 'Nog eens' } })).extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'CLOSURE_DAY_EXISTS',
      fieldErrors: [{ field: 'date' }],
    });
  });

  it('refuse overlapping opening blocks and a duplicate name', async () => {
    const site = await newSite();
    const overlap = await fm.error(CREATE_SITE, {
      input: {
        name: 'Overlap',
        openingHours: [
          { weekday: 2, opensAt: '08:00', closesAt: '12:30' },
          { weekday: 2, opensAt: '12:00', closesAt: '17:00' },
        ],
      },
    });
    expect(overlap.extensions).toMatchObject({ reason: 'OPENING_HOURS_OVERLAP', params: { weekday: 2 } });
    expect((await fm.error(CREATE_SITE, { input: { name: site.name, openingHours: [] } })).extensions?.reason).toBe('SITE_NAME_TAKEN');
  });

  it('replace all opening hours on update, e.g. a late opening on Thursday', async () => {
    const site = await newSite();
    const hours = [...weekdays, { weekday: 4, opensAt: '18:00', closesAt: '20:00' }];
    const updated = await fm.data(
      `mutation($input: UpdateSiteInput!) { updateSite(input: $input) { openingHours { weekday opensAt closesAt } } }`,
      {
        input: { id: site.id, openingHours: hours },
      },
    );
    expect(updated.updateSite.openingHours.filter((h: { weekday: number }) => h.weekday === 4)).toEqual([
      { weekday: 4, opensAt: '08:00', closesAt: '18:00' },
      { weekday: 4, opensAt: '18:00', closesAt: '20:00' },
    ]);
  });

  it('list floors and zones for everyone signed in; inactive sites only for managers', async () => {
    const site = await newSite();
    const floor = await fm.data(`mutation($input: CreateFloorInput!) { createFloor(input: $input) { id } }`, {
      input: { siteId: site.id, name: 'Eerste', level: 1 },
    });
    await fm.data(`mutation($input: CreateZoneInput!) { createZone(input: $input) { id } }`, {
      input: { floorId: floor.createFloor.id, name: 'Stiltezone' },
    });
    const employee = await api.as(await api.make.user());
    const seen = await employee.data(`query($id: ID!) { site(id: $id) { floors { name level zones { name } } } }`, { id: site.id });
    expect(seen.site.floors).toEqual([{ name: 'Eerste', level: 1, zones: [{ name: 'Stiltezone' }] }]);
    await fm.data(`mutation($id: ID!) { updateSite(input: { id: $id, active: false }) { id } }`, { id: site.id });
    expect((await employee.error(`query($id: ID!) { site(id: $id) { id } }`, { id: site.id })).extensions?.code).toBe('NOT_FOUND');
    expect((await fm.data(`query($id: ID!) { site(id: $id) { active } }`, { id: site.id })).site.active).toBe(false);
  });
});
