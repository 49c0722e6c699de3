import { startTestApi, type TestApi } from '@plekwijzer/test';

const REPORT = `query($input: OccupancyReportInput!) { occupancyReport(input: $input) { openDays bookings } }`;

/**
 * The report statement sets its own timeout (REPORT_STATEMENT_TIMEOUT_MS) in place of the pool's. Each test keeps
 * the statement waiting for a lock on closure_days (which the report reads) for a known time, so the outcome
 * depends on the timeout alone, not on how fast the machine is.
 */
let api: TestApi;
let siteId: string;
beforeAll(async () => {
  // an ordinary statement may take 1 s; the report keeps its default
  api = await startTestApi({ env: { DB_STATEMENT_TIMEOUT_MS: '1000' } });
  const site = await api.make.site();
  await api.make.space(site.floorId);
  siteId = site.id;
});
afterAll(() => api.close());

const input = () => ({ from: '2027-01-11', to: '2027-01-17', siteId, kinds: ['DESK'] });

/** Runs `run` while closure_days is locked for `ms` milliseconds. */
async function whileLocked<T>(ms: number, run: () => Promise<T>): Promise<T> {
  const client = await api.db.connect();
  try {
    await client.query('BEGIN');
    await client.query('LOCK TABLE closure_days IN ACCESS EXCLUSIVE MODE');
    const result = run();
    await new Promise((resolve) => setTimeout(resolve, ms));
    await client.query('COMMIT');
    return await result;
  } finally {
    client.release();
  }
}

it('with the default report timeout, a report that waits longer than the pool statement timeout still runs', async () => {
  const manager = await api.as(await api.make.user({ roles: ['MANAGEMENT'] }));
  const started = Date.now();
  const res = await whileLocked(2000, () => manager.data<{ occupancyReport: { openDays: number } }>(REPORT, { input: input() }));
  expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
  expect(res.occupancyReport.openDays).toBe(7);
});

it('a report that takes longer than REPORT_STATEMENT_TIMEOUT_MS is a coded QUERY_TIMEOUT error', async () => {
  const short = await startTestApi({ databaseUrl: api.databaseUrl, env: { REPORT_STATEMENT_TIMEOUT_MS: '200' } });
  try {
    const manager = await short.as(await api.make.user({ roles: ['MANAGEMENT'] }));
    const err = await whileLocked(1000, () => manager.error(REPORT, { input: input() }));
    expect(err.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', reason: 'QUERY_TIMEOUT' });
  } finally {
    await short.close();
  }
});
