import { Factories, startTestApi, type TestApi } from '@plekwijzer/test';

const BOOK = `mutation($input: CreateBookingInput!) { createBooking(input: $input) { id status } }`;
const SUSPEND = `mutation($input: SuspendOrganisationInput!) { suspendOrganisation(input: $input) { cancelledBookings organisation { status suspendedAt suspensionReason } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const REFRESH = `mutation { refreshSession { accessToken } }`;
const t = (date: string, time: string) => `${date}T${time}:00+01:00`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

/** Signs in over HTTP and returns the refresh cookie, as a browser holds it. */
async function cookieOf(email: string): Promise<string> {
  const res = await fetch(`${api.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: LOGIN, variables: { input: { email, password: Factories.PASSWORD } } }),
  });
  return /pw_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')![1]!;
}

async function refresh(cookie: string) {
  const res = await fetch(`${api.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `pw_session=${cookie}` },
    body: JSON.stringify({ query: REFRESH }),
  });
  return (await res.json()) as { errors?: { extensions: { reason: string } }[] };
}

it('shuts the organisation’s people out and cancels its future requests and bookings with the reason', async () => {
  api.clock.set('2027-01-04T08:00:00+01:00');
  const site = await api.make.site();
  const room = await api.make.space(site.floorId, { kind: 'MEETING_ROOM', partnerAccess: true });
  const org = await api.make.organisation({ trusted: false });
  const user = await api.make.user({ roles: ['PARTNER'], organisationId: org.id });
  const fmUser = await api.make.user({ roles: ['FACILITY_MANAGER'] });
  let partner = await api.as(user);
  const past = (
    await partner.data(BOOK, { input: { spaceId: room.id, startsAt: t('2027-01-07', '09:00'), endsAt: t('2027-01-07', '10:00') } })
  ).createBooking;
  api.clock.set('2027-01-11T08:00:00+01:00');
  partner = await api.as(user);
  const fm = await api.as(fmUser);
  const pending = (
    await partner.data(BOOK, { input: { spaceId: room.id, startsAt: t('2027-01-14', '09:00'), endsAt: t('2027-01-14', '10:00') } })
  ).createBooking;
  const confirmed = (
    await partner.data(BOOK, { input: { spaceId: room.id, startsAt: t('2027-01-15', '09:00'), endsAt: t('2027-01-15', '10:00') } })
  ).createBooking;
  await fm.data(`mutation($input: ApproveBookingRequestsInput!) { approveBookingRequests(input: $input) { id } }`, {
    input: { bookingIds: [confirmed.id] },
  });
  const cookie = await cookieOf(user.email);

  const res = await fm.data(SUSPEND, { input: { id: org.id, reason: 'Gebruiksvoorwaarden niet nageleefd' } });
  expect(res.suspendOrganisation).toEqual({
    cancelledBookings: 2,
    organisation: { status: 'SUSPENDED', suspendedAt: '2027-01-11T07:00:00.000Z', suspensionReason: 'Gebruiksvoorwaarden niet nageleefd' },
  });
  const statuses = (await api.db.query(`SELECT id, status FROM bookings WHERE organisation_id = $1`, [org.id])).rows;
  expect(new Map(statuses.map((r) => [r.id, r.status]))).toEqual(
    new Map([
      [past.id, 'PENDING'], // in the past: left for the record (its request simply lapsed)
      [pending.id, 'CANCELLED'],
      [confirmed.id, 'CANCELLED'],
    ]),
  );
  const audit = (await api.db.query(`SELECT decision, decided_by, reason FROM booking_decisions WHERE booking_id = $1`, [pending.id])).rows;
  expect(audit).toEqual([
    { decision: 'CANCELLED', decided_by: fmUser.id, reason: 'Organisation suspended: Gebruiksvoorwaarden niet nageleefd' },
  ]);
  const mails = (
    await api.db.query(
      `SELECT template_key, params->>'count' AS count FROM outbox_messages WHERE recipient_user_id = $1 ORDER BY created_at`,
      [user.id],
    )
  ).rows;
  expect(mails.filter((m) => m.template_key === 'booking.cancelled-suspended')).toHaveLength(2);

  // the access token, the refresh cookie and signing in again are all refused
  expect((await partner.error(`{ me { id } }`)).extensions?.reason).toBe('AUTH_TOKEN_INVALID');
  expect((await refresh(cookie)).errors?.[0]?.extensions.reason).toBe('AUTH_SESSION_INVALID');
  const login = await api.anon.error(LOGIN, { input: { email: user.email, password: Factories.PASSWORD } });
  expect(login.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'AUTH_ORGANISATION_SUSPENDED' });
  const wrong = await api.anon.error(LOGIN, { input: { email: user.email, password: 'not the password' } });
  expect(wrong.extensions?.reason).toBe('AUTH_INVALID_CREDENTIALS'); // nothing told without the password

  expect((await fm.error(SUSPEND, { input: { id: org.id, reason: 'nog eens' } })).extensions?.reason).toBe(
    'ORGANISATION_ALREADY_SUSPENDED',
  );
  const invite = await fm.error(`mutation($input: InvitePartnerInput!) { invitePartner(input: $input) { inviteUrl } }`, {
    input: { organisationId: org.id, email: 'nieuw@vereniging.be', displayName: 'Nieuw' },
  });
  expect(invite.extensions?.reason).toBe('ORGANISATION_SUSPENDED');

  const back = await fm.data(
    `mutation($input: ReactivateOrganisationInput!) { reactivateOrganisation(input: $input) { status suspendedAt } }`,
    {
      input: { id: org.id },
    },
  );
  expect(back.reactivateOrganisation).toEqual({ status: 'ACTIVE', suspendedAt: null });
  expect((await api.anon.request(LOGIN, { input: { email: user.email, password: Factories.PASSWORD } })).errors).toBeUndefined();
  expect(await api.db.query(`SELECT status FROM bookings WHERE id = $1`, [confirmed.id]).then((r) => r.rows[0].status)).toBe('CANCELLED');
});

it('needs a reason and a manager', async () => {
  api.clock.set('2027-01-11T08:00:00+01:00');
  const org = await api.make.organisation();
  const fm = await api.as(await api.make.user({ roles: ['FACILITY_MANAGER'] }));
  expect((await fm.error(SUSPEND, { input: { id: org.id, reason: '  ' } })).extensions?.reason).toBe('VALIDATION_FAILED');
  const partner = await api.as(await api.make.user({ roles: ['PARTNER'], organisationId: org.id }));
  expect((await partner.error(SUSPEND, { input: { id: org.id, reason: 'x' } })).extensions?.reason).toBe('AUTH_ROLE_FORBIDDEN');
  expect((await api.db.query(`SELECT status FROM organisations WHERE id = $1`, [org.id])).rows[0].status).toBe('ACTIVE');
});
