import { startTestApi, type GraphqlClient, type TestApi } from '@plekwijzer/test';

const MEASURES = `{ successMeasures { key unit value target cap targetIsDefault status windowFrom windowTo details { key value } series { month value } names } }`;

type Measure = {
  key: string;
  value: number | null;
  status: string;
  target: number;
  details: { key: string; value: number }[];
  [k: string]: unknown;
};

let api: TestApi;
let manager: GraphqlClient;
let measures: () => Promise<Map<string, Measure>>;
const at = (day: string, hhmm: string) => `${day}T${hhmm}:00+01:00`;

/**
 * One small organisation, built by hand in this file's own database (the test clock says Monday
 * 11 January 2027): 20 screen workers and 2 field workers in two departments, three desks and a
 * space of every kind but phone booths, a library that is a satellite site, two partners.
 */
beforeAll(async () => {
  api = await startTestApi();
  const a = await api.make.department({ name: 'Dienst A' });
  const b = await api.make.department({ name: 'Dienst B' });
  const managerUser = await api.make.user({ roles: ['FACILITY_MANAGER'], departmentId: a.id });
  manager = await api.as(managerUser);
  const staff = [managerUser];
  for (let i = 0; i < 19; i++) staff.push(await api.make.user({ departmentId: i < 10 ? a.id : b.id }));
  for (let i = 0; i < 2; i++) await api.make.user({ departmentId: b.id, screenWorker: false });

  const hall = await api.make.site();
  const desks = [];
  for (let i = 0; i < 3; i++) desks.push(await api.make.space(hall.floorId, { kind: 'DESK' }));
  const room = await api.make.space(hall.floorId, { kind: 'MEETING_ROOM' });
  for (const kind of ['QUIET_ROOM', 'INFORMAL_AREA', 'CONSULTATION_ROOM'] as const) await api.make.space(hall.floorId, { kind });
  const counter = await api.make.space(hall.floorId, { kind: 'FRONT_DESK', partnerAccess: true });
  const library = await api.make.site({ isSatellite: true });
  const talkRoom = await api.make.space(library.floorId, { kind: 'CONSULTATION_ROOM' });

  // ratings by four people for now; the fifth comes in a test
  for (const [i, score] of [4, 4, 3, 5].entries()) {
    const { id } = await api.make.booking(desks[i % 3]!.id, staff[i]!.id, {
      startsAt: at(`2026-12-0${i + 1}`, '09:00'),
      endsAt: at(`2026-12-0${i + 1}`, '12:00'),
      status: 'COMPLETED',
    });
    await api.db.query(`INSERT INTO booking_ratings (booking_id, user_id, score, created_at) VALUES ($1, $2, $3, $4)`, [
      id,
      staff[i]!.id,
      score,
      at(`2026-12-0${i + 1}`, '13:00'),
    ]);
  }
  // a two-hour meeting across departments A and B (three people), and a one-hour meeting within A
  await api.make.booking(room.id, staff[0]!.id, {
    startsAt: at('2027-01-05', '10:00'),
    endsAt: at('2027-01-05', '12:00'),
    status: 'COMPLETED',
    attendeeIds: [staff[1]!.id, staff[15]!.id],
  });
  await api.make.booking(room.id, staff[2]!.id, {
    startsAt: at('2027-01-06', '10:00'),
    endsAt: at('2027-01-06', '11:00'),
    status: 'COMPLETED',
    attendeeIds: [staff[3]!.id],
  });
  // partners: CAW at the counter twice (2 h and 4 h), VDAB in the meeting room once (cancelled once)
  const caw = await api.make.organisation({ name: 'CAW Test' });
  const vdab = await api.make.organisation({ name: 'VDAB Test' });
  const cawUser = await api.make.user({ roles: ['PARTNER'], organisationId: caw.id });
  const vdabUser = await api.make.user({ roles: ['PARTNER'], organisationId: vdab.id });
  await api.make.booking(counter.id, cawUser.id, {
    startsAt: at('2026-12-15', '09:00'),
    endsAt: at('2026-12-15', '11:00'),
    status: 'COMPLETED',
    organisationId: caw.id,
  });
  await api.make.booking(counter.id, cawUser.id, {
    startsAt: at('2026-12-22', '09:00'),
    endsAt: at('2026-12-22', '13:00'),
    status: 'COMPLETED',
    organisationId: caw.id,
  });
  await api.make.booking(room.id, vdabUser.id, {
    startsAt: at('2026-06-15', '09:00'),
    endsAt: at('2026-06-15', '10:00'),
    status: 'COMPLETED',
    organisationId: vdab.id,
  });
  await api.make.booking(room.id, vdabUser.id, {
    startsAt: at('2026-12-16', '09:00'),
    endsAt: at('2026-12-16', '10:00'),
    status: 'CANCELLED',
    organisationId: vdab.id,
  });
  // consultations at the library: 1 h in August, 3 h in November
  const worker = await api.make.user({ roles: ['SOCIAL_WORKER'], departmentId: b.id });
  await api.make.booking(talkRoom.id, worker.id, {
    startsAt: at('2026-08-12', '10:00'),
    endsAt: at('2026-08-12', '11:00'),
    status: 'COMPLETED',
  });
  await api.make.booking(talkRoom.id, worker.id, {
    startsAt: at('2026-11-12', '10:00'),
    endsAt: at('2026-11-12', '13:00'),
    status: 'COMPLETED',
  });

  measures = async () => new Map((await manager.data<{ successMeasures: Measure[] }>(MEASURES)).successMeasures.map((m) => [m.key, m]));
});
afterAll(() => api.close());

