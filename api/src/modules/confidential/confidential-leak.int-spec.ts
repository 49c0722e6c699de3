import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import type { LoggerService } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLInputType,
  type GraphQLNamedType,
} from 'graphql';
import { ConfidentialJobsService } from './retention.service.js';
import { startTestApi, type GraphqlClient, type LiveSubscription, type MadeUser, type TestApi } from '@plekwijzer/test';

/** Appears in every client detail; must appear nowhere else. */
const MARKER = `Lk${randomBytes(6).toString('hex')}`;
const RANGE = { from: '2027-01-11T00:00:00+01:00', to: '2027-01-19T00:00:00+01:00' };

const BOOKING = `id title detailsHidden status isMine viewerCanReadConfidentialDetails holdExpiresAt externalAttendees seriesId checkedInAt
  booker { id displayName departmentName } attendees { id displayName } organisation { id name }
  space { id name kind confidential floor { id name } site { id name } }`;

let api: TestApi;
const logged: string[] = [];
const restore: (() => void)[] = [];

beforeAll(async () => {
  api = await startTestApi();
  // Everything the server logs, at every level, and anything written to stdout or stderr.
  const capture =
    (level: string) =>
    (message: unknown, ...rest: unknown[]) =>
      void logged.push(`${level} ${String(message)} ${JSON.stringify(rest)}`);
  const logger: LoggerService = {
    log: capture('log'),
    error: capture('error'),
    warn: capture('warn'),
    debug: capture('debug'),
    verbose: capture('verbose'),
    fatal: capture('fatal'),
  };
  api.app.useLogger(logger);
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    stream.write = (chunk: unknown, ...args: unknown[]) => {
      logged.push(String(chunk));
      return (write as (...a: unknown[]) => boolean)(chunk, ...args);
    };
    restore.push(() => (stream.write = write));
  }
});
afterAll(async () => {
  for (const r of restore) r();
  await api.close();
});

type Scene = Awaited<ReturnType<typeof scene>>;

async function scene() {
  api.clock.set('2027-01-12T08:00:00+01:00'); // Tuesday: the first talk is today, for reception
  const main = await api.make.site();
  const satellite = await api.make.site({ isSatellite: true });
  const room1 = await api.make.space(main.floorId, { kind: 'CONSULTATION_ROOM', name: 'Gespreksruimte 1' });
  await api.make.space(main.floorId, { kind: 'CONSULTATION_ROOM', name: 'Gespreksruimte 2' });
  await api.make.space(satellite.floorId, { kind: 'CONSULTATION_ROOM', name: 'Gespreksruimte Bib' });
  await api.make.space(main.floorId, { kind: 'MEETING_ROOM', partnerAccess: true });
  const org = await api.make.organisation();
  const user = (o: Parameters<TestApi['make']['user']>[0]) => api.make.user(o);
  const booker = await user({ roles: ['SOCIAL_WORKER'], displayName: 'Sara Maatschappelijk' });
  const coWorker = await user({ roles: ['SOCIAL_WORKER'] });
  const others: Record<string, MadeUser> = {
    otherSocialWorker: await user({ roles: ['SOCIAL_WORKER'] }),
    employee: await user({ roles: ['EMPLOYEE'] }),
    reception: await user({ roles: ['RECEPTION'] }),
    facilityManager: await user({ roles: ['FACILITY_MANAGER', 'EMPLOYEE'] }),
    management: await user({ roles: ['MANAGEMENT'] }),
    partner: await user({ roles: ['PARTNER'], organisationId: org.id }),
    admin: await user({ roles: ['ADMIN'] }),
  };
  return { main, satellite, room1, booker, coWorker, others, siteIds: [main.id, satellite.id] };
}

/** Everybody but the booker and co-worker listens to both sites while the talks are made. */
async function listen(s: Scene): Promise<Map<string, LiveSubscription[]>> {
  const subs = new Map<string, LiveSubscription[]>();
  for (const [role, user] of Object.entries(s.others)) {
    const live = await api.live(user);
    subs.set(
      role,
      s.siteIds.map((siteId) =>
        live.subscribe(`subscription($s: ID!) { bookingsChanged(siteId: $s) { siteId bookingIds } }`, { s: siteId }),
      ),
    );
  }
  await new Promise((r) => setTimeout(r, 300));
  return subs;
}

