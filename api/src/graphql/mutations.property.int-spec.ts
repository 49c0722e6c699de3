import fc from 'fast-check';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type IntrospectionQuery,
} from 'graphql';
import { startTestApi, type GraphqlError, type TestApi } from '@plekwijzer/test';

/**
 * Every mutation of the schema (found by introspection over HTTP) gets generated arguments —
 * random and unicode strings, huge and negative numbers, odd dates, unknown enum values, ids that
 * exist and ids that do not, missing and extra fields — and must answer with a valid result or a
 * coded error, never INTERNAL_SERVER_ERROR or an HTTP 5xx; afterwards the database still holds its
 * invariants. PROPERTY_RUNS sets the runs per mutation (default 6; `npm run test:property` runs more).
 */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 6);
const SEED = process.env.PROPERTY_SEED ? Number(process.env.PROPERTY_SEED) : undefined;
const CODES = ['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'TOO_MANY_REQUESTS'];
/** Mutations that end the caller's own sign-in would only make the rest of the run test the guard. */
const SKIP = new Set(['changePassword', 'signOut']);

let api: TestApi;
let adminId: string;
let ids: string[];
beforeAll(async () => {
  api = await startTestApi();
  const admin = await api.make.user({ roles: ['ADMIN', 'FACILITY_MANAGER', 'MANAGEMENT', 'RECEPTION', 'SOCIAL_WORKER', 'EMPLOYEE'] });
  adminId = admin.id;
  const site = await api.make.site();
  const desk = await api.make.space(site.floorId);
  const room = await api.make.space(site.floorId, { kind: 'MEETING_ROOM' });
  const consultation = await api.make.space(site.floorId, { kind: 'CONSULTATION_ROOM' });
  const other = await api.make.user();
  const org = await api.make.organisation();
  const booking = await api.make.booking(desk.id, other.id, { startsAt: '2027-01-12T09:00:00+01:00', endsAt: '2027-01-12T12:00:00+01:00' });
  const dept = await api.make.department();
  ids = [site.id, site.floorId, desk.id, room.id, consultation.id, other.id, org.id, booking.id, dept.id];
});
afterAll(() => api.close());

const oddStrings = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  'x'.repeat(5000),
  '💥🏢‍🔥',
  'Ünïcødé Straße 1',
  "'; DROP TABLE bookings; --",
  '<script>alert(1)</script>',
  '\u202eevil',
  '%s%n',
  '../../etc/passwd',
  'an@example.be',
);
const oddDates = fc.constantFrom(
  '2027-01-12T09:00:00+01:00',
  '2027-01-12T17:30:00+01:00',
  '2027-02-30T09:00:00+01:00',
  '2027-03-28T02:30:00+01:00',
  '0001-01-01T00:00:00Z',
  '+275760-09-13T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '1969-12-31T23:59:59Z',
  '2027-01-12',
  '2027-01-12T09:00:00',
  'yesterday',
  '',
);
const anyString = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), oddStrings);
const anyInt = fc.oneof(fc.integer(), fc.constantFrom(0, -1, 1, 2 ** 31 - 1, -(2 ** 31), 2 ** 40, 1e300), fc.integer({ min: 0, max: 100 }));
const anyFloat = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -1, 0.5, 1.5, 1e308, -1e-300));

function scalar(name: string): fc.Arbitrary<unknown> {
  switch (name) {
    case 'ID':
      return fc.oneof(fc.constantFrom(...ids), fc.uuid(), anyString);
    case 'Int':
      return anyInt;
    case 'Float':
      return anyFloat;
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
      return fc.oneof(
        oddDates,
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        anyString,
      );
    case 'LocalDate':
      return fc.oneof(fc.constantFrom('2027-01-12', '2027-02-30', '2027-13-01', '0000-01-01', '2027-1-2'), anyString);
    case 'LocalTime':
      return fc.oneof(fc.constantFrom('09:00', '24:00', '23:59', '9:00', '12:61', '08:30:00'), anyString);
    default:
      return anyString;
  }
}

