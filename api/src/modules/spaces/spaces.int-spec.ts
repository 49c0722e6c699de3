import { startTestApi, type GraphqlClient, type TestApi } from '@plekwijzer/test';

const SPACES = `query($filter: SpacesFilter) { spaces(filter: $filter) { id name kind viewerCanBook confidential equipment rules { minNoticeMinutes bufferMinutes slotMinutes } } }`;

let api: TestApi;
let fm: GraphqlClient;
beforeAll(async () => {
  api = await startTestApi();
  fm = await api.as(await api.make.user({ roles: ['FACILITY_MANAGER'] }));
});
afterAll(() => api.close());

async function catalogue() {
  const site = await api.make.site();
  const desk = await api.make.space(site.floorId, { kind: 'DESK', equipment: ['SCREEN', 'HEIGHT_ADJUSTABLE_DESK'] });
  const room = await api.make.space(site.floorId, { kind: 'MEETING_ROOM', capacity: 10, partnerAccess: true });
  const consult = await api.make.space(site.floorId, { kind: 'CONSULTATION_ROOM' });
  const closed = await api.make.space(site.floorId, { kind: 'QUIET_ROOM', active: false });
  return { site, desk, room, consult, closed };
}

const ids = (data: Record<string, any>) => (data.spaces as { id: string }[]).map((s) => s.id).sort();

describe('who sees which spaces', () => {
  it('shows each role only what it may book; managers see everything', async () => {
    const c = await catalogue();
    const org = await api.make.organisation();
    const viewers = {
      employee: await api.as(await api.make.user({ roles: ['EMPLOYEE'] })),
      socialWorker: await api.as(await api.make.user({ roles: ['SOCIAL_WORKER'] })),
      partner: await api.as(await api.make.user({ roles: ['PARTNER'], organisationId: org.id })),
      management: await api.as(await api.make.user({ roles: ['MANAGEMENT'] })),
      admin: await api.as(await api.make.user({ roles: ['ADMIN'] })),
    };
    const filter = { siteId: c.site.id };
    expect(ids(await viewers.employee.data(SPACES, { filter }))).toEqual([c.desk.id, c.room.id].sort());
    expect(ids(await viewers.socialWorker.data(SPACES, { filter }))).toEqual([c.desk.id, c.room.id, c.consult.id].sort());
    expect(ids(await viewers.partner.data(SPACES, { filter }))).toEqual([c.room.id]);
    expect(ids(await viewers.management.data(SPACES, { filter }))).toEqual([]);
    expect(ids(await viewers.admin.data(SPACES, { filter }))).toEqual([c.desk.id, c.room.id, c.consult.id, c.closed.id].sort());
    const managed = await fm.data(SPACES, { filter });
    expect(ids(managed)).toEqual([c.desk.id, c.room.id, c.consult.id, c.closed.id].sort());
    expect(managed.spaces.find((s: { id: string }) => s.id === c.consult.id).viewerCanBook).toBe(false);
    expect((await viewers.employee.error(`query($id: ID!) { space(id: $id) { id } }`, { id: c.consult.id })).extensions?.code).toBe(
      'NOT_FOUND',
    );
  });

  it('filters by kind, capacity and equipment', async () => {
    const c = await catalogue();
    const sw = await api.as(await api.make.user({ roles: ['SOCIAL_WORKER'] }));
    expect(ids(await sw.data(SPACES, { filter: { siteId: c.site.id, kinds: ['DESK', 'CONSULTATION_ROOM'] } }))).toEqual(
      [c.desk.id, c.consult.id].sort(),
    );
    expect(ids(await sw.data(SPACES, { filter: { siteId: c.site.id, minCapacity: 9 } }))).toEqual([c.room.id]);
    expect(ids(await sw.data(SPACES, { filter: { siteId: c.site.id, equipment: ['HEIGHT_ADJUSTABLE_DESK'] } }))).toEqual([c.desk.id]);
  });
});