/** Talks with the marker in every detail: booked directly, and chosen from held proposals; one set stays held. */
async function makeTalks(s: Scene): Promise<string[]> {
  const sw = await api.as(s.booker);
  const details = { clientPseudonym: `P-${MARKER}`, caseReference: `C-${MARKER}`, note: `Notitie ${MARKER}` };
  const direct = await sw.data(`mutation($input: CreateConsultationBookingInput!) { createConsultationBooking(input: $input) { id } }`, {
    input: {
      spaceId: s.room1.id,
      startsAt: '2027-01-12T10:00:00+01:00',
      endsAt: '2027-01-12T11:00:00+01:00',
      details,
      coWorkerId: s.coWorker.id,
    },
  });
  const talk1 = direct.createConsultationBooking.id as string;
  await sw.data(`mutation($input: UpdateConfidentialDetailsInput!) { updateConfidentialDetails(input: $input) { note } }`, {
    input: { bookingId: talk1, ...details, note: `Bijgewerkt ${MARKER}` },
  });
  const held: string[] = [];
  for (const day of ['2027-01-13', '2027-01-14']) {
    const { consultationProposals } = await sw.data(
      `query($input: ConsultationProposalsInput!) { consultationProposals(input: $input) { proposals { spaceId startsAt endsAt } } }`,
      { input: { durationMinutes: 60, from: day, to: day, siteIds: s.siteIds } },
    );
    const set = await sw.data(
      `mutation($input: HoldConsultationProposalsInput!) { holdConsultationProposals(input: $input) { holds { id } } }`,
      {
        input: { proposals: consultationProposals.proposals },
      },
    );
    held.push(...set.holdConsultationProposals.holds.map((h: { id: string }) => h.id));
    if (day === '2027-01-13') {
      await sw.data(`mutation($input: ConfirmConsultationProposalInput!) { confirmConsultationProposal(input: $input) { id } }`, {
        input: { bookingId: set.holdConsultationProposals.holds[0].id, details },
      });
    }
  }
  return [talk1, ...held];
}

/** Arguments that pass validation for any field, pointed at this scene's data where the name says what it is. */
function sample(type: GraphQLInputType, name: string, s: Scene, ids: string[], depth = 0): unknown {
  if (isNonNullType(type)) return sample(type.ofType, name, s, ids, depth);
  if (isListType(type)) return [sample(type.ofType, name, s, ids, depth)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type) && depth < 4)
        .map((f) => [f.name, sample(f.type, f.name, s, ids, depth + 1)]),
    );
  }
  const scalar = getNamedType(type).name;
  if (scalar === 'ID')
    return /booking|^id$/i.test(name)
      ? ids[0]
      : /space/i.test(name)
        ? s.room1.id
        : /user|person|actor/i.test(name)
          ? s.booker.id
          : s.main.id;
  if (scalar === 'DateTime') return /to|end|until/i.test(name) ? RANGE.to : RANGE.from;
  if (scalar === 'LocalDate') return /to|end|until/i.test(name) ? '2027-01-18' : '2027-01-12';
  return ({ String: 'x', Int: 10, Float: 1, Boolean: false, LocalTime: '09:00' } as Record<string, unknown>)[scalar] ?? 'x';
}

/** Every field of a type without required arguments, a few levels deep. */
function selection(type: GraphQLNamedType, depth = 0): string {
  if (!isObjectType(type)) return '';
  if (depth > 3) return '{ __typename }';
  const fields = Object.values(type.getFields())
    .filter((f) => !f.args.some((a) => isNonNullType(a.type)))
    .map((f) => `${f.name} ${selection(getNamedType(f.type), depth + 1)}`);
  return `{ __typename ${fields.join(' ')} }`;
}