/** A value for the type: mostly of the right shape, sometimes wrong (null for non-null, wrong type, extra fields). */
function valueOf(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type))
    return fc.oneof({ weight: 12, arbitrary: valueOf(type.ofType, depth) }, { weight: 1, arbitrary: fc.constant(null) });
  const shaped = (() => {
    if (isListType(type)) return fc.array(valueOf(type.ofType, depth + 1), { maxLength: depth > 1 ? 1 : 4 });
    const named = getNamedType(type);
    if (isScalarType(named)) return scalar(named.name);
    if (isEnumType(named))
      return fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom(...named.getValues().map((v) => v.name)) },
        { weight: 1, arbitrary: anyString },
      );
    if (isInputObjectType(named)) {
      const fields = Object.values(named.getFields());
      if (depth > 3) return fc.constant({});
      const record = fc.record(Object.fromEntries(fields.map((f) => [f.name, valueOf(f.type, depth + 1)])), {
        requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
      });
      return fc.oneof(
        { weight: 10, arbitrary: record },
        { weight: 1, arbitrary: record.map((r) => ({ ...r, unexpectedField: 'x' })) },
        { weight: 1, arbitrary: record.map((r) => Object.fromEntries(Object.entries(r).slice(1))) },
      );
    }
    return fc.constant(null);
  })();
  return fc.oneof({ weight: 12, arbitrary: shaped }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: anyInt });
}

function operationFor(field: GraphQLField<unknown, unknown>): string {
  const vars = field.args.map((a: GraphQLArgument) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `mutation${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

type Answer = { status: number; data?: unknown; errors?: GraphqlError[] };

it(
  'answers every mutation, whatever it is given, with a valid result or a coded error — never a crash',
  async () => {
    const intro = await (await api.as({ id: adminId })).data<IntrospectionQuery>(getIntrospectionQuery());
    const mutations = Object.values(buildClientSchema(intro).getMutationType()!.getFields()).filter((f) => !SKIP.has(f.name));
    expect(mutations.length).toBeGreaterThan(60);
    const failures: string[] = [];
    for (const field of mutations) {
      const query = operationFor(field);
      const variables = fc.record(Object.fromEntries(field.args.map((a) => [a.name, valueOf(a.type)])));
      await fc
        .assert(
          fc.asyncProperty(variables, async (vars) => {
            const res: Answer = await (await api.as({ id: adminId })).request(query, vars);
            const bad =
              res.status >= 500 || (res.errors ?? []).some((e) => !CODES.includes(e.extensions?.code ?? '') || !e.extensions?.reason);
            const empty = !res.errors?.length && (res.data === undefined || res.data === null);
            if (bad || empty)
              failures.push(
                `${field.name} ${JSON.stringify(vars).slice(0, 300)} → ${res.status} ${JSON.stringify(res.errors ?? res.data).slice(0, 300)}`,
              );
            return !bad && !empty;
          }),
          { numRuns: RUNS, seed: SEED, endOnFailure: true },
        )
        .catch(() => undefined); // collected in `failures`, so one run reports every mutation that fails
    }
    expect(failures).toEqual([]);

    // No write left the database inconsistent.
    const q = async (sql: string) => (await api.db.query<{ n: number }>(sql)).rows[0]!.n;
    expect(
      await q(`SELECT count(*)::int AS n FROM bookings a JOIN bookings b ON a.space_id = b.space_id AND a.id < b.id
              AND tstzrange(a.starts_at, a.ends_at, '[)') && tstzrange(b.starts_at, b.ends_at, '[)')
            WHERE a.status IN ('PENDING','CONFIRMED','CHECKED_IN') AND b.status IN ('PENDING','CONFIRMED','CHECKED_IN')`),
    ).toBe(0);
    expect(await q(`SELECT count(*)::int AS n FROM bookings WHERE ends_at <= starts_at`)).toBe(0);
    expect(await q(`SELECT count(*)::int AS n FROM bookings b WHERE NOT EXISTS (SELECT 1 FROM spaces s WHERE s.id = b.space_id)`)).toBe(0);
    expect(await q(`SELECT count(*)::int AS n FROM users WHERE id = '${adminId}' AND active`)).toBe(1);
  },
  60_000 + RUNS * 3_000,
);
