import { startTestApi, type TestApi } from '@plekwijzer/test';

const BOOK = `mutation($input: CreateBookingInput!) { createBooking(input: $input) { id status } }`;
const t = (date: string, time: string) => `${date}T${time}:00+01:00`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

async function liveMinutes(orgId: string, month: string): Promise<number> {
  const { rows } = await api.db.query(
    `SELECT coalesce(sum(extract(epoch FROM ends_at - starts_at) / 60), 0)::int AS m FROM bookings
      WHERE organisation_id = $1 AND status IN ('PENDING','CONFIRMED','CHECKED_IN','COMPLETED')
        AND to_char(starts_at AT TIME ZONE 'Europe/Brussels', 'YYYY-MM') = $2`,
    [orgId, month],
  );
  return rows[0].m;
}

describe('the monthly hour quota', () => {
  it('holds under 20 concurrent requests: pending and confirmed hours together never exceed it', async () => {
    const site = await api.make.site();
    const desks = [
      await api.make.space(site.floorId, { kind: 'FRONT_DESK', partnerAccess: true }),
      await api.make.space(site.floorId, { kind: 'FRONT_DESK', partnerAccess: true }),
    ];
    const org = await api.make.organisation({ trusted: false, monthlyHourQuota: 10 });
    const fm = await api.as(await api.make.user({ roles: ['FACILITY_MANAGER'] }));
    const first = await api.as(await api.make.user({ roles: ['PARTNER'], organisationId: org.id }));
    // two hours already confirmed this month
    const approved = (
      await first.data(BOOK, { input: { spaceId: desks[0]!.id, startsAt: t('2027-01-29', '09:00'), endsAt: t('2027-01-29', '11:00') } })
    ).createBooking;
    await fm.data(`mutation($input: ApproveBookingRequestsInput!) { approveBookingRequests(input: $input) { id } }`, {
      input: { bookingIds: [approved.id] },
    });

    const people = await Promise.all(Array.from({ length: 20 }, () => api.make.user({ roles: ['PARTNER'], organisationId: org.id })));
    const clients = await Promise.all(people.map((p) => api.as(p)));
    const answers = await Promise.all(
      clients.map((c, i) => {
        const day = `2027-01-${String(14 + Math.floor(i / 2)).padStart(2, '0')}`;
        return c.request(BOOK, { input: { spaceId: desks[i % 2]!.id, startsAt: t(day, '09:00'), endsAt: t(day, '10:00') } });
      }),
    );
    const ok = answers.filter((a) => !a.errors);
    const refused = answers.filter((a) => a.errors);
    expect(ok).toHaveLength(8);
    expect(refused).toHaveLength(12);
    for (const r of refused) {
      expect(r.errors![0]!.extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'ORGANISATION_QUOTA_EXCEEDED',
        params: { month: '2027-01', quotaHours: 10, remainingHours: 0, requestedHours: 1 },
      });
      expect(r.errors![0]!.message).toBe('Your organisation has 0 of its 10 hours left in 2027-01; this booking takes 1');
    }
    expect(await liveMinutes(org.id, '2027-01')).toBe(600);
  });

  it('says how many hours remain, counts only its own month, and frees hours that are cancelled', async () => {
    const site = await api.make.site();
    const desk = await api.make.space(site.floorId, { kind: 'FRONT_DESK', partnerAccess: true });
    const org = await api.make.organisation({ trusted: true, monthlyHourQuota: 3 });
    const p = await api.as(await api.make.user({ roles: ['PARTNER'], organisationId: org.id }));
    const long = (await p.data(BOOK, { input: { spaceId: desk.id, startsAt: t('2027-01-20', '09:00'), endsAt: t('2027-01-20', '11:30') } }))
      .createBooking;
    const err = await p.error(BOOK, { input: { spaceId: desk.id, startsAt: t('2027-01-21', '09:00'), endsAt: t('2027-01-21', '10:00') } });
    expect(err.extensions).toMatchObject({ reason: 'ORGANISATION_QUOTA_EXCEEDED', params: { remainingHours: 0.5, usedHours: 2.5 } });
    expect(err.message).toMatch(/has 0\.5 of its 3 hours left in 2027-01/);
    expect(
      (await p.request(BOOK, { input: { spaceId: desk.id, startsAt: t('2027-01-21', '09:00'), endsAt: t('2027-01-21', '09:30') } })).errors,
    ).toBeUndefined();
    expect(
      (await p.request(BOOK, { input: { spaceId: desk.id, startsAt: t('2027-02-02', '09:00'), endsAt: t('2027-02-02', '12:00') } })).errors,
    ).toBeUndefined();

    await p.data(`mutation($input: CancelBookingInput!) { cancelBooking(input: $input) { id } }`, { input: { id: long.id } });
    expect(
      (await p.request(BOOK, { input: { spaceId: desk.id, startsAt: t('2027-01-22', '09:00'), endsAt: t('2027-01-22', '11:00') } })).errors,
    ).toBeUndefined();
    const usage = (await p.data(`{ myOrganisation { usage(month: "2027-01") { quotaHours usedMinutes remainingMinutes } } }`))
      .myOrganisation.usage;
    expect(usage).toEqual({ quotaHours: 3, usedMinutes: 150, remainingMinutes: 30 });
  });
});
