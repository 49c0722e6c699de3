import { startTestApi, type GraphqlClient, type TestApi } from '@plekwijzer/test';

const PROPOSE = `query($input: ConsultationProposalsInput!) {
  consultationProposals(input: $input) { complete siteCount proposals { spaceId spaceName siteId siteName isSatellite startsAt endsAt } } }`;
const HOLD = `mutation($input: HoldConsultationProposalsInput!) {
  holdConsultationProposals(input: $input) { id expiresAt holds { id status holdExpiresAt startsAt endsAt space { id } } } }`;
const CONFIRM = `mutation($input: ConfirmConsultationProposalInput!) { confirmConsultationProposal(input: $input) { id status holdExpiresAt } }`;
const RELEASE = `mutation($input: ReleaseConsultationProposalsInput!) { releaseConsultationProposals(input: $input) }`;
const SETS = `{ consultationProposalSets { id holds { id } } }`;
const CREATE = `mutation($input: CreateConsultationBookingInput!) { createConsultationBooking(input: $input) { id } }`;
const DETAILS = `query($id: ID!) { confidentialDetails(bookingId: $id) { clientPseudonym } }`;
const LIST = `query($f: BookingsFilter!) { bookings(filter: $f) { id status } }`;
const AVAILABLE = `query($input: AvailabilityInput!) { availability(input: $input) { id } }`;

type Proposal = { spaceId: string; siteId: string; siteName: string; isSatellite: boolean; startsAt: string; endsAt: string };

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());
// Monday 11 January 2027, 08:00 in Brussels
beforeEach(() => api.clock.set('2027-01-11T08:00:00+01:00'));

const local = (iso: string) => new Date(iso).toLocaleString('sv-SE', { timeZone: 'Europe/Brussels' }).slice(0, 16);
const minutes = (iso: string) => Number(local(iso).slice(11, 13)) * 60 + Number(local(iso).slice(14, 16));

/**
 * A main building (Mon–Fri 08:30–12:00 and 13:00–17:00) with two consultation rooms and a
 * satellite (Tue and Thu 09:00–12:00) with one, a worker and a colleague.
 */
async function world() {
  const weekdays = (opens: string, closes: string, days = [1, 2, 3, 4, 5]) =>
    days.map((d) => [d, opens, closes] as [number, string, string]);
  const main = await api.make.site({ hours: [...weekdays('08:30', '12:00'), ...weekdays('13:00', '17:00')] });
  const satellite = await api.make.site({ isSatellite: true, hours: weekdays('09:00', '12:00', [2, 4]) });
  const rooms = {
    a: await api.make.space(main.floorId, { kind: 'CONSULTATION_ROOM', name: 'A' }),
    b: await api.make.space(main.floorId, { kind: 'CONSULTATION_ROOM', name: 'B' }),
    lib: await api.make.space(satellite.floorId, { kind: 'CONSULTATION_ROOM', name: 'Bib' }),
  };
  const meeting = await api.make.space(main.floorId, { kind: 'MEETING_ROOM' });
  const workerUser = await api.make.user({ roles: ['SOCIAL_WORKER'] });
  const colleagueUser = await api.make.user({ roles: ['SOCIAL_WORKER'] });
  return {
    main,
    satellite,
    rooms,
    meeting,
    workerUser,
    worker: await api.as(workerUser),
    colleagueUser,
    colleague: await api.as(colleagueUser),
    siteIds: [main.id, satellite.id],
  };
}
type World = Awaited<ReturnType<typeof world>>;

async function propose(
  w: World,
  client: GraphqlClient = w.worker,
  from = '2027-01-12',
  to = '2027-01-14',
): Promise<{ complete: boolean; proposals: Proposal[] }> {
  return (await client.data(PROPOSE, { input: { durationMinutes: 60, from, to, siteIds: w.siteIds } })).consultationProposals;
}

