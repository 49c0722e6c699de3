import { startTestApi, type MadeUser, type TestApi } from '@plekwijzer/test';

const CREATE = `mutation($input: CreateConsultationBookingInput!) {
  createConsultationBooking(input: $input) { id title detailsHidden status viewerCanReadConfidentialDetails space { confidential } } }`;
const DETAILS = `query($id: ID!) { confidentialDetails(bookingId: $id) { bookingId clientPseudonym caseReference note coWorker { id } erasedAt viewerIsBooker } }`;
const UPDATE = `mutation($input: UpdateConfidentialDetailsInput!) { updateConfidentialDetails(input: $input) { clientPseudonym note } }`;
const CO_WORKER = `mutation($input: SetConfidentialCoWorkerInput!) { setConfidentialCoWorker(input: $input) { coWorker { id } } }`;
const TALKS = `query($from: DateTime!, $to: DateTime!) { confidentialTalks(from: $from, to: $to) { id viewerCanReadConfidentialDetails isMine } }`;
const WHEN = { startsAt: '2027-01-12T10:00:00+01:00', endsAt: '2027-01-12T11:00:00+01:00' };

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());
beforeEach(() => api.clock.set('2027-01-11T08:00:00+01:00'));

type AuditRow = {
  actorId: string | null;
  bookingId: string | null;
  subjectId: string | null;
  action: string;
  result: string;
  requestId: string | null;
};
async function auditOf(bookingId: string): Promise<AuditRow[]> {
  const { rows } = await api.db.query<AuditRow>(
    `SELECT actor_id AS "actorId", booking_id AS "bookingId", subject_id AS "subjectId", action, result, request_id AS "requestId"
       FROM confidential_audit_log WHERE booking_id = $1 ORDER BY seq`,
    [bookingId],
  );
  return rows;
}

async function scene() {
  const site = await api.make.site();
  const room = await api.make.space(site.floorId, { kind: 'CONSULTATION_ROOM' });
  const user = (roles: Parameters<TestApi['make']['user']>[0]) => api.make.user(roles);
  const booker = await user({ roles: ['SOCIAL_WORKER'] });
  const colleague = await user({ roles: ['SOCIAL_WORKER'] });
  const others: Record<string, MadeUser> = {
    socialWorker: await user({ roles: ['SOCIAL_WORKER'] }),
    employee: await user({ roles: ['EMPLOYEE'] }),
    reception: await user({ roles: ['RECEPTION'] }),
    facilityManager: await user({ roles: ['FACILITY_MANAGER', 'EMPLOYEE'] }),
    management: await user({ roles: ['MANAGEMENT'] }),
    admin: await user({ roles: ['ADMIN'] }),
    partner: await user({ roles: ['PARTNER'], organisationId: (await api.make.organisation()).id }),
  };
  const sw = await api.as(booker);
  const talk = (
    await sw.data(CREATE, {
      input: { spaceId: room.id, ...WHEN, details: { clientPseudonym: 'J.D.', caseReference: 'DOS-2027-001', note: 'Eerste gesprek' } },
    })
  ).createConsultationBooking;
  return { site, room, booker, colleague, others, sw, talk };
}