/** What one viewer gets back from every query there is: the named ones with real arguments, then all the rest. */
async function everything(client: GraphqlClient, s: Scene, ids: string[]): Promise<unknown[]> {
  const out: unknown[] = [];
  const ask = async (q: string, v?: Record<string, unknown>) => void out.push(await client.request(q, v));
  for (const siteId of s.siteIds) {
    await ask(`query($f: BookingsFilter!) { bookings(filter: $f) { ${BOOKING} } }`, { f: { ...RANGE, siteId } });
    await ask(`query($i: AvailabilityInput!) { availability(input: $i) { id name } }`, {
      i: { siteId, startsAt: '2027-01-12T10:00:00+01:00', endsAt: '2027-01-12T11:00:00+01:00' },
    });
    await ask(
      `query($s: ID) { receptionArrivals(siteId: $s) { siteName date arrivals { id startsAt room { name } hostName departmentName organisationName checkedIn } } }`,
      { s: siteId },
    );
  }
  await ask(`query($from: DateTime!, $to: DateTime!) { myBookings(from: $from, to: $to, includeCancelled: true) { ${BOOKING} } }`, RANGE);
  await ask(`query($from: DateTime!, $to: DateTime!) { confidentialTalks(from: $from, to: $to) { ${BOOKING} } }`, RANGE);
  await ask(`{ consultationProposalSets { id expiresAt holds { ${BOOKING} } } }`);
  await ask(`query($i: ConsultationProposalsInput!) { consultationProposals(input: $i) { proposals { spaceName siteName startsAt } } }`, {
    i: { durationMinutes: 60, from: '2027-01-12', to: '2027-01-15' },
  });
  for (const id of ids) {
    await ask(`query($id: ID!) { booking(id: $id) { ${BOOKING} } }`, { id });
    await ask(`query($id: ID!) { confidentialDetails(bookingId: $id) { clientPseudonym caseReference note } }`, { id });
  }
  await ask(
    `{ confidentialAuditLog(first: 200) { entries { seq action result bookingId requestId actor { displayName } subject { displayName } } } }`,
  );
  await ask(`{ confidentialAuditLogVerification { intact checkedEntries } }`);
  await ask(`query($from: DateTime!, $to: DateTime!) { confidentialAuditLogExport(from: $from, to: $to) { content } }`, RANGE);
  // …and every other query in the schema, whoever wrote it, with whatever arguments it needs
  const schema = api.app.get(GraphQLSchemaHost).schema;
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    const vars = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
    const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
    const query = `query${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selection(getNamedType(field.type))} }`;
    await ask(query, Object.fromEntries(field.args.map((a) => [a.name, sample(a.type, a.name, s, ids)])));
  }
  return out;
}

const hex = Buffer.from(MARKER).toString('hex');
const b64 = Buffer.from(MARKER).toString('base64').slice(0, 12);
const leaks = (text: string) => text.includes(MARKER) || text.toLowerCase().includes(hex) || text.includes(b64);

