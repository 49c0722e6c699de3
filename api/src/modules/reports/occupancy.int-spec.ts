import { startTestApi, type GraphqlClient, type TestApi } from '@plekwijzer/test';

const REPORT = `query($input: OccupancyReportInput!) {
  occupancyReport(input: $input) {
    openDays suppressed desks ratioBase peakDay availableHours bookedHours checkedInHours bookings released
    deskRatio { value status low high }
    bookedOccupancy { value status }
    utilisation { value status }
    peakOccupancy { value status }
    p80DayOccupancy { value status }
    averageDayPeak { value status }
    noShowRate { value status high }
    heatmap { weekday hour availableHours bookedOccupancy { value status } utilisation { value } }
    byWeekday { weekday bookedOccupancy { value status } }
    trend { weekStart bookedOccupancy { value } peakOccupancy { value } noShowRate { value } }
    groups { key label kind bookedOccupancy { value status } peakOccupancy { value } noShowRate { value status } }
    target { isDefault occupancyMin occupancyMax peakMin peakMax noShowMax }
  }
}`;

type Report = Record<string, any>;

let api: TestApi;
let manager: GraphqlClient;
beforeAll(async () => {
  api = await startTestApi();
  manager = await api.as(await api.make.user({ roles: ['FACILITY_MANAGER'] }));
});
afterAll(() => api.close());

const every = (opens: string, closes: string): [number, string, string][] => [1, 2, 3, 4, 5, 6, 7].map((d) => [d, opens, closes]);
const at = (day: string, hhmm: string) => `${day}T${hhmm}:00+01:00`;
const MONDAY = '2027-01-11';

async function report(input: Record<string, unknown>): Promise<Report> {
  return (await manager.data<{ occupancyReport: Report }>(REPORT, { input })).occupancyReport;
}

/** `n` people of a new department. */
async function people(n: number, opts: { screenWorker?: boolean } = {}) {
  const department = await api.make.department();
  const users = [];
  for (let i = 0; i < n; i++) users.push(await api.make.user({ departmentId: department.id, screenWorker: opts.screenWorker ?? true }));
  return { department, users };
}

async function desks(floorId: string, n: number, kind: 'DESK' | 'CONSULTATION_ROOM' = 'DESK') {
  const out = [];
  for (let i = 0; i < n; i++) out.push(await api.make.space(floorId, { kind }));
  return out;
}