describe('who may book a confidential consultation room', () => {
  it('social workers only by default; employees and facility managers are refused, partners never see it', async () => {
    const { room } = await scene();
    const attempt = async (roles: Parameters<TestApi['make']['user']>[0]) =>
      (await api.as(await api.make.user(roles))).request(CREATE, {
        input: { spaceId: room.id, startsAt: '2027-01-13T10:00:00+01:00', endsAt: '2027-01-13T11:00:00+01:00' },
      });
    expect((await attempt({ roles: ['EMPLOYEE'] })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await attempt({ roles: ['FACILITY_MANAGER'] })).errors?.[0]?.extensions?.reason).toBe('SPACE_NOT_BOOKABLE');
    expect((await attempt({ roles: ['RECEPTION'] })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const sw = await attempt({ roles: ['SOCIAL_WORKER'] });
    expect(sw.errors).toBeUndefined();
  });

  it('opens to a role the facility manager names, but client details stay with social workers', async () => {
    const site = await api.make.site();
    const room = await api.make.space(site.floorId, { kind: 'CONSULTATION_ROOM', bookableByRoles: ['SOCIAL_WORKER', 'EMPLOYEE'] });
    const employee = await api.as(await api.make.user({ roles: ['EMPLOYEE'] }));
    const plain = await employee.data(CREATE, { input: { spaceId: room.id, ...WHEN } });
    expect(plain.createConsultationBooking).toMatchObject({ title: null, viewerCanReadConfidentialDetails: false });
    const withDetails = await employee.error(CREATE, {
      input: { spaceId: room.id, startsAt: '2027-01-12T14:00:00+01:00', endsAt: '2027-01-12T15:00:00+01:00', details: { note: 'x' } },
    });
    expect(withDetails.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CONFIDENTIAL_DETAILS_NOT_ALLOWED' });
    const { rows } = await api.db.query(`SELECT count(*)::int AS n FROM bookings WHERE space_id = $1`, [room.id]);
    expect(rows[0].n).toBe(1);
  });

  it('never to partners, even when the room is opened to partner access', async () => {
    const site = await api.make.site();
    const room = await api.make.space(site.floorId, { kind: 'CONSULTATION_ROOM', partnerAccess: true });
    const partner = await api.as(await api.make.user({ roles: ['PARTNER'], organisationId: (await api.make.organisation()).id }));
    expect((await partner.error(CREATE, { input: { spaceId: room.id, ...WHEN } })).extensions?.code).toBe('NOT_FOUND');
    expect((await partner.data(`{ spaces { id } }`)).spaces.map((s: { id: string }) => s.id)).not.toContain(room.id);
  });

  it('refuses a room that is not a confidential consultation room, and a title on one', async () => {
    const site = await api.make.site();
    const meeting = await api.make.space(site.floorId, { kind: 'MEETING_ROOM' });
    const room = await api.make.space(site.floorId, { kind: 'CONSULTATION_ROOM' });
    const sw = await api.as(await api.make.user({ roles: ['SOCIAL_WORKER'] }));
    expect((await sw.error(CREATE, { input: { spaceId: meeting.id, ...WHEN } })).extensions?.reason).toBe('CONFIDENTIAL_SPACE_REQUIRED');
    const titled = await sw.error(`mutation($input: CreateBookingInput!) { createBooking(input: $input) { id } }`, {
      input: { spaceId: room.id, ...WHEN, title: 'Gesprek met J.D.' },
    });
    expect(titled.extensions?.fieldErrors?.[0]?.field).toBe('title');
  });
});

describe('who may read client details', () => {
  it('the booker reads them; everyone else, administrators and facility managers included, gets NOT_FOUND', async () => {
    const s = await scene();
    const mine = await s.sw.data(DETAILS, { id: s.talk.id });
    expect(mine.confidentialDetails).toEqual({
      bookingId: s.talk.id,
      clientPseudonym: 'J.D.',
      caseReference: 'DOS-2027-001',
      note: 'Eerste gesprek',
      coWorker: null,
      erasedAt: null,
      viewerIsBooker: true,
    });
    for (const [role, user] of Object.entries(s.others)) {
      const err = await (await api.as(user)).error(DETAILS, { id: s.talk.id });
      expect({ role, code: err.extensions?.code, data: err.data }).toEqual({ role, code: 'NOT_FOUND', data: null });
    }
    expect(s.talk).toMatchObject({ title: null, viewerCanReadConfidentialDetails: true });
  });

  it('writes every read and every refusal to the audit log, with actor, booking, result and request id', async () => {
    const s = await scene();
    await s.sw.data(DETAILS, { id: s.talk.id });
    await (await api.as(s.others.admin!)).error(DETAILS, { id: s.talk.id });
    await (await api.as(s.others.facilityManager!)).error(DETAILS, { id: s.talk.id });
    const log = await auditOf(s.talk.id);
    expect(log.map((e) => [e.action, e.result, e.actorId])).toEqual([
      ['WRITE_DETAILS', 'ALLOWED', s.booker.id],
      ['READ_DETAILS', 'ALLOWED', s.booker.id],
      ['READ_DETAILS', 'DENIED', s.others.admin!.id],
      ['READ_DETAILS', 'DENIED', s.others.facilityManager!.id],
    ]);
    for (const e of log) expect(e.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('takes the caller’s X-Request-Id, echoes it, and logs a denial of an unknown booking too', async () => {
    const user = await api.make.user({ roles: ['SOCIAL_WORKER'] });
    const token = (await api.as(user)).token!;
    const unknown = '7d5e2a10-3c4b-4f6e-9a8b-1c2d3e4f5a6b';
    const res = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': 'trace-abc-12345' },
      body: JSON.stringify({ query: DETAILS, variables: { id: unknown } }),
    });
    expect(res.headers.get('x-request-id')).toBe('trace-abc-12345');
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('NOT_FOUND');
    expect(await auditOf(unknown)).toEqual([
      { actorId: user.id, bookingId: unknown, subjectId: null, action: 'READ_DETAILS', result: 'DENIED', requestId: 'trace-abc-12345' },
    ]);
    const generated = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ appInfo { name } }"}',
    });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a co-worker the booker names reads them too, until removed; each change of who may read is logged', async () => {
    const s = await scene();
    const colleague = await api.as(s.colleague);
    expect((await colleague.error(DETAILS, { id: s.talk.id })).extensions?.code).toBe('NOT_FOUND');
    await s.sw.data(CO_WORKER, { input: { bookingId: s.talk.id, coWorkerId: s.colleague.id } });
    const seen = await colleague.data(DETAILS, { id: s.talk.id });
    expect(seen.confidentialDetails).toMatchObject({ clientPseudonym: 'J.D.', viewerIsBooker: false, coWorker: { id: s.colleague.id } });
    const talks = await colleague.data(TALKS, { from: '2027-01-12T00:00:00+01:00', to: '2027-01-13T00:00:00+01:00' });
    expect(talks.confidentialTalks).toEqual([{ id: s.talk.id, viewerCanReadConfidentialDetails: true, isMine: false }]);
    // the co-worker may read, not change
    expect((await colleague.error(UPDATE, { input: { bookingId: s.talk.id, note: 'anders' } })).extensions?.code).toBe('FORBIDDEN');
    expect((await colleague.error(CO_WORKER, { input: { bookingId: s.talk.id, coWorkerId: null } })).extensions?.code).toBe('FORBIDDEN');

    await s.sw.data(CO_WORKER, { input: { bookingId: s.talk.id, coWorkerId: null } });
    expect((await colleague.error(DETAILS, { id: s.talk.id })).extensions?.code).toBe('NOT_FOUND');
    const log = (await auditOf(s.talk.id)).map((e) => [e.action, e.result, e.actorId, e.subjectId]);
    expect(log).toEqual([
      ['WRITE_DETAILS', 'ALLOWED', s.booker.id, null],
      ['READ_DETAILS', 'DENIED', s.colleague.id, null],
      ['GRANT_ACCESS', 'ALLOWED', s.booker.id, s.colleague.id],
      ['READ_DETAILS', 'ALLOWED', s.colleague.id, null],
      ['WRITE_DETAILS', 'DENIED', s.colleague.id, null],
      ['REVOKE_ACCESS', 'DENIED', s.colleague.id, null],
      ['REVOKE_ACCESS', 'ALLOWED', s.booker.id, s.colleague.id],
      ['READ_DETAILS', 'DENIED', s.colleague.id, null],
    ]);
  });

  it('only another active social worker can be named co-worker', async () => {
    const s = await scene();
    const inactive = await api.make.user({ roles: ['SOCIAL_WORKER'], active: false });
    for (const id of [s.others.employee!.id, s.others.admin!.id, s.booker.id, inactive.id]) {
      const err = await s.sw.error(CO_WORKER, { input: { bookingId: s.talk.id, coWorkerId: id } });
      expect(err.extensions?.reason).toBe('CONFIDENTIAL_COWORKER_INVALID');
    }
    const { rows } = await api.db.query(`SELECT co_worker_id FROM booking_confidential_details WHERE booking_id = $1`, [s.talk.id]);
    expect(rows[0].co_worker_id).toBeNull();
  });

  it('the booker changes the details; nobody else can, and refusals are logged', async () => {
    const s = await scene();
    expect(
      (await s.sw.data(UPDATE, { input: { bookingId: s.talk.id, clientPseudonym: 'K.L.', note: '' } })).updateConfidentialDetails,
    ).toEqual({
      clientPseudonym: 'K.L.',
      note: null,
    });
    const admin = await api.as(s.others.admin!);
    expect((await admin.error(UPDATE, { input: { bookingId: s.talk.id, note: 'overschreven' } })).extensions?.code).toBe('NOT_FOUND');
    expect((await s.sw.data(DETAILS, { id: s.talk.id })).confidentialDetails).toMatchObject({
      clientPseudonym: 'K.L.',
      caseReference: null,
      note: null,
    });
    expect((await auditOf(s.talk.id)).filter((e) => e.result === 'DENIED').map((e) => [e.action, e.actorId])).toEqual([
      ['WRITE_DETAILS', s.others.admin!.id],
    ]);
  });

  it('stores only ciphertext: AES-GCM with a 12-byte IV, a key id, and the booking id bound in', async () => {
    const s = await scene();
    const { rows } = await api.db.query<{ key_id: string; iv: Buffer; ciphertext: Buffer }>(
      `SELECT key_id, iv, ciphertext FROM booking_confidential_details WHERE booking_id = $1`,
      [s.talk.id],
    );
    expect(rows[0]!.key_id).toBe('test');
    expect(rows[0]!.iv).toHaveLength(12);
    expect(rows[0]!.ciphertext.includes(Buffer.from('DOS-2027'))).toBe(false);
    // moved onto another booking, the ciphertext no longer opens: the read fails without revealing anything
    const other = (
      await s.sw.data(CREATE, { input: { spaceId: s.room.id, startsAt: '2027-01-12T14:00:00+01:00', endsAt: '2027-01-12T15:00:00+01:00' } })
    ).createConsultationBooking;
    await api.db.query(
      `INSERT INTO booking_confidential_details (booking_id, key_id, iv, ciphertext) SELECT $2, key_id, iv, ciphertext FROM booking_confidential_details WHERE booking_id = $1`,
      [s.talk.id, other.id],
    );
    const res = await s.sw.request(DETAILS, { id: other.id });
    expect(res.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(res)).not.toContain('DOS-2027');
  });
});
