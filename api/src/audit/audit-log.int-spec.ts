import { startTestApi, type GraphqlClient, type TestApi } from '@plekwijzer/test';

const CREATE = `mutation($input: CreateConsultationBookingInput!) { createConsultationBooking(input: $input) { id } }`;
const DETAILS = `query($id: ID!) { confidentialDetails(bookingId: $id) { clientPseudonym } }`;
const VERIFY = `{ confidentialAuditLogVerification { intact checkedEntries lastSeq lastHash firstBrokenSeq problem } }`;
const PAGE = `query($first: Int, $before: String, $bookingId: ID) {
  confidentialAuditLog(first: $first, before: $before, bookingId: $bookingId) {
    nextCursor entries { seq action result bookingId requestId hash actor { id displayName } subject { id } } } }`;

let api: TestApi;
let admin: GraphqlClient;
beforeAll(async () => {
  api = await startTestApi();
  admin = await api.as(await api.make.user({ roles: ['ADMIN'] }));
});
afterAll(() => api.close());

/** A talk with details, read by its booker `reads` times and refused to someone else once. */
async function activity(reads: number): Promise<{ bookingId: string; sw: GraphqlClient }> {
  const site = await api.make.site();
  const room = await api.make.space(site.floorId, { kind: 'CONSULTATION_ROOM' });
  const sw = await api.as(await api.make.user({ roles: ['SOCIAL_WORKER'] }));
  const { createConsultationBooking: b } = await sw.data(CREATE, {
    input: {
      spaceId: room.id,
      startsAt: '2027-01-12T10:00:00+01:00',
      endsAt: '2027-01-12T11:00:00+01:00',
      details: { clientPseudonym: 'A.B.' },
    },
  });
  for (let i = 0; i < reads; i++) await sw.data(DETAILS, { id: b.id });
  await (await api.as(await api.make.user({ roles: ['SOCIAL_WORKER'] }))).error(DETAILS, { id: b.id });
  return { bookingId: b.id, sw };
}

/** The chain on a fresh database of its own, so tampering here leaves the other tests alone. */
async function withOwnDatabase(work: (own: TestApi, ownAdmin: GraphqlClient) => Promise<void>): Promise<void> {
  const own = await startTestApi();
  try {
    await work(own, await own.as(await own.make.user({ roles: ['ADMIN'] })));
  } finally {
    await own.close();
  }
}