describe('the hand-computable day: 10 desks, 12 screen workers, 8 desks booked 09:00–17:00, 2 of them no-shows', () => {
  let site: { id: string; floorId: string };
  let departmentId: string;
  beforeAll(async () => {
    site = await api.make.site({ hours: every('09:00', '17:00') });
    const team = await people(12);
    departmentId = team.department.id;
    const ds = await desks(site.floorId, 10);
    for (let i = 0; i < 8; i++) {
      await api.make.booking(ds[i]!.id, team.users[i]!.id, {
        startsAt: at(MONDAY, '09:00'),
        endsAt: at(MONDAY, '17:00'),
        status: i < 6 ? 'COMPLETED' : 'RELEASED',
      });
    }
  });

  it('gives ratio 0.83, booked occupancy 80%, utilisation 60%, no-show rate 25% and a peak of 80%', async () => {
    const r = await report({ from: MONDAY, to: MONDAY, siteId: site.id, departmentId });
    expect(r.suppressed).toBe(false);
    expect(r.desks).toBe(10);
    expect(r.ratioBase).toBe(12);
    expect(r.deskRatio.value).toBeCloseTo(10 / 12, 10);
    expect(r.deskRatio.value.toFixed(2)).toBe('0.83');
    // available desk-hours: 10 desks × the 8 opening hours 09:00–17:00
    expect(r.availableHours).toBe(80);
    expect(r.bookedHours).toBe(64);
    expect(r.checkedInHours).toBe(48);
    expect(r.bookedOccupancy.value).toBeCloseTo(0.8, 10);
    expect(r.utilisation.value).toBeCloseTo(0.6, 10);
    expect(r.noShowRate.value).toBeCloseTo(0.25, 10);
    expect([r.bookings, r.released]).toEqual([8, 2]);
    expect(r.peakOccupancy.value).toBeCloseTo(0.8, 10);
    expect(r.p80DayOccupancy.value).toBeCloseTo(0.8, 10);
    expect(r.averageDayPeak.value).toBeCloseTo(0.8, 10);
    expect(r.peakDay).toBe(MONDAY);
    expect(r.openDays).toBe(1);
  });

  it('colours each figure against the built-in bands until a facility manager sets targets', async () => {
    const before = await report({ from: MONDAY, to: MONDAY, siteId: site.id });
    expect(before.target).toMatchObject({
      isDefault: true,
      occupancyMin: 0.4,
      occupancyMax: 0.75,
      peakMin: 0.5,
      peakMax: 0.85,
      noShowMax: 0.1,
    });
    expect(before.bookedOccupancy.status).toBe('ABOVE');
    expect(before.peakOccupancy.status).toBe('WITHIN');
    expect(before.noShowRate).toMatchObject({ status: 'ABOVE', high: 0.1 });
    await manager.data(`mutation($i: SetOccupancyTargetInput!) { setOccupancyTarget(input: $i) { id } }`, {
      i: {
        siteId: site.id,
        ratioMin: 0.8,
        ratioMax: 0.9,
        occupancyMin: 0.5,
        occupancyMax: 0.85,
        peakMin: 0.5,
        peakMax: 0.75,
        noShowMax: 0.3,
      },
    });
    const after = await report({ from: MONDAY, to: MONDAY, siteId: site.id, departmentId });
    expect(after.target.isDefault).toBe(false);
    expect(after.deskRatio).toMatchObject({ status: 'WITHIN', low: 0.8, high: 0.9 });
    expect(after.bookedOccupancy.status).toBe('WITHIN');
    expect(after.peakOccupancy.status).toBe('ABOVE');
    expect(after.noShowRate.status).toBe('WITHIN');
  });

  it('shows the day in the weekday × hour heatmap: eight hours of Monday at 80%', async () => {
    const r = await report({ from: MONDAY, to: MONDAY, siteId: site.id });
    expect(r.heatmap.map((c: Report) => c.hour)).toEqual([9, 10, 11, 12, 13, 14, 15, 16]);
    for (const cell of r.heatmap) {
      expect(cell).toMatchObject({ weekday: 1, availableHours: 10 });
      expect(cell.bookedOccupancy.value).toBeCloseTo(0.8, 10);
      expect(cell.utilisation.value).toBeCloseTo(0.6, 10);
    }
  });

  it('cuts by hour of day: 12:00–17:00 holds 50 desk-hours, 40 of them booked', async () => {
    const r = await report({ from: MONDAY, to: MONDAY, siteId: site.id, hourFrom: 12, hourTo: 17 });
    expect([r.availableHours, r.bookedHours]).toEqual([50, 40]);
    expect(r.bookings).toBe(0); // the bookings started at 09:00, outside the cut
  });

  it('counts a week with no bookings on the other days: the 80th-percentile day and the average fall', async () => {
    const r = await report({ from: MONDAY, to: '2027-01-17', siteId: site.id });
    expect(r.openDays).toBe(7);
    expect(r.availableHours).toBe(7 * 80);
    expect(r.peakOccupancy.value).toBeCloseTo(0.8, 10);
    expect(r.p80DayOccupancy.value).toBe(0);
    expect(r.averageDayPeak.value).toBeCloseTo(0.8 / 7, 10);
    expect(r.trend).toHaveLength(1);
    expect(r.trend[0].weekStart).toBe(MONDAY);
    expect(r.trend[0].bookedOccupancy.value).toBeCloseTo(64 / 560, 10);
  });
});

