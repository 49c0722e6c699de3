import { startTestApi, type GraphqlClient, type TestApi } from '@plekwijzer/test';

// The test clock stands at Monday 11 January 2027, 08:00 in Brussels.
const BOOK = `mutation($input: CreateBookingInput!) { createBooking(input: $input) { id } }`;
const UPDATE = `mutation($input: UpdateSpaceInput!) { updateSpace(input: $input) { id active } }`;
const UPDATE_MANY = `mutation($input: UpdateSpacesInput!) { updateSpaces(input: $input) { id name equipment zone { name } } }`;

let api: TestApi;
let fm: GraphqlClient;
let fmUser: { id: string };
beforeAll(async () => {
  api = await startTestApi();
  fmUser = await api.make.user({ roles: ['FACILITY_MANAGER'] });
});
beforeEach(async () => {
  api.clock.set('2027-01-11T08:00:00+01:00');
  fm = await api.as(fmUser);
});
afterAll(() => api.close());

async function book(spaceId: string, startsAt: string, endsAt: string, user?: { id: string }): Promise<string> {
  const client = await api.as(user ?? (await api.make.user()));
  return (await client.data(BOOK, { input: { spaceId, startsAt, endsAt } })).createBooking.id;
}

async function statuses(ids: string[]): Promise<string[]> {
  const { rows } = await api.db.query(`SELECT id, status FROM bookings WHERE id = ANY($1::uuid[])`, [ids]);
  return ids.map((id) => rows.find((r: { id: string }) => r.id === id).status);
}