const detail = (m: Measure, key: string) => m.details.find((d) => d.key === key)?.value;

describe('the success measures of seed 002', () => {
  it('computes flex desks against screen workers: 3 desks for 21 screen workers, at least 10% (capped at 25) needed', async () => {
    const m = (await measures()).get('FLEX_DESKS')!;
    expect(m.value).toBeCloseTo(3 / 21, 10);
    expect([detail(m, 'desks'), detail(m, 'screenWorkers'), detail(m, 'required')]).toEqual([3, 21, 3]);
    expect(m).toMatchObject({ unit: 'SHARE', target: 0.1, cap: 25, targetIsDefault: true, status: 'MET' });
  });

  it('counts spaces per kind of activity: six of seven kinds have one', async () => {
    const m = (await measures()).get('ACTIVITY_SPACES')!;
    expect(m).toMatchObject({ value: 6, status: 'NOT_MET' });
    expect(detail(m, 'PHONE_BOOTH')).toBe(0);
    expect(detail(m, 'DESK')).toBe(3);
    expect(detail(m, 'CONSULTATION_ROOM')).toBe(2);
  });

  it('hides the average rating until five people rated, then shows it', async () => {
    expect((await measures()).get('WORKPLACE_SATISFACTION')).toMatchObject({ value: null, status: 'SUPPRESSED' });
    const { rows } = await api.db.query(`SELECT id FROM users WHERE display_name LIKE 'Test employee%' ORDER BY created_at DESC LIMIT 1`);
    const desk = (await api.db.query(`SELECT id FROM spaces WHERE kind = 'DESK' LIMIT 1`)).rows[0].id;
    const { id } = await api.make.booking(desk, rows[0].id, {
      startsAt: at('2026-12-28', '09:00'),
      endsAt: at('2026-12-28', '12:00'),
      status: 'COMPLETED',
    });
    await api.db.query(`INSERT INTO booking_ratings (booking_id, user_id, score) VALUES ($1, $2, 2)`, [id, rows[0].id]);
    const m = (await measures()).get('WORKPLACE_SATISFACTION')!;
    expect(m.value).toBeCloseTo((4 + 4 + 3 + 5 + 2) / 5, 10);
    expect(m).toMatchObject({ status: 'MET', unit: 'SCORE', windowFrom: '2026-01-11', windowTo: '2027-01-11' });
  });

  it('computes cross-department meeting hours per employee per week over twelve weeks', async () => {
    const m = (await measures()).get('CROSS_DEPARTMENT_MEETINGS')!;
    // 2 hours × 3 people; 23 staff in the headcount (the social worker included); 12 weeks
    expect([detail(m, 'meetings'), detail(m, 'personHours'), detail(m, 'headcount')]).toEqual([1, 6, 23]);
    expect(m.value).toBeCloseTo(6 / 23 / 12, 10);
    expect(m.status).toBe('NOT_MET');
  });

  it('counts partner organisations, their hours per week and those using desks or front desks', async () => {
    const all = await measures();
    expect(all.get('PARTNER_ORGANISATIONS')).toMatchObject({ value: 2, status: 'NOT_MET', names: ['CAW Test', 'VDAB Test'] });
    expect(all.get('PARTNER_HOURS')!.value).toBeCloseTo(6 / 12, 10);
    expect(all.get('EXTERNAL_SERVICES_ON_DESKS')).toMatchObject({ value: 1, names: ['CAW Test'] });
  });

  it('counts satellite service points and compares their contact hours: the last three months against the three before', async () => {
    const all = await measures();
    expect(all.get('SATELLITE_SERVICE_POINTS')).toMatchObject({ value: 1, status: 'MET' });
    const trend = all.get('SATELLITE_CONTACT_TREND')!;
    expect(trend.series).toEqual([
      { month: '2026-07-01', value: 0 },
      { month: '2026-08-01', value: 1 },
      { month: '2026-09-01', value: 0 },
      { month: '2026-10-01', value: 0 },
      { month: '2026-11-01', value: 3 },
      { month: '2026-12-01', value: 0 },
      { month: '2027-01-01', value: 0 },
    ]);
    expect(trend).toMatchObject({ value: 2, unit: 'CHANGE', status: 'MET' });
  });

  it('lets a facility manager change a target, and nobody else', async () => {
    const set = `mutation($i: SetSuccessMeasureTargetInput!) { setSuccessMeasureTarget(input: $i) { key target targetIsDefault status } }`;
    expect((await manager.data(set, { i: { measure: 'PARTNER_ORGANISATIONS', target: 2 } })).setSuccessMeasureTarget).toEqual({
      key: 'PARTNER_ORGANISATIONS',
      target: 2,
      targetIsDefault: false,
      status: 'MET',
    });
    const bad = await manager.error(set, { i: { measure: 'WORKPLACE_SATISFACTION', target: 7 } });
    expect(bad.extensions?.reason).toBe('TARGET_INVALID');
    const director = await api.as(await api.make.user({ roles: ['MANAGEMENT'] }));
    expect((await director.error(set, { i: { measure: 'PARTNER_HOURS', target: 2 } })).extensions?.code).toBe('FORBIDDEN');
    expect((await director.data(MEASURES)).successMeasures).toHaveLength(9);
  });
});