describe('local days', () => {
  it('gives a spring-forward day 23 hours and no 02:00 cell, an autumn day 25 hours and a double 02:00 cell', async () => {
    const site = await api.make.site({ hours: every('00:00', '24:00') });
    const team = await people(5);
    const ds = await desks(site.floorId, 5);
    const spring = '2026-03-29';
    const autumn = '2026-10-25';
    for (const [i, d] of ds.entries()) {
      for (const [day, next] of [
        [spring, '2026-03-30'],
        [autumn, '2026-10-26'],
      ] as const) {
        await api.make.booking(d.id, team.users[i]!.id, {
          startsAt: `${day}T00:00:00+01:00`,
          endsAt: `${next}T00:00:00${day === spring ? '+02:00' : '+01:00'}`,
          status: 'COMPLETED',
        });
      }
    }
    const s = await report({ from: spring, to: spring, siteId: site.id });
    expect(s.availableHours).toBe(5 * 23);
    expect(s.bookedOccupancy.value).toBeCloseTo(1, 10);
    expect(s.heatmap).toHaveLength(23);
    expect(s.heatmap.find((c: Report) => c.hour === 2)).toBeUndefined();
    expect(s.heatmap.every((c: Report) => c.availableHours === 5 && c.bookedOccupancy.value === 1)).toBe(true);

    const a = await report({ from: autumn, to: autumn, siteId: site.id });
    expect(a.availableHours).toBe(5 * 25);
    expect(a.heatmap).toHaveLength(24);
    expect(a.heatmap.find((c: Report) => c.hour === 2).availableHours).toBe(10);
    expect(a.heatmap.find((c: Report) => c.hour === 3).availableHours).toBe(5);
    expect(a.peakOccupancy.value).toBeCloseTo(1, 10);
  });

  it('cuts a booking across midnight at local midnight', async () => {
    const site = await api.make.site({ hours: every('00:00', '24:00') });
    const team = await people(5);
    const ds = await desks(site.floorId, 5);
    for (const [i, d] of ds.entries()) {
      await api.make.booking(d.id, team.users[i]!.id, {
        startsAt: at(MONDAY, '20:00'),
        endsAt: at('2027-01-12', '04:00'),
        status: 'COMPLETED',
      });
    }
    const r = await report({ from: MONDAY, to: '2027-01-12', siteId: site.id });
    expect(r.bookedHours).toBe(40);
    const booked = r.heatmap.filter((c: Report) => c.bookedOccupancy.value > 0).map((c: Report) => `${c.weekday}@${c.hour}`);
    expect(booked).toEqual(['1@20', '1@21', '1@22', '1@23', '2@0', '2@1', '2@2', '2@3']);
    expect(r.byWeekday.map((w: Report) => [w.weekday, w.bookedOccupancy.value])).toEqual([
      [1, 20 / 120],
      [2, 20 / 120],
    ]);
  });

  it('leaves closure days out: neither their hours nor their bookings count', async () => {
    const site = await api.make.site({ hours: every('09:00', '17:00'), closures: ['2027-01-12'] });
    const team = await people(5);
    const ds = await desks(site.floorId, 5);
    for (const [i, d] of ds.entries()) {
      await api.make.booking(d.id, team.users[i]!.id, { startsAt: at(MONDAY, '09:00'), endsAt: at(MONDAY, '13:00'), status: 'COMPLETED' });
      await api.make.booking(d.id, team.users[i]!.id, {
        startsAt: at('2027-01-12', '09:00'),
        endsAt: at('2027-01-12', '17:00'),
        status: 'RELEASED',
      });
    }
    const r = await report({ from: MONDAY, to: '2027-01-12', siteId: site.id });
    expect(r.openDays).toBe(1);
    expect([r.availableHours, r.bookedHours]).toEqual([40, 20]);
    expect(r.bookedOccupancy.value).toBeCloseTo(0.5, 10);
    expect([r.bookings, r.released]).toEqual([5, 0]);
    expect(r.heatmap.every((c: Report) => c.weekday === 1)).toBe(true);
  });
});

