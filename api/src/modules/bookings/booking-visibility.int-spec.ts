import { startTestApi, type GraphqlClient, type TestApi } from '@plekwijzer/test';

const FIELDS = `id title detailsHidden booker { id displayName } organisation { name } attendees { id } externalAttendees seriesId space { id confidential }`;
const LIST = `query($f: BookingsFilter!) { bookings(filter: $f) { ${FIELDS} } }`;
const ONE = `query($id: ID!) { booking(id: $id) { ${FIELDS} } }`;
const CREATE = `mutation($input: CreateBookingInput!) { createBooking(input: $input) { id } }`;
const range = { from: '2027-01-12T00:00:00+01:00', to: '2027-01-13T00:00:00+01:00' };
const MARKER = 'Geheim-overleg-7f3a';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

/** A meeting room open to partners and a consultation room, each with a booking that has details. */
async function scene() {
  const site = await api.make.site();
  const room = await api.make.space(site.floorId, { kind: 'MEETING_ROOM', partnerAccess: true });
  const consult = await api.make.space(site.floorId, { kind: 'CONSULTATION_ROOM' });
  const orgA = await api.make.organisation();
  const orgB = await api.make.organisation();
  const aliceUser = await api.make.user({ displayName: 'Alice Peeters' });
  const colleague = await api.make.user();
  const swUser = await api.make.user({ roles: ['SOCIAL_WORKER'], displayName: 'Sarah De Smet' });
  const partnerAUser = await api.make.user({ roles: ['PARTNER'], organisationId: orgA.id });
  const alice = await api.as(aliceUser);
  const meeting = await alice.data(CREATE, {
    input: {
      spaceId: room.id,
      startsAt: '2027-01-12T09:00:00+01:00',
      endsAt: '2027-01-12T10:00:00+01:00',
      title: MARKER,
      attendeeIds: [colleague.id],
      externalAttendees: 2,
    },
  });
  const talk = await (
    await api.as(swUser)
  ).data(CREATE, {
    input: { spaceId: consult.id, startsAt: '2027-01-12T09:00:00+01:00', endsAt: '2027-01-12T10:00:00+01:00' },
  });
  const partnerBooking = await (
    await api.as(partnerAUser)
  ).data(CREATE, {
    input: { spaceId: room.id, startsAt: '2027-01-12T11:00:00+01:00', endsAt: '2027-01-12T12:00:00+01:00', title: 'Zitdag' },
  });
  const as = async (roles: Parameters<TestApi['make']['user']>[0]) => api.as(await api.make.user(roles));
  return {
    site,
    ids: { meeting: meeting.createBooking.id, talk: talk.createBooking.id, partner: partnerBooking.createBooking.id },
    viewers: {
      employee: await as({ roles: ['EMPLOYEE'] }),
      socialWorker: await as({ roles: ['SOCIAL_WORKER'] }),
      facilityManager: await as({ roles: ['FACILITY_MANAGER'] }),
      reception: await as({ roles: ['RECEPTION'] }),
      management: await as({ roles: ['MANAGEMENT'] }),
      admin: await as({ roles: ['ADMIN'] }),
      partnerA: await as({ roles: ['PARTNER'], organisationId: orgA.id }),
      partnerB: await as({ roles: ['PARTNER'], organisationId: orgB.id }),
    } satisfies Record<string, GraphqlClient>,
    aliceId: aliceUser.id,
  };
}

type Seen = {
  id: string;
  title: string | null;
  detailsHidden: boolean;
  booker: { displayName: string } | null;
  attendees: unknown[];
  organisation: { name: string } | null;
};

async function list(client: GraphqlClient, siteId: string): Promise<Map<string, Seen>> {
  const data = await client.data(LIST, { f: { ...range, siteId } });
  return new Map((data.bookings as Seen[]).map((b) => [b.id, b]));
}

describe('what each role sees of other people’s bookings', () => {
  it('staff colleagues see who and what; partners only that the slot is busy', async () => {
    const s = await scene();
    const byEmployee = await list(s.viewers.employee, s.site.id);
    expect(byEmployee.get(s.ids.meeting)).toMatchObject({ title: MARKER, detailsHidden: false, booker: { displayName: 'Alice Peeters' } });
    expect(byEmployee.has(s.ids.talk)).toBe(false); // employees may not book consultation rooms, so do not see them

    const byPartnerB = await list(s.viewers.partnerB, s.site.id);
    expect(byPartnerB.get(s.ids.meeting)).toMatchObject({
      title: null,
      detailsHidden: true,
      booker: null,
      attendees: [],
      organisation: null,
    });
    expect(byPartnerB.get(s.ids.partner)).toMatchObject({ title: null, detailsHidden: true, booker: null, organisation: null });
    expect(byPartnerB.has(s.ids.talk)).toBe(false);

    const byPartnerA = await list(s.viewers.partnerA, s.site.id);
    expect(byPartnerA.get(s.ids.partner)).toMatchObject({ title: 'Zitdag', detailsHidden: false });
    expect(byPartnerA.get(s.ids.meeting)).toMatchObject({ title: null, booker: null });
  });

  it('a confidential talk shows as busy with the staff member to staff, and never with details', async () => {
    const s = await scene();
    for (const viewer of [s.viewers.facilityManager, s.viewers.socialWorker]) {
      const talk = (await list(viewer, s.site.id)).get(s.ids.talk);
      expect(talk).toMatchObject({ title: null, detailsHidden: true, booker: { displayName: 'Sarah De Smet' }, attendees: [] });
    }
  });

  it('management and administrators get no booking lists; reception sees none without spaces to guide to', async () => {
    const s = await scene();
    for (const viewer of [s.viewers.management, s.viewers.admin, s.viewers.reception]) {
      expect((await list(viewer, s.site.id)).size).toBe(0);
    }
  });

  it('a single booking is NOT_FOUND for those who may not see it, and masked for the rest', async () => {
    const s = await scene();
    expect((await s.viewers.employee.error(ONE, { id: s.ids.talk })).extensions?.code).toBe('NOT_FOUND');
    expect((await s.viewers.management.error(ONE, { id: s.ids.meeting })).extensions?.code).toBe('NOT_FOUND');
    const masked = await s.viewers.partnerB.data(ONE, { id: s.ids.meeting });
    expect(masked.booking).toMatchObject({ title: null, booker: null, detailsHidden: true, externalAttendees: 0, seriesId: null });
  });

  it('no response to anyone but the booker contains the title of a hidden booking', async () => {
    const s = await scene();
    for (const [role, viewer] of Object.entries(s.viewers)) {
      const res = await viewer.request(LIST, { f: { ...range, siteId: s.site.id } });
      const text = JSON.stringify(res);
      if (role === 'employee' || role === 'socialWorker' || role === 'facilityManager') continue; // staff may read meeting titles
      expect({ role, leaked: text.includes(MARKER) }).toEqual({ role, leaked: false });
    }
  });
});