describe('deactivating a space', () => {
  it('cancels its upcoming bookings only when confirmed, and leaves past ones and other spaces alone', async () => {
    const site = await api.make.site();
    const desk = await api.make.space(site.floorId, { name: 'D.01' });
    const other = await api.make.space(site.floorId, { name: 'D.02' });
    const past = await book(desk.id, '2027-01-11T09:00:00+01:00', '2027-01-11T10:00:00+01:00');
    api.clock.set('2027-01-11T11:00:00+01:00');
    fm = await api.as(fmUser);
    const future = [
      await book(desk.id, '2027-01-12T09:00:00+01:00', '2027-01-12T12:00:00+01:00'),
      await book(desk.id, '2027-01-20T09:00:00+01:00', '2027-01-20T12:00:00+01:00'),
    ];
    const elsewhere = await book(other.id, '2027-01-12T09:00:00+01:00', '2027-01-12T12:00:00+01:00');

    const preview = await fm.data(
      `mutation($input: UpdateSpaceInput!) { previewUpdateSpace(input: $input) { count bookings { id reason } } }`,
      {
        input: { id: desk.id, active: false },
      },
    );
    expect(preview.previewUpdateSpace).toEqual({ count: 2, bookings: future.map((id) => ({ id, reason: 'SPACE_INACTIVE' })) });

    const refused = await fm.error(UPDATE, { input: { id: desk.id, active: false } });
    expect(refused.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ADMIN_CHANGE_AFFECTS_BOOKINGS', params: { count: 2 } });
    const { rows } = await api.db.query(`SELECT active FROM spaces WHERE id = $1`, [desk.id]);
    expect(rows[0].active).toBe(true);

    const done = await fm.data(UPDATE, {
      input: { id: desk.id, active: false, cancelAffected: true, cancellationMessage: 'Bureau defect' },
    });
    expect(done.updateSpace.active).toBe(false);
    expect(await statuses([past, ...future, elsewhere])).toEqual(['CONFIRMED', 'CANCELLED', 'CANCELLED', 'CONFIRMED']);
  });

  it('counts a change of kind as affecting upcoming bookings (they were made under the old kind’s rules)', async () => {
    const site = await api.make.site();
    const desk = await api.make.space(site.floorId);
    const booking = await book(desk.id, '2027-01-12T09:00:00+01:00', '2027-01-12T12:00:00+01:00');
    expect((await fm.error(UPDATE, { input: { id: desk.id, kind: 'QUIET_ROOM' } })).extensions?.reason).toBe(
      'ADMIN_CHANGE_AFFECTS_BOOKINGS',
    );
    await fm.data(UPDATE, { input: { id: desk.id, kind: 'QUIET_ROOM', cancelAffected: true, cancellationMessage: 'Wordt stilteruimte' } });
    expect(await statuses([booking])).toEqual(['CANCELLED']);
  });
});

describe('bulk editing spaces', () => {
  it('gives all desks of zone B a second screen in one change, each recorded', async () => {
    const site = await api.make.site();
    const { rows } = await api.db.query(`INSERT INTO zones (floor_id, name) VALUES ($1, 'Zone B') RETURNING id`, [site.floorId]);
    const zoneB = rows[0].id;
    const desks = [
      await api.make.space(site.floorId, { name: 'B.01', zoneId: zoneB, equipment: ['SCREEN'] }),
      await api.make.space(site.floorId, { name: 'B.02', zoneId: zoneB, equipment: ['SCREEN', 'DUAL_SCREEN'] }),
    ];
    const inZone = await fm.data(`query($f: SpacesFilter) { spaces(filter: $f) { id } }`, { f: { zoneId: zoneB, kinds: ['DESK'] } });
    const updated = await fm.data(UPDATE_MANY, {
      input: { ids: inZone.spaces.map((s: { id: string }) => s.id), addEquipment: ['DUAL_SCREEN'], removeEquipment: ['SCREEN'] },
    });
    expect(updated.updateSpaces).toEqual([
      { id: desks[0]!.id, name: 'B.01', equipment: ['DUAL_SCREEN'], zone: { name: 'Zone B' } },
      { id: desks[1]!.id, name: 'B.02', equipment: ['DUAL_SCREEN'], zone: { name: 'Zone B' } },
    ]);
    const changes = await fm.data(`query($id: ID!) { adminChanges(targetId: $id) { action changes { field before after } } }`, {
      id: desks[0]!.id,
    });
    expect(changes.adminChanges).toEqual([
      { action: 'space.update', changes: [{ field: 'equipment', before: '["SCREEN"]', after: '["DUAL_SCREEN"]' }] },
    ]);
  });

  it('changes nothing when one space is unknown or a bulk deactivation is not confirmed', async () => {
    const site = await api.make.site();
    const a = await api.make.space(site.floorId);
    const b = await api.make.space(site.floorId);
    await book(b.id, '2027-01-13T09:00:00+01:00', '2027-01-13T10:00:00+01:00');
    const unknown = await fm.error(UPDATE_MANY, { input: { ids: [a.id, '9f1f8d76-5b1e-4d0a-9a7e-2b0c8c3f5d11'], capacity: 2 } });
    expect(unknown.extensions).toMatchObject({ code: 'NOT_FOUND', fieldErrors: [{ field: 'ids' }] });
    const refused = await fm.error(UPDATE_MANY, { input: { ids: [a.id, b.id], active: false } });
    expect(refused.extensions).toMatchObject({ reason: 'ADMIN_CHANGE_AFFECTS_BOOKINGS', params: { count: 1 } });
    const { rows } = await api.db.query(`SELECT capacity, active FROM spaces WHERE id = ANY($1::uuid[])`, [[a.id, b.id]]);
    expect(rows).toEqual([
      { capacity: 1, active: true },
      { capacity: 1, active: true },
    ]);
  });
});

describe('placing spaces on the plan', () => {
  it('saves positions of several spaces together and refuses a space from another floor', async () => {
    const site = await api.make.site();
    const other = await api.make.site();
    const d1 = await api.make.space(site.floorId);
    const d2 = await api.make.space(site.floorId, { position: { x: 1, y: 1, width: 10, height: 10 } });
    const stranger = await api.make.space(other.floorId);
    const PLACE = `mutation($input: PlaceSpacesInput!) { placeSpaces(input: $input) { id position { x y width height rotation } } }`;
    const placed = await fm.data(PLACE, {
      input: {
        floorId: site.floorId,
        placements: [
          { spaceId: d1.id, position: { x: 100, y: 50, width: 60, height: 40, rotation: 90 } },
          { spaceId: d2.id, position: null },
        ],
      },
    });
    expect(placed.placeSpaces).toEqual(
      expect.arrayContaining([
        { id: d1.id, position: { x: 100, y: 50, width: 60, height: 40, rotation: 90 } },
        { id: d2.id, position: null },
      ]),
    );
    const err = await fm.error(PLACE, {
      input: { floorId: site.floorId, placements: [{ spaceId: stranger.id, position: { x: 1, y: 1, width: 5, height: 5 } }] },
    });
    expect(err.extensions).toMatchObject({ code: 'NOT_FOUND', fieldErrors: [{ field: 'placements' }] });
  });
});

describe('booking rules', () => {
  it('records a change of a kind’s defaults with the old and new value', async () => {
    const SET = `mutation($input: SetBookingRulesInput!) { setBookingRules(input: $input) { maxDaysAhead } }`;
    await fm.data(SET, { input: { spaceKind: 'INFORMAL_AREA', maxDaysAhead: 45 } });
    const { adminChanges } = await fm.data(
      `{ adminChanges(targetType: BOOKING_RULES) { action targetLabel changes { field before after } } }`,
    );
    expect(adminChanges[0]).toEqual({
      action: 'rules.update_defaults',
      targetLabel: 'INFORMAL_AREA',
      changes: [{ field: 'maxDaysAhead', before: '30', after: '45' }],
    });
    await fm.data(SET, { input: { spaceKind: 'INFORMAL_AREA', maxDaysAhead: 30 } });
  });
});