async function hold(w: World, proposals: Proposal[], client = w.worker) {
  const input = { proposals: proposals.map(({ spaceId, startsAt, endsAt }) => ({ spaceId, startsAt, endsAt })) };
  return (await client.data(HOLD, { input })).holdConsultationProposals as {
    id: string;
    expiresAt: string;
    holds: { id: string; status: string; holdExpiresAt: string; startsAt: string; endsAt: string; space: { id: string } }[];
  };
}

async function statusOf(ids: string[]): Promise<string[]> {
  const { rows } = await api.db.query<{ id: string; status: string }>(`SELECT id, status FROM bookings WHERE id = ANY($1::uuid[])`, [ids]);
  const byId = new Map(rows.map((r) => [r.id, r.status]));
  return ids.map((id) => byId.get(id) ?? 'MISSING');
}

describe('proposals for a citizen', () => {
  it('offer two sites, main building first and a satellite, with two separate times each', async () => {
    const w = await world();
    const r = await propose(w);
    expect(r.complete).toBe(true);
    const bySite = new Map<string, Proposal[]>();
    for (const p of r.proposals) bySite.set(p.siteId, [...(bySite.get(p.siteId) ?? []), p]);
    expect([...bySite.keys()]).toEqual([w.main.id, w.satellite.id]);
    for (const slots of bySite.values()) {
      expect(slots).toHaveLength(2);
      expect(new Set(slots.map((s) => s.startsAt)).size).toBe(2);
      expect(new Date(slots[1]!.startsAt).getTime()).toBeGreaterThanOrEqual(new Date(slots[0]!.endsAt).getTime());
    }
    expect(r.proposals.map((p) => p.isSatellite)).toEqual([false, false, true, true]);
  });

  it('stay inside opening hours and off the worker’s own bookings and other talks with their buffer', async () => {
    const w = await world();
    // the worker is in a meeting Tuesday 08:30–09:30; colleagues hold both main rooms until 10:00 (+15 min buffer)
    await w.worker.data(`mutation($input: CreateBookingInput!) { createBooking(input: $input) { id } }`, {
      input: { spaceId: w.meeting.id, startsAt: '2027-01-12T08:30:00+01:00', endsAt: '2027-01-12T09:30:00+01:00' },
    });
    for (const room of [w.rooms.a, w.rooms.b]) {
      await w.colleague.data(CREATE, {
        input: { spaceId: room.id, startsAt: '2027-01-12T09:00:00+01:00', endsAt: '2027-01-12T10:00:00+01:00' },
      });
    }
    const { proposals } = await propose(w);
    const main = proposals.filter((p) => p.siteId === w.main.id).map((p) => [local(p.startsAt), local(p.endsAt)]);
    expect(main).toEqual([
      ['2027-01-12 10:15', '2027-01-12 11:15'],
      ['2027-01-12 13:00', '2027-01-12 14:00'], // 11:30–12:30 would run past the lunch closing
    ]);
    const sat = proposals.filter((p) => p.siteId === w.satellite.id).map((p) => local(p.startsAt));
    expect(sat).toEqual(['2027-01-12 09:30', '2027-01-12 10:45']); // after the worker's meeting; 15 min between talks
    for (const p of proposals) {
      const [start, end] = [minutes(p.startsAt), minutes(p.endsAt)];
      const open = p.siteId === w.main.id ? (start >= 510 && end <= 720) || (start >= 780 && end <= 1020) : start >= 540 && end <= 720;
      expect({ p, open }).toEqual({ p, open: true });
    }
  });

  it('stay off meetings the worker attends and talks they are co-worker on, but not off their desk', async () => {
    const w = await world();
    const desk = await api.make.space(w.main.floorId, { kind: 'DESK' });
    await w.worker.data(`mutation($input: CreateBookingInput!) { createBooking(input: $input) { id } }`, {
      input: { spaceId: desk.id, startsAt: '2027-01-12T08:30:00+01:00', endsAt: '2027-01-12T12:00:00+01:00' },
    });
    const organiser = await api.as(await api.make.user());
    await organiser.data(`mutation($input: CreateBookingInput!) { createBooking(input: $input) { id } }`, {
      input: {
        spaceId: w.meeting.id,
        startsAt: '2027-01-12T08:30:00+01:00',
        endsAt: '2027-01-12T09:30:00+01:00',
        attendeeIds: [w.workerUser.id],
      },
    });
    await w.colleague.data(CREATE, {
      input: {
        spaceId: w.rooms.lib.id,
        startsAt: '2027-01-12T10:45:00+01:00',
        endsAt: '2027-01-12T11:45:00+01:00',
        details: { clientPseudonym: 'K.L.' },
        coWorkerId: w.workerUser.id,
      },
    });
    const { proposals } = await propose(w);
    const tuesday = proposals.filter((p) => local(p.startsAt).startsWith('2027-01-12')).map((p) => [local(p.startsAt), local(p.endsAt)]);
    const overlaps = ([start, end]: string[], [from, to]: string[]) => start! < to! && end! > from!;
    const clashes = tuesday.filter(
      (slot) => overlaps(slot, ['2027-01-12 08:30', '2027-01-12 09:30']) || overlaps(slot, ['2027-01-12 10:45', '2027-01-12 11:45']),
    );
    expect(clashes).toEqual([]);
    expect(tuesday.filter(([start]) => start! < '2027-01-12 12:00')).not.toEqual([]); // the morning at a desk leaves room for a talk
  });

  it('are for social workers only', async () => {
    const w = await world();
    const employee = await api.as(await api.make.user({ roles: ['EMPLOYEE'] }));
    expect((await employee.error(PROPOSE, { input: { durationMinutes: 60, from: '2027-01-12', to: '2027-01-14' } })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await w.worker.error(PROPOSE, { input: { durationMinutes: 60, from: '2027-01-12', to: '2027-03-12' } })).extensions?.reason,
    ).toBe('RANGE_TOO_LARGE');
    expect((await w.worker.error(PROPOSE, { input: { durationMinutes: 50, from: '2027-01-12', to: '2027-01-12' } })).extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('holding proposals', () => {
  it('blocks the rooms like bookings, buffer included, until the citizen chooses', async () => {
    const w = await world();
    const { proposals } = await propose(w);
    const set = await hold(w, proposals);
    expect(set.holds).toHaveLength(4);
    expect(set.holds.every((h) => h.status === 'PENDING' && h.holdExpiresAt === set.expiresAt)).toBe(true);
    expect(new Date(set.expiresAt).getTime() - new Date('2027-01-11T08:00:00+01:00').getTime()).toBe(48 * 3600_000);
    const first = set.holds[0]!;
    // the colleague sees the slot busy and cannot take it, nor the 15 minutes after it
    const busy = await w.colleague.data(LIST, {
      f: { siteId: w.main.id, from: '2027-01-12T00:00:00+01:00', to: '2027-01-13T00:00:00+01:00' },
    });
    expect(busy.bookings.map((b: { id: string }) => b.id)).toContain(first.id);
    const taken = await w.colleague.error(CREATE, { input: { spaceId: first.space.id, startsAt: first.startsAt, endsAt: first.endsAt } });
    expect(taken.extensions?.reason).toBe('BOOKING_CONFLICT');
    const tooClose = first.endsAt; // back to back: the room's 15-minute buffer is not kept
    const afterwards = await w.colleague.error(CREATE, {
      input: { spaceId: first.space.id, startsAt: tooClose, endsAt: new Date(new Date(tooClose).getTime() + 3600_000).toISOString() },
    });
    expect(afterwards.extensions?.reason).toBe('BOOKING_BUFFER_CONFLICT');
    const free = await w.colleague.data(AVAILABLE, {
      input: { siteId: w.main.id, kinds: ['CONSULTATION_ROOM'], startsAt: first.startsAt, endsAt: first.endsAt },
    });
    expect(free.availability.map((s: { id: string }) => s.id)).not.toContain(first.space.id);
    // a new search offers other slots
    const again = await propose(w, w.colleague);
    expect(again.proposals.map((p) => `${p.spaceId}@${p.startsAt}`)).not.toContain(`${first.space.id}@${first.startsAt}`);
  });

  it('refuses slots that overlap the worker’s own bookings or break a rule, all or nothing', async () => {
    const w = await world();
    const { proposals } = await propose(w);
    await w.worker.data(`mutation($input: CreateBookingInput!) { createBooking(input: $input) { id } }`, {
      input: { spaceId: w.meeting.id, startsAt: proposals[1]!.startsAt, endsAt: proposals[1]!.endsAt },
    });
    const busy = await w.worker.error(HOLD, {
      input: { proposals: proposals.map(({ spaceId, startsAt, endsAt }) => ({ spaceId, startsAt, endsAt })) },
    });
    expect(busy.extensions).toMatchObject({ reason: 'CONSULTATION_WORKER_BUSY', fieldErrors: [{ field: 'proposals.1.startsAt' }] });
    const closed = await w.worker.error(HOLD, {
      input: {
        proposals: [
          { spaceId: w.rooms.a.id, startsAt: '2027-01-13T10:00:00+01:00', endsAt: '2027-01-13T11:00:00+01:00' },
          { spaceId: w.rooms.lib.id, startsAt: '2027-01-13T10:00:00+01:00', endsAt: '2027-01-13T11:00:00+01:00' }, // Wednesday: closed
        ],
      },
    });
    expect(closed.extensions?.reason).toBe('BOOKING_OUTSIDE_OPENING_HOURS');
    const { rows } = await api.db.query(`SELECT count(*)::int AS n FROM bookings WHERE hold_expires_at IS NOT NULL AND booker_id = $1`, [
      w.workerUser.id,
    ]);
    expect(rows[0].n).toBe(0);
  });

  it('confirming the chosen slot books it and releases the others at once', async () => {
    const w = await world();
    const set = await hold(w, (await propose(w)).proposals);
    const chosen = set.holds[2]!;
    const confirmed = await w.worker.data(CONFIRM, { input: { bookingId: chosen.id, details: { clientPseudonym: 'C.D.' } } });
    expect(confirmed.confirmConsultationProposal).toEqual({ id: chosen.id, status: 'CONFIRMED', holdExpiresAt: null });
    expect(await statusOf(set.holds.map((h) => h.id))).toEqual(set.holds.map((h) => (h.id === chosen.id ? 'CONFIRMED' : 'CANCELLED')));
    expect((await w.worker.data(DETAILS, { id: chosen.id })).confidentialDetails.clientPseudonym).toBe('C.D.');
    expect((await w.worker.data(SETS)).consultationProposalSets).toEqual([]);
    // a released slot is free for the colleague straight away; the chosen one cannot be confirmed twice
    const released = set.holds[0]!;
    await w.colleague.data(CREATE, { input: { spaceId: released.space.id, startsAt: released.startsAt, endsAt: released.endsAt } });
    expect((await w.worker.error(CONFIRM, { input: { bookingId: released.id } })).extensions?.reason).toBe('CONSULTATION_HOLD_NOT_HELD');
    expect((await w.colleague.error(CONFIRM, { input: { bookingId: chosen.id } })).extensions?.code).toBe('NOT_FOUND');
    const { rows } = await api.db.query(`SELECT outcome FROM consultation_holds WHERE proposal_set_id = $1 ORDER BY outcome`, [set.id]);
    expect(rows.map((r) => r.outcome)).toEqual(['CHOSEN', 'NOT_CHOSEN', 'NOT_CHOSEN', 'NOT_CHOSEN']);
  });

  it('releasing gives every slot back; details cannot be recorded on a hold', async () => {
    const w = await world();
    const set = await hold(w, (await propose(w)).proposals);
    const err = await w.worker.error(
      `mutation($input: UpdateConfidentialDetailsInput!) { updateConfidentialDetails(input: $input) { note } }`,
      {
        input: { bookingId: set.holds[0]!.id, note: 'x' },
      },
    );
    expect(err.extensions?.reason).toBe('CONSULTATION_HOLD_NOT_HELD');
    expect((await w.colleague.error(RELEASE, { input: { proposalSetId: set.id } })).extensions?.code).toBe('NOT_FOUND');
    expect((await w.worker.data(SETS)).consultationProposalSets).toHaveLength(1);
    await w.worker.data(RELEASE, { input: { proposalSetId: set.id } });
    expect(new Set(await statusOf(set.holds.map((h) => h.id)))).toEqual(new Set(['CANCELLED']));
    expect((await w.worker.data(SETS)).consultationProposalSets).toEqual([]);
  });

  it('expired holds free the rooms at once, before any job runs, and can no longer be confirmed', async () => {
    const w = await world();
    const set = await hold(w, (await propose(w, w.worker, '2027-01-14', '2027-01-15')).proposals);
    const slot = set.holds[0]!;
    api.clock.advance(48 * 3600_000 + 60_000); // Wednesday 08:01, the talks are on Thursday
    w.worker = await api.as(w.workerUser); // fresh sign-ins: access tokens last 30 minutes
    w.colleague = await api.as(w.colleagueUser);
    const range = { siteId: w.main.id, from: '2027-01-14T00:00:00+01:00', to: '2027-01-15T00:00:00+01:00' };
    expect((await w.colleague.data(LIST, { f: range })).bookings.map((b: { id: string }) => b.id)).not.toContain(slot.id);
    const free = await w.colleague.data(AVAILABLE, {
      input: { siteId: w.main.id, kinds: ['CONSULTATION_ROOM'], startsAt: slot.startsAt, endsAt: slot.endsAt },
    });
    expect(free.availability.map((s: { id: string }) => s.id)).toContain(slot.space.id);
    expect((await w.worker.error(CONFIRM, { input: { bookingId: set.holds[1]!.id } })).extensions?.reason).toBe(
      'CONSULTATION_HOLD_EXPIRED',
    );
    await w.colleague.data(CREATE, { input: { spaceId: slot.space.id, startsAt: slot.startsAt, endsAt: slot.endsAt } });
    // the job tidies up what is left and marks every hold of the set as expired
    const { ConsultationsService } = await import('./consultations.service.js');
    await api.app.get(ConsultationsService).expireDue();
    expect(new Set(await statusOf(set.holds.map((h) => h.id)))).toEqual(new Set(['CANCELLED']));
    const { rows } = await api.db.query(`SELECT DISTINCT outcome FROM consultation_holds WHERE proposal_set_id = $1`, [set.id]);
    expect(rows).toEqual([{ outcome: 'EXPIRED' }]);
  });
});

describe('hold duration', () => {
  let short: TestApi;
  beforeAll(async () => {
    short = await startTestApi({ env: { PROPOSAL_HOLD_HOURS: '2' } });
  });
  afterAll(() => short.close());

  it('follows PROPOSAL_HOLD_HOURS', async () => {
    const site = await short.make.site();
    const rooms = [
      await short.make.space(site.floorId, { kind: 'CONSULTATION_ROOM' }),
      await short.make.space(site.floorId, { kind: 'CONSULTATION_ROOM' }),
    ];
    const sw = await short.as(await short.make.user({ roles: ['SOCIAL_WORKER'] }));
    const set = (
      await sw.data(HOLD, {
        input: {
          proposals: rooms.map((r) => ({ spaceId: r.id, startsAt: '2027-01-12T10:00:00+01:00', endsAt: '2027-01-12T11:00:00+01:00' })),
        },
      })
    ).holdConsultationProposals;
    expect(new Date(set.expiresAt).getTime() - short.clock.now().getTime()).toBe(2 * 3600_000);
  });
});