describe('the audit log is append-only', () => {
  it('refuses UPDATE, DELETE and TRUNCATE, even from the database owner', async () => {
    await activity(1);
    for (const sql of [
      `UPDATE confidential_audit_log SET result = 'ALLOWED' WHERE result = 'DENIED'`,
      `DELETE FROM confidential_audit_log`,
      `TRUNCATE confidential_audit_log`,
    ]) {
      await expect(api.db.query(sql)).rejects.toThrow(/append-only/);
    }
    expect((await admin.data(VERIFY)).confidentialAuditLogVerification.intact).toBe(true);
  });

  it('keeps one unbroken chain under concurrent appends', async () => {
    const { bookingId, sw } = await activity(0);
    await Promise.all(Array.from({ length: 25 }, () => sw.data(DETAILS, { id: bookingId })));
    const { rows } = await api.db.query<{ n: number; seqs: number; links: number; max: string }>(
      `SELECT count(*)::int AS n, count(DISTINCT seq)::int AS seqs, count(DISTINCT prev_hash)::int AS links, max(seq)::text AS max FROM confidential_audit_log`,
    );
    expect(rows[0]!.seqs).toBe(rows[0]!.n);
    expect(rows[0]!.links).toBe(rows[0]!.n);
    expect(Number(rows[0]!.max)).toBe(rows[0]!.n);
    const v = (await admin.data(VERIFY)).confidentialAuditLogVerification;
    expect(v).toMatchObject({ intact: true, checkedEntries: rows[0]!.n, lastSeq: rows[0]!.max, firstBrokenSeq: null });
    expect(v.lastHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('verification finds tampering', () => {
  it('an entry edited by a superuser with the trigger switched off', async () => {
    await withOwnDatabase(async (own, ownAdmin) => {
      const sw = await own.as(await own.make.user({ roles: ['SOCIAL_WORKER'] }));
      for (let i = 0; i < 4; i++) await sw.error(DETAILS, { id: '7d5e2a10-3c4b-4f6e-9a8b-1c2d3e4f5a6b' });
      expect((await ownAdmin.data(VERIFY)).confidentialAuditLogVerification).toMatchObject({ intact: true, checkedEntries: 4 });
      await own.db.query(`ALTER TABLE confidential_audit_log DISABLE TRIGGER confidential_audit_log_no_change`);
      await own.db.query(`UPDATE confidential_audit_log SET result = 'ALLOWED' WHERE seq = 2`);
      await own.db.query(`ALTER TABLE confidential_audit_log ENABLE TRIGGER confidential_audit_log_no_change`);
      expect((await ownAdmin.data(VERIFY)).confidentialAuditLogVerification).toMatchObject({
        intact: false,
        checkedEntries: 1,
        firstBrokenSeq: '2',
        problem: 'HASH_MISMATCH',
      });
    });
  });

  it('an entry removed from the middle, and an entry rewritten with a recomputed hash', async () => {
    await withOwnDatabase(async (own, ownAdmin) => {
      const sw = await own.as(await own.make.user({ roles: ['SOCIAL_WORKER'] }));
      for (let i = 0; i < 5; i++) await sw.error(DETAILS, { id: '7d5e2a10-3c4b-4f6e-9a8b-1c2d3e4f5a6b' });
      await own.db.query(`ALTER TABLE confidential_audit_log DISABLE TRIGGER USER`);
      await own.db.query(`DELETE FROM confidential_audit_log WHERE seq = 3`);
      expect((await ownAdmin.data(VERIFY)).confidentialAuditLogVerification).toMatchObject({
        intact: false,
        firstBrokenSeq: '3',
        problem: 'GAP',
      });
      // put a forged entry 3 back: whatever hash it gets, entry 4 still names the original one
      await own.db.query(
        `INSERT INTO confidential_audit_log (seq, occurred_at, actor_id, booking_id, action, result, request_id, prev_hash, hash)
         SELECT 3, occurred_at, actor_id, booking_id, action, 'ALLOWED', request_id, hash, repeat('a', 64) FROM confidential_audit_log WHERE seq = 2`,
      );
      await own.db.query(`ALTER TABLE confidential_audit_log ENABLE TRIGGER USER`);
      expect((await ownAdmin.data(VERIFY)).confidentialAuditLogVerification).toMatchObject({ intact: false, firstBrokenSeq: '3' });
    });
  });
});

describe('administrators read the log', () => {
  it('a page at a time, newest first, filtered by booking; without any client detail', async () => {
    const { bookingId } = await activity(3);
    const first = (await admin.data(PAGE, { first: 2, bookingId })).confidentialAuditLog;
    expect(first.entries.map((e: { action: string; result: string }) => `${e.action}:${e.result}`)).toEqual([
      'READ_DETAILS:DENIED',
      'READ_DETAILS:ALLOWED',
    ]);
    const rest = (await admin.data(PAGE, { first: 10, bookingId, before: first.nextCursor })).confidentialAuditLog;
    expect(rest.entries.map((e: { action: string }) => e.action)).toEqual(['READ_DETAILS', 'READ_DETAILS', 'WRITE_DETAILS']);
    expect(rest.nextCursor).toBeNull();
    expect(JSON.stringify([first, rest])).not.toContain('A.B.');
  });

  it('exports a period as CSV and logs the export; other roles are refused', async () => {
    await activity(1);
    const csv = await admin.data(
      `query($from: DateTime!, $to: DateTime!) { confidentialAuditLogExport(from: $from, to: $to) { filename contentType content entries } }`,
      {
        from: '2027-01-01T00:00:00+01:00',
        to: '2027-02-01T00:00:00+01:00',
      },
    );
    const e = csv.confidentialAuditLogExport;
    expect(e.filename).toBe('audit-log-2026-12-31-2027-01-31.csv');
    expect(e.content.split('\n')[0]).toBe('seq,occurred_at,actor_id,actor,booking_id,subject_id,action,result,request_id,prev_hash,hash');
    expect(e.entries).toBeGreaterThan(2);
    expect(e.content).not.toContain('A.B.');
    const { rows } = await api.db.query(`SELECT count(*)::int AS n FROM confidential_audit_log WHERE action = 'EXPORT'`);
    expect(rows[0].n).toBe(1);
    for (const roles of [['SOCIAL_WORKER'], ['FACILITY_MANAGER'], ['MANAGEMENT']] as const) {
      const other = await api.as(await api.make.user({ roles: [...roles] }));
      expect((await other.error(PAGE, {})).extensions?.code).toBe('FORBIDDEN');
      expect((await other.error(VERIFY)).extensions?.code).toBe('FORBIDDEN');
    }
  });
});