describe('managing spaces and rules', () => {
  it('creates a consultation room confidential and for social workers by default, placed on the plan', async () => {
    const site = await api.make.site();
    const created = await fm.data(
      `mutation($input: CreateSpaceInput!) { createSpace(input: $input) { kind confidential bookableByRoles position { x y width height rotation } rules { bufferMinutes } } }`,
      {
        input: {
          floorId: site.floorId,
          name: 'Gespreksruimte 9',
          kind: 'CONSULTATION_ROOM',
          position: { x: 10, y: 20, width: 100, height: 80, rotation: 90 },
        },
      },
    );
    expect(created.createSpace).toEqual({
      kind: 'CONSULTATION_ROOM',
      confidential: true,
      bookableByRoles: ['SOCIAL_WORKER'],
      position: { x: 10, y: 20, width: 100, height: 80, rotation: 90 },
      rules: { bufferMinutes: 15 },
    });
  });

  it('refuses a zone of another floor and a duplicate name on a floor', async () => {
    const a = await api.make.site();
    const b = await api.make.site();
    const zone = await fm.data(`mutation($input: CreateZoneInput!) { createZone(input: $input) { id } }`, {
      input: { floorId: b.floorId, name: 'Zone B' },
    });
    const CREATE = `mutation($input: CreateSpaceInput!) { createSpace(input: $input) { id } }`;
    const wrongZone = await fm.error(CREATE, { input: { floorId: a.floorId, zoneId: zone.createZone.id, name: 'D1', kind: 'DESK' } });
    expect(wrongZone.extensions).toMatchObject({ reason: 'SPACE_ZONE_NOT_ON_FLOOR', fieldErrors: [{ field: 'zoneId' }] });
    await fm.data(CREATE, { input: { floorId: a.floorId, name: 'D1', kind: 'DESK' } });
    expect((await fm.error(CREATE, { input: { floorId: a.floorId, name: 'D1', kind: 'DESK' } })).extensions?.reason).toBe(
      'SPACE_NAME_TAKEN',
    );
  });

  it('overrides a rule for one space, clears it again, and changes a kind default', async () => {
    const site = await api.make.site();
    const room = await api.make.space(site.floorId, { kind: 'PHONE_BOOTH' });
    const SET = `mutation($input: SetBookingRulesInput!) { setBookingRules(input: $input) { minNoticeMinutes maxDurationMinutes } }`;
    expect((await fm.data(SET, { input: { spaceId: room.id, minNoticeMinutes: 60 } })).setBookingRules).toEqual({
      minNoticeMinutes: 60,
      maxDurationMinutes: 120,
    });
    expect((await fm.data(SET, { input: { spaceId: room.id, minNoticeMinutes: null } })).setBookingRules.minNoticeMinutes).toBe(0);
    expect((await fm.data(SET, { input: { spaceKind: 'PHONE_BOOTH', maxDurationMinutes: 90 } })).setBookingRules.maxDurationMinutes).toBe(
      90,
    );
    const defaults = await fm.data(`{ bookingRuleDefaults { kind rules { maxDurationMinutes } } }`);
    expect(defaults.bookingRuleDefaults.find((d: { kind: string }) => d.kind === 'PHONE_BOOTH').rules.maxDurationMinutes).toBe(90);
    expect((await fm.error(SET, { input: { spaceKind: 'DESK', slotMinutes: null } })).extensions?.reason).toBe('RULES_INVALID');
    expect((await fm.error(SET, { input: { spaceKind: 'DESK', spaceId: room.id } })).extensions?.reason).toBe('RULES_TARGET_INVALID');
    await fm.data(SET, { input: { spaceKind: 'PHONE_BOOTH', maxDurationMinutes: 120 } });
  });

  it('deactivates a space so it can no longer be booked', async () => {
    const site = await api.make.site();
    const desk = await api.make.space(site.floorId);
    await fm.data(`mutation($id: ID!) { updateSpace(input: { id: $id, active: false }) { active } }`, { id: desk.id });
    const me = await api.as(await api.make.user());
    const err = await me.error(`mutation($input: CreateBookingInput!) { createBooking(input: $input) { id } }`, {
      input: { spaceId: desk.id, startsAt: '2027-01-12T09:00:00+01:00', endsAt: '2027-01-12T12:00:00+01:00' },
    });
    expect(err.extensions?.code).toBe('NOT_FOUND');
  });
});
