import { startTestApi, type GraphqlClient, type TestApi } from '@plekwijzer/test';

const CREATE = `mutation($input: CreateBookingInput!) { createBooking(input: $input) { id } }`;

let api: TestApi;
let me: GraphqlClient;
let deskId: string;
beforeAll(async () => {
  api = await startTestApi();
  const site = await api.make.site();
  deskId = (await api.make.space(site.floorId)).id;
  me = await api.as(await api.make.user({ roles: ['FACILITY_MANAGER', 'EMPLOYEE'] }));
});
afterAll(() => api.close());

async function bookingRows(): Promise<number> {
  const { rows } = await api.db.query(`SELECT count(*)::int AS n FROM bookings`);
  return rows[0].n;
}

const huge = 'x'.repeat(100 * 1024);

describe('everything a user can type wrong gets a coded error and changes nothing', () => {
  it.each([
    ['a reversed range', { startsAt: '2027-01-12T10:00:00+01:00', endsAt: '2027-01-12T09:00:00+01:00' }, 'BOOKING_INVALID_RANGE'],
    ['a zero-length range', { startsAt: '2027-01-12T10:00:00+01:00', endsAt: '2027-01-12T10:00:00+01:00' }, 'BOOKING_INVALID_RANGE'],
    ['an unknown space id', { spaceId: '9f1f8d76-5b1e-4d0a-9a7e-2b0c8c3f5d11' }, 'NOT_FOUND'],
    ['a malformed space id', { spaceId: 'desk-1' }, 'isUuid'],
    ['a date in year 0001', { startsAt: '0001-01-01T09:00:00Z' }, 'INVALID_DATETIME'],
    ['a date in year 275760', { startsAt: '+275760-09-13T00:00:00Z' }, 'INVALID_DATETIME'],
    ['a date far in the future', { startsAt: '2999-12-31T09:00:00+01:00', endsAt: '2999-12-31T10:00:00+01:00' }, 'BOOKING_TOO_FAR_AHEAD'],
    ['a date in year 9999', { startsAt: '9999-12-31T09:00:00+01:00', endsAt: '9999-12-31T10:00:00+01:00' }, 'INVALID_DATETIME'],
    ['a date long past', { startsAt: '1999-12-31T09:00:00+01:00', endsAt: '1999-12-31T10:00:00+01:00' }, 'BOOKING_IN_PAST'],
    ['a date without offset', { startsAt: '2027-01-12T09:00:00' }, 'INVALID_DATETIME'],
    ['an impossible date', { startsAt: '2027-02-30T09:00:00+01:00' }, 'INVALID_DATETIME'],
    ['a date that is not a string', { startsAt: 1736668800000 }, 'INVALID_DATETIME'],
    ['a title of 100 kB', { title: huge }, 'maxLength'],
    ['a negative external headcount', { externalAttendees: -1 }, 'min'],
    ['a headcount beyond 32 bits', { externalAttendees: 2 ** 40 }, 'BAD_USER_INPUT'],
    ['a headcount as a string', { externalAttendees: 'ten' }, 'BAD_USER_INPUT'],
    ['an unknown field', { colour: 'red' }, 'BAD_USER_INPUT'],
    ['a missing required field', { spaceId: undefined }, 'BAD_USER_INPUT'],
    [
      'a list of 10,000 attendees',
      { attendeeIds: Array.from({ length: 10_000 }, () => '9f1f8d76-5b1e-4d0a-9a7e-2b0c8c3f5d11') },
      'arrayMaxSize',
    ],
  ])('%s', async (_case, override, reason) => {
    const input = { spaceId: deskId, startsAt: '2027-01-12T09:00:00+01:00', endsAt: '2027-01-12T12:00:00+01:00', ...override };
    const res = await me.request(CREATE, { input });
    const err = res.errors?.[0];
    expect(err?.extensions?.code).toMatch(/^(BAD_USER_INPUT|NOT_FOUND|CONFLICT|FORBIDDEN)$/);
    const reasons = [err?.extensions?.reason, ...(err?.extensions?.fieldErrors ?? []).map((f) => f.reason)];
    expect(reasons).toContain(reason);
    expect(res.status).toBeLessThan(500);
    expect(await bookingRows()).toBe(0);
  });

  it('answers malformed JSON and an oversized body with a coded error, not a crash', async () => {
    const post = (body: string) =>
      fetch(`${api.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const malformed = await post('{"query": ');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', reason: 'MALFORMED_JSON' } }] });
    const big = await post(JSON.stringify({ query: '{ me { id } }', variables: { x: 'y'.repeat(2 * 1024 * 1024) } }));
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ errors: [{ extensions: { reason: 'REQUEST_TOO_LARGE' } }] });
  });

  it('answers a syntax error and an unknown field with their reasons', async () => {
    expect((await me.error('{ me { id ')).extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_PARSE_FAILED' });
    expect((await me.error('{ me { password } }')).extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('answers malformed ids on plain arguments without touching the database', async () => {
    for (const q of [`{ site(id: "1; DROP TABLE sites") { id } }`, `{ booking(id: "abc") { id } }`, `{ space(id: "") { id } }`]) {
      expect((await me.error(q)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID' });
    }
  });

  it('answers odd admin input with coded errors', async () => {
    const cases: [string, string][] = [
      [`mutation { createSite(input: { name: "A", timeZone: "Mars/Olympus", openingHours: [] }) { id } }`, 'SITE_INVALID_TIME_ZONE'],
      [
        `mutation { createSite(input: { name: "B", openingHours: [{ weekday: 1, opensAt: "18:00", closesAt: "08:00" }] }) { id } }`,
        'OPENING_HOURS_INVALID',
      ],
      [
        `mutation { createSite(input: { name: "C", openingHours: [{ weekday: 9, opensAt: "08:00", closesAt: "18:00" }] }) { id } }`,
        'VALIDATION_FAILED',
      ],
      [
        `mutation { createSite(input: { name: "D", openingHours: [{ weekday: 1, opensAt: "25:00", closesAt: "26:00" }] }) { id } }`,
        'INVALID_TIME',
      ],
      [`mutation { createSite(input: { name: "", openingHours: [] }) { id } }`, 'VALIDATION_FAILED'],
      [`mutation { createUser(input: { email: "not-an-email", displayName: "X", roles: [EMPLOYEE] }) { id } }`, 'VALIDATION_FAILED'],
      [`mutation { createUser(input: { email: "p@x.be", displayName: "X", roles: [PARTNER] }) { id } }`, 'USER_ROLES_INVALID'],
      [`mutation { createUser(input: { email: "q@x.be", displayName: "X", roles: [EMPLOYEE], fte: 1.5 }) { id } }`, 'VALIDATION_FAILED'],
      [
        `mutation { setBookingRules(input: { spaceKind: DESK, minDurationMinutes: 600, maxDurationMinutes: 60 }) { slotMinutes } }`,
        'RULES_INVALID',
      ],
      [`mutation { setBookingRules(input: { spaceKind: DESK, slotMinutes: 7 }) { slotMinutes } }`, 'VALIDATION_FAILED'],
    ];
    for (const [query, reason] of cases) {
      const err = await me.error(query);
      expect([err.extensions?.reason, err.message]).toEqual([reason, err.message]);
    }
    const { rows } = await api.db.query(
      `SELECT (SELECT count(*) FROM sites)::int + (SELECT count(*) FROM users WHERE email LIKE '%@x.be')::int AS n`,
    );
    expect(rows[0].n).toBe(1); // only the site made by beforeAll
  });
});
