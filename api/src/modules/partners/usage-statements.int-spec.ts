import { parse } from 'csv-parse/sync';
import { startTestApi, type TestApi } from '@plekwijzer/test';

const BOOK = `mutation($input: CreateBookingInput!) { createBooking(input: $input) { id status } }`;
const STATEMENT = `query($month: String!, $org: ID) {
  usageStatement(month: $month, organisationId: $org) {
    organisationName enterpriseNumber month totalMinutes totalCents
    lines { spaceKind bookings minutes hours centsPerHour amountCents }
    bookings { spaceName minutes status }
    csv
  }
}`;
const t = (date: string, time: string) => `${date}T${time}:00+01:00`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  api.clock.set('2027-01-11T08:00:00+01:00');
});
afterAll(() => api.close());

it('totals equal the bookings × the tariff, to the cent; exported as CSV for Belgian Excel', async () => {
  const site = await api.make.site();
  const room = await api.make.space(site.floorId, { kind: 'MEETING_ROOM', partnerAccess: true, name: 'Zaal De Beek' });
  const desk = await api.make.space(site.floorId, { kind: 'FRONT_DESK', partnerAccess: true, name: 'Balie A' });
  const strict = await api.make.space(site.floorId, { kind: 'MEETING_ROOM', partnerAccess: true, requiresApproval: true });
  const org = await api.make.organisation({
    name: 'Vereniging De Kleine Beek vzw',
    enterpriseNumber: '0741085245',
    tariffs: { MEETING_ROOM: 1250, FRONT_DESK: 333 },
  });
  const partner = await api.as(await api.make.user({ roles: ['PARTNER'], organisationId: org.id, displayName: 'Marc Jacobs' }));
  const book = async (spaceId: string, date: string, from: string, to: string) =>
    (await partner.data(BOOK, { input: { spaceId, startsAt: t(date, from), endsAt: t(date, to) } })).createBooking as { id: string };

  const charged: { kind: 'MEETING_ROOM' | 'FRONT_DESK'; minutes: number }[] = [];
  const add = async (kind: 'MEETING_ROOM' | 'FRONT_DESK', date: string, from: string, to: string, minutes: number) => {
    const b = await book(kind === 'MEETING_ROOM' ? room.id : desk.id, date, from, to);
    charged.push({ kind, minutes });
    return b;
  };
  await add('MEETING_ROOM', '2027-01-12', '09:00', '10:15', 75);
  await add('MEETING_ROOM', '2027-01-19', '13:00', '14:00', 60);
  const noShow = await add('MEETING_ROOM', '2027-01-26', '09:00', '12:15', 195);
  for (const date of ['2027-01-13', '2027-01-20', '2027-01-27']) await add('FRONT_DESK', date, '09:00', '09:45', 45);
  await api.db.query(`UPDATE bookings SET status = 'RELEASED' WHERE id = $1`, [noShow.id]); // a no-show still reserved the room
  const cancelled = await book(room.id, '2027-01-28', '09:00', '17:00');
  await partner.data(`mutation($input: CancelBookingInput!) { cancelBooking(input: $input) { id } }`, { input: { id: cancelled.id } });
  await book(strict.id, '2027-01-29', '09:00', '10:00'); // still waiting for approval: not charged
  await book(room.id, '2027-02-01', '09:00', '17:00'); // next month
  await book(room.id, '2027-01-31', '22:00', '23:00').catch(() => undefined); // outside opening hours: refused, not charged

  const s = (await partner.data(STATEMENT, { month: '2027-01' })).usageStatement;
  // the rule, written out: per kind, round(Σ minutes × cents per hour ÷ 60) once, half away from zero
  const expected = (kind: 'MEETING_ROOM' | 'FRONT_DESK', cents: number) => {
    const minutes = charged.filter((c) => c.kind === kind).reduce((n, c) => n + c.minutes, 0);
    return { minutes, amountCents: Math.round((minutes * cents) / 60) };
  };
  const meeting = expected('MEETING_ROOM', 1250);
  const front = expected('FRONT_DESK', 333);
  expect(meeting).toEqual({ minutes: 330, amountCents: 6875 });
  expect(front).toEqual({ minutes: 135, amountCents: 749 }); // 749.25 cents
  expect(s).toMatchObject({
    organisationName: 'Vereniging De Kleine Beek vzw',
    enterpriseNumber: '0741.085.245',
    month: '2027-01',
    totalMinutes: 465,
    totalCents: meeting.amountCents + front.amountCents,
    lines: [
      { spaceKind: 'FRONT_DESK', bookings: 3, minutes: 135, hours: 2.25, centsPerHour: 333, amountCents: 749 },
      { spaceKind: 'MEETING_ROOM', bookings: 3, minutes: 330, hours: 5.5, centsPerHour: 1250, amountCents: 6875 },
    ],
  });
  expect(s.bookings).toHaveLength(6);
  const inSql = (
    await api.db.query(
      `SELECT sum(round(m.minutes::numeric * t.cents_per_hour / 60))::int AS cents
         FROM (SELECT space_kind, sum(extract(epoch FROM ends_at - starts_at) / 60) AS minutes FROM bookings
                WHERE organisation_id = $1 AND status IN ('CONFIRMED','CHECKED_IN','COMPLETED','RELEASED')
                  AND starts_at >= '2027-01-01T00:00:00+01:00' AND starts_at < '2027-02-01T00:00:00+01:00' GROUP BY space_kind) m
         JOIN organisation_tariffs t ON t.organisation_id = $1 AND t.space_kind = m.space_kind`,
      [org.id],
    )
  ).rows[0].cents;
  expect(s.totalCents).toBe(inSql);

  expect(s.csv.startsWith('\uFEFF')).toBe(true);
  const rows: string[][] = parse((s.csv as string).slice(1), { delimiter: ';', relax_column_count: true });
  expect(rows).toContainEqual(['Ondernemingsnummer', '0741.085.245']);
  expect(rows).toContainEqual(['Vergaderzaal', '3', '5,50', '12,50', '68,75']);
  expect(rows).toContainEqual(['Balie', '3', '2,25', '3,33', '7,49']);
  expect(rows).toContainEqual(['Totaal', '6', '7,75', '', '76,24']);
  expect(rows).toContainEqual([
    '2027-01-26',
    '09:00',
    '12:15',
    'Zaal De Beek',
    site.name,
    'Vergaderzaal',
    '3,25',
    'Niet opgedaagd',
    'Marc Jacobs',
    '',
  ]);
  const english = (await partner.data(`{ usageStatement(month: "2027-01") { csv(locale: en) } }`)).usageStatement.csv;
  expect(english).toContain('Total;6;7,75;;76,24');
});

it('a partner gets only its own statement; managers any; a month must be YYYY-MM', async () => {
  const mine = await api.make.organisation();
  const other = await api.make.organisation();
  const partner = await api.as(await api.make.user({ roles: ['PARTNER'], organisationId: mine.id }));
  const fm = await api.as(await api.make.user({ roles: ['FACILITY_MANAGER'] }));
  expect((await partner.data(STATEMENT, { month: '2027-01' })).usageStatement).toMatchObject({
    organisationName: mine.name,
    totalCents: 0,
    lines: [],
  });
  expect((await partner.error(STATEMENT, { month: '2027-01', org: other.id })).extensions?.code).toBe('NOT_FOUND');
  expect((await fm.data(STATEMENT, { month: '2027-01', org: other.id })).usageStatement.organisationName).toBe(other.name);
  expect((await fm.error(STATEMENT, { month: '2027-13', org: other.id })).extensions?.reason).toBe('STATEMENT_MONTH_INVALID');
  const employee = await api.as(await api.make.user());
  expect((await employee.error(STATEMENT, { month: '2027-01', org: other.id })).extensions?.reason).toBe('AUTH_ROLE_FORBIDDEN');
});