describe('nothing about the client leaks', () => {
  it('to any other role, in any query, subscription, export, error, log line or database column', async () => {
    const s = await scene();
    const subs = await listen(s);
    const ids = await makeTalks(s);

    // The details are there: the booker and the named co-worker read them back.
    for (const reader of [s.booker, s.coWorker]) {
      const { confidentialDetails } = await (
        await api.as(reader)
      ).data(`query($id: ID!) { confidentialDetails(bookingId: $id) { clientPseudonym note } }`, {
        id: ids[0],
      });
      expect(confidentialDetails).toEqual({ clientPseudonym: `P-${MARKER}`, note: `Bijgewerkt ${MARKER}` });
    }

    const checked: string[] = [];
    for (const [role, user] of Object.entries(s.others)) {
      const client = await api.as(user);
      const answers = await everything(client, s, ids);
      // mistakes that could echo what was typed: a write to someone else's talk, and a value that is too long
      answers.push(
        await client.request(`mutation($input: UpdateConfidentialDetailsInput!) { updateConfidentialDetails(input: $input) { note } }`, {
          input: { bookingId: ids[0], note: `Overschreven ${MARKER}` },
        }),
        await client.request(`mutation($input: CreateConsultationBookingInput!) { createConsultationBooking(input: $input) { id } }`, {
          input: {
            spaceId: s.room1.id,
            startsAt: '2027-01-15T10:00:00+01:00',
            endsAt: '2027-01-15T11:00:00+01:00',
            details: { clientPseudonym: `${MARKER}`.repeat(20) },
          },
        }),
      );
      const text = JSON.stringify(answers);
      expect({ role, leaked: leaks(text) }).toEqual({ role, leaked: false });
      checked.push(`${role}:${answers.length}`);
      // the slot itself is visible to staff who may book the room, as busy with a neutral title
      if (role === 'otherSocialWorker' || role === 'facilityManager') {
        expect(text).toContain(ids[0]!);
        expect(text).toContain('Sara Maatschappelijk');
      }
      if (role === 'partner') expect(text).not.toContain('Sara Maatschappelijk');
    }
    expect(checked).toHaveLength(7);

    // Calendar feeds: everyone's own (the booker's and the co-worker's too) and a facility manager's of the room
    const feed = async (user: MadeUser, spaceId?: string) => {
      const { createCalendarFeed } = await (
        await api.as(user)
      ).data(`mutation($input: CreateCalendarFeedInput!) { createCalendarFeed(input: $input) { url } }`, { input: { spaceId } });
      const res = await fetch(new URL(createCalendarFeed.url as string, api.baseUrl));
      expect(res.status).toBe(200);
      return res.text();
    };
    const feeds = [await feed(s.booker), await feed(s.coWorker), await feed(s.others.facilityManager!, s.room1.id)];
    for (const user of Object.values(s.others)) feeds.push(await feed(user));
    expect(feeds[0]).toContain('SUMMARY:Vertrouwelijk gesprek');
    expect(feeds[2]).toContain('SUMMARY:Vertrouwelijk gesprek');
    expect(feeds.filter(leaks)).toEqual([]);

    const events: unknown[] = [];
    for (const [role, list] of subs) {
      for (const sub of list) {
        while (sub.pending) events.push({ role, event: await sub.next() });
        sub.stop();
      }
    }
    expect(events.length).toBeGreaterThan(0);
    expect(leaks(JSON.stringify(events))).toBe(false);

    // A plain dump of the database: every row of every table, bytea as hex.
    const { rows: tables } = await api.db.query<{ schema: string; name: string }>(
      `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
        WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
    );
    let dumped = 0;
    for (const t of tables) {
      const { rows } = await api.db.query<{ j: string }>(`SELECT to_jsonb(t)::text AS j FROM "${t.schema}"."${t.name}" t`);
      for (const r of rows) {
        dumped++;
        expect({ table: `${t.schema}.${t.name}`, leaked: leaks(r.j) }).toEqual({ table: `${t.schema}.${t.name}`, leaked: false });
      }
    }
    expect(dumped).toBeGreaterThan(50);
    // And pg_dump itself where this machine has one that can dump the server (the embedded
    // PostgreSQL 18 ships none; CI's run against the local PostgreSQL 15 uses the real one).
    const dump = await realPgDump(api.db, api.databaseUrl);
    if (dump !== null) {
      expect(dump).toContain('COPY public.booking_confidential_details');
      expect(leaks(dump)).toBe(false);
    }
    const { rows: sealed } = await api.db.query(`SELECT count(*)::int AS n FROM booking_confidential_details WHERE ciphertext IS NOT NULL`);
    expect(sealed[0].n).toBe(2);

    // the retention job runs and logs; still nothing
    api.clock.set('2027-03-01T08:00:00+01:00');
    expect(await api.app.get(ConfidentialJobsService).eraseDue()).toBe(2);
    expect(logged.some((l) => l.includes('erased client details of 2'))).toBe(true);
    expect(logged.filter(leaks)).toEqual([]);
  });
});

/** A plain `pg_dump` of the database, or null when no pg_dump here can dump this server's version. */
async function realPgDump(db: TestApi['db'], url: string): Promise<string | null> {
  const run = promisify(execFile);
  const version = await run('pg_dump', ['--version']).then(
    (r) => Number(/\s(\d+)\./.exec(r.stdout)?.[1]),
    () => 0,
  );
  const server = Number((await db.query<{ v: string }>(`SELECT current_setting('server_version_num') AS v`)).rows[0]!.v) / 10_000;
  if (!version || Math.floor(server) > version) return null;
  return (await run('pg_dump', ['--no-owner', url], { maxBuffer: 256 * 1024 * 1024 })).stdout;
}
