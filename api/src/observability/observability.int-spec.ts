import { jest } from '@jest/globals';
import { Factories, startTestApi, type TestApi } from '@plekwijzer/test';
import { JobsService } from '../jobs/jobs.service.js';

const CREATE = `mutation($input: CreateBookingInput!) { createBooking(input: $input) { id } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ env: { LOG_FORMAT: 'json', LOG_LEVEL: 'log', JOBS_ENABLED: 'true' } });
});
afterAll(() => api.close());

/** Everything the process writes to stdout and stderr while `work` runs. */
async function captureOutput(work: () => Promise<void>): Promise<string[]> {
  const lines: string[] = [];
  const capture = (chunk: unknown) => {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    return true;
  };
  const out = jest.spyOn(process.stdout, 'write').mockImplementation(capture);
  const err = jest.spyOn(process.stderr, 'write').mockImplementation(capture);
  try {
    await work();
    await new Promise((r) => setTimeout(r, 50)); // the access log is written when the response has finished
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  return lines;
}

const post = (body: unknown, requestId: string) =>
  fetch(`${api.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': requestId },
    body: JSON.stringify(body),
  });

describe('logs', () => {
  it('are JSON lines; a request’s lines carry its id and no e-mail address or password', async () => {
    const user = await api.make.user({ email: 'an.peeters@gemeente.example.be' });
    const lines = await captureOutput(async () => {
      await post({ query: LOGIN, variables: { input: { email: user.email, password: 'Secret-wrong-1' } } }, 'req-failed-sign-in');
      const ok = await post(
        { query: LOGIN, variables: { input: { email: user.email, password: Factories.PASSWORD } } },
        'req-good-sign-in',
      );
      expect(ok.headers.get('x-request-id')).toBe('req-good-sign-in');
    });
    const records = lines.map((l) => JSON.parse(l) as { requestId?: string; message: string; level: string; context?: string });
    const failed = records.filter((r) => r.requestId === 'req-failed-sign-in');
    expect(failed.map((r) => r.message)).toEqual([
      `failed sign-in for user ${user.id}`,
      expect.stringMatching(/^POST \/graphql 200 \d+ ms$/),
    ]);
    expect(records.filter((r) => r.requestId === 'req-good-sign-in').map((r) => r.context)).toEqual(['HTTP']);
    const all = lines.join('\n');
    expect(all).not.toContain(user.email);
    expect(all).not.toContain('Secret-wrong-1');
    expect(all).not.toContain(Factories.PASSWORD);
  });

  it('give a request without an id of its own a fresh one, in the answer and the log', async () => {
    let id: string | null = null;
    const lines = await captureOutput(async () => {
      const res = await fetch(`${api.baseUrl}/health/live`);
      id = res.headers.get('x-request-id');
    });
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.map((l) => JSON.parse(l) as { requestId: string })).toEqual([
      expect.objectContaining({ requestId: id, message: expect.stringMatching(/^GET \/health\/live 200/) }),
    ]);
  });
});

describe('metrics at /metrics', () => {
  it('count requests by route and status, measure latency, count booking conflicts and job runs', async () => {
    const site = await api.make.site();
    const desk = await api.make.space(site.floorId);
    const [an, bob] = [await api.as(await api.make.user()), await api.as(await api.make.user())];
    const input = { spaceId: desk.id, startsAt: '2027-01-12T09:00:00+01:00', endsAt: '2027-01-12T12:00:00+01:00' };
    expect((await an.request(CREATE, { input })).errors).toBeUndefined();
    expect((await bob.error(CREATE, { input })).extensions?.reason).toBe('BOOKING_CONFLICT');
    const jobs = api.app.get(JobsService);
    let ran = false;
    await jobs.handle('metrics-test', () => Promise.resolve(void (ran = true)));
    await jobs.send('metrics-test');
    for (let waited = 0; !ran && waited < 10_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 100));

    const res = await fetch(`${api.baseUrl}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    const value = (series: string) => Number(new RegExp(`^${series.replace(/[{}]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1]);
    expect(value('plekwijzer_http_requests_total{method="POST",route="/graphql",status="200"}')).toBeGreaterThanOrEqual(2);
    expect(value('plekwijzer_http_request_duration_seconds_count{method="POST",route="/graphql"}')).toBeGreaterThanOrEqual(2);
    expect(text).toMatch(/^plekwijzer_http_request_duration_seconds_bucket\{le="0.25",method="POST",route="\/graphql"\} \d+$/m);
    expect(value('plekwijzer_booking_conflicts_total')).toBe(1);
    expect(value('plekwijzer_graphql_errors_total{code="CONFLICT",reason="BOOKING_CONFLICT"}')).toBe(1);
    expect(value('plekwijzer_job_runs_total{job="metrics-test",outcome="ok"}')).toBe(1);
    expect(text).toContain('plekwijzer_process_cpu_seconds_total');
  });
});