describe('aggregates only: fewer than five people are never shown', () => {
  it('suppresses every figure of a department of four, and shows one of six', async () => {
    const site = await api.make.site({ hours: every('09:00', '17:00') });
    const small = await people(4);
    const big = await people(6);
    const ds = await desks(site.floorId, 10);
    for (const [i, u] of [...small.users, ...big.users].entries()) {
      await api.make.booking(ds[i]!.id, u.id, { startsAt: at(MONDAY, '09:00'), endsAt: at(MONDAY, '17:00'), status: 'COMPLETED' });
    }
    const hidden = await report({ from: MONDAY, to: MONDAY, siteId: site.id, departmentId: small.department.id });
    expect(hidden.suppressed).toBe(true);
    for (const f of ['deskRatio', 'bookedOccupancy', 'utilisation', 'peakOccupancy', 'p80DayOccupancy', 'noShowRate']) {
      expect(hidden[f]).toMatchObject({ value: null, status: 'SUPPRESSED' });
    }
    expect([hidden.ratioBase, hidden.availableHours, hidden.bookedHours, hidden.bookings, hidden.peakDay]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(hidden.heatmap.every((c: Report) => c.bookedOccupancy.status === 'SUPPRESSED' && c.bookedOccupancy.value === null)).toBe(true);

    const shown = await report({ from: MONDAY, to: MONDAY, siteId: site.id, departmentId: big.department.id });
    expect(shown.suppressed).toBe(false);
    expect(shown.bookedOccupancy.value).toBeCloseTo(0.6, 10);

    const byDepartment = await report({ from: MONDAY, to: MONDAY, siteId: site.id, groupBy: 'DEPARTMENT' });
    const row = (id: string) => byDepartment.groups.find((g: Report) => g.key === id);
    expect(row(small.department.id).bookedOccupancy).toEqual({ value: null, status: 'SUPPRESSED' });
    expect(row(big.department.id)).toMatchObject({ label: big.department.name, bookedOccupancy: { value: 0.6 } });
    expect(row(big.department.id).peakOccupancy.value).toBeCloseTo(0.6, 10);
  });

  it('suppresses a cell with one to four people behind it', async () => {
    const site = await api.make.site({ hours: every('09:00', '17:00') });
    const team = await people(5);
    const ds = await desks(site.floorId, 5);
    for (const [i, u] of team.users.entries()) {
      await api.make.booking(ds[i]!.id, u.id, {
        startsAt: at(MONDAY, '09:00'),
        endsAt: at(MONDAY, i < 2 ? '17:00' : '12:00'),
        status: 'COMPLETED',
      });
    }
    const r = await report({ from: MONDAY, to: MONDAY, siteId: site.id });
    expect(r.suppressed).toBe(false);
    const cell = (hour: number) => r.heatmap.find((c: Report) => c.hour === hour).bookedOccupancy;
    expect(cell(10).value).toBeCloseTo(1, 10);
    expect(cell(14)).toEqual({ value: null, status: 'SUPPRESSED' });
  });

  it('counts consultations as room usage with no person attached: shown, and never a department’s', async () => {
    const site = await api.make.site({ hours: every('09:00', '17:00') });
    const worker = await api.make.user({ roles: ['SOCIAL_WORKER'], departmentId: (await people(6)).department.id });
    const rooms = await desks(site.floorId, 2, 'CONSULTATION_ROOM');
    await api.make.booking(rooms[0]!.id, worker.id, { startsAt: at(MONDAY, '09:00'), endsAt: at(MONDAY, '13:00'), status: 'COMPLETED' });
    const r = await report({ from: MONDAY, to: MONDAY, siteId: site.id, kinds: ['CONSULTATION_ROOM'] });
    expect(r.suppressed).toBe(false);
    expect(r.bookedOccupancy.value).toBeCloseTo(4 / 16, 10);
    const groups = await report({ from: MONDAY, to: MONDAY, siteId: site.id, kinds: ['CONSULTATION_ROOM'], groupBy: 'DEPARTMENT' });
    expect(groups.groups.map((g: Report) => g.key)).toEqual(['']);
  });
});

describe('breakdowns and access', () => {
  it('breaks the figures down per space kind', async () => {
    const site = await api.make.site({ hours: every('09:00', '17:00') });
    const team = await people(5);
    const ds = await desks(site.floorId, 5);
    const room = await api.make.space(site.floorId, { kind: 'MEETING_ROOM' });
    for (const [i, u] of team.users.entries()) {
      await api.make.booking(ds[i]!.id, u.id, { startsAt: at(MONDAY, '09:00'), endsAt: at(MONDAY, '13:00'), status: 'COMPLETED' });
      const hour = (h: number) => String(h).padStart(2, '0') + ':00';
      await api.make.booking(room.id, u.id, { startsAt: at(MONDAY, hour(9 + i)), endsAt: at(MONDAY, hour(10 + i)), status: 'COMPLETED' });
    }
    const r = await report({ from: MONDAY, to: MONDAY, siteId: site.id, kinds: ['DESK', 'MEETING_ROOM'], groupBy: 'KIND' });
    const kind = (k: string) => r.groups.find((g: Report) => g.kind === k);
    expect(kind('DESK').bookedOccupancy.value).toBeCloseTo(0.5, 10);
    expect(kind('MEETING_ROOM').bookedOccupancy.value).toBeCloseTo(5 / 8, 10);
    expect(kind('MEETING_ROOM').peakOccupancy.value).toBe(1);
    expect(r.bookedOccupancy.value).toBeCloseTo(25 / 48, 10);
  });

  it('is for management and facility managers only, and only facility managers set targets', async () => {
    const employee = await api.as(await api.make.user());
    const director = await api.as(await api.make.user({ roles: ['MANAGEMENT'] }));
    expect((await employee.error(REPORT, { input: { from: MONDAY, to: MONDAY } })).extensions?.code).toBe('FORBIDDEN');
    expect((await director.data(REPORT, { input: { from: MONDAY, to: MONDAY } })).occupancyReport).toBeTruthy();
    const set = `mutation { setOccupancyTarget(input: { occupancyMin: 0.5, occupancyMax: 0.8, peakMin: 0.5, peakMax: 0.85, noShowMax: 0.1 }) { id } }`;
    expect((await director.error(set)).extensions?.code).toBe('FORBIDDEN');
    expect((await manager.data(set)).setOccupancyTarget.id).toBeTruthy();
    const bad = await manager.error(
      `mutation { setOccupancyTarget(input: { occupancyMin: 0.9, occupancyMax: 0.8, peakMin: 0.5, peakMax: 0.85, noShowMax: 0.1 }) { id } }`,
    );
    expect(bad.extensions).toMatchObject({ reason: 'TARGET_INVALID', fieldErrors: [{ field: 'occupancyMax' }] });
  });

  it('refuses a period that ends before it starts or spans more than a year', async () => {
    expect((await manager.error(REPORT, { input: { from: MONDAY, to: '2027-01-10' } })).extensions?.reason).toBe('REPORT_RANGE_INVALID');
    expect((await manager.error(REPORT, { input: { from: '2026-01-01', to: '2027-01-02' } })).extensions?.reason).toBe('RANGE_TOO_LARGE');
  });
});
