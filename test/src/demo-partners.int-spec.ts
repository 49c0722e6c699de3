import { PasswordService, publicHolidays } from '@plekwijzer/api';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '@plekwijzer/seeds';
import { startTestApi, type TestApi } from './test-api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  const client = await api.db.connect();
  try {
    await seedDemoIfEmpty(client, { hashPassword: (p) => new PasswordService().hash(p), holidays: publicHolidays, now: api.clock.now() });
  } finally {
    client.release();
  }
});
afterAll(() => api.close());

async function signIn(email: string) {
  const res = await api.anon.data(`mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }`, {
    e: email,
    p: DEMO_PASSWORD,
  });
  return api.anon.withToken(res.login.accessToken as string);
}

describe('the demo partners', () => {
  it('each may use its own spaces, at its own hours and tariffs', async () => {
    const caw = await signIn('partner@caw-regio.be');
    const cawSpaces = (await caw.data(`{ spaces { name kind site { name } } }`)).spaces as {
      name: string;
      kind: string;
      site: { name: string };
    }[];
    expect(cawSpaces.map((s) => s.name).sort()).toEqual(['Balie A', 'Balie B', 'Balie C']);
    const association = await signIn('secretariaat@dekleinebeek.be');
    const own = (
      await association.data(
        `{ myOrganisation { trusted hours { weekday opensAt closesAt } tariffs { spaceKind centsPerHour } access { space { name } } } }`,
      )
    ).myOrganisation;
    expect(own.trusted).toBe(false);
    expect(own.access).toEqual([{ space: { name: 'Vergaderzaal De Beek' } }]);
    expect(own.hours).toContainEqual({ weekday: 1, opensAt: '17:00', closesAt: '22:00' });
    expect(own.tariffs).toContainEqual({ spaceKind: 'MEETING_ROOM', centsPerHour: 1500 });
  });

  it('has requests of the association waiting in the queue, each with a deadline ahead, and decisions on record', async () => {
    const fm = await signIn('facilitair@kleinbeek.be');
    const queue = (await fm.data(`{ bookingRequests { decideBy booking { organisation { name } status } } }`)).bookingRequests as {
      decideBy: string;
      booking: { organisation: { name: string }; status: string };
    }[];
    expect(queue.length).toBeGreaterThan(0);
    for (const r of queue) {
      expect(r.booking).toEqual({ organisation: { name: 'Vereniging De Kleine Beek vzw' }, status: 'PENDING' });
      expect(new Date(r.decideBy).getTime()).toBeGreaterThan(api.clock.now().getTime());
    }
    const { rows } = await api.db.query(`SELECT count(*)::int AS n FROM booking_decisions WHERE decision = 'APPROVED'`);
    expect(rows[0].n).toBeGreaterThan(10);
  });

  it('lets the association request its room on an evening the town hall is closed to staff', async () => {
    const association = await signIn('secretariaat@dekleinebeek.be');
    const [room] = (await association.data(`{ spaces { id } }`)).spaces as { id: string }[];
    const res = await association.data(`mutation($input: CreateBookingInput!) { createBooking(input: $input) { status } }`, {
      input: {
        spaceId: room!.id,
        startsAt: '2027-01-21T19:30:00+01:00',
        endsAt: '2027-01-21T21:30:00+01:00',
        title: 'Bestuursvergadering',
      },
    });
    expect(res.createBooking.status).toBe('PENDING');
  });
});
