import { startTestApi, type TestApi } from '@plekwijzer/test';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

it('answers /health and /health/ready after checking the database, and /health/live without it, without signing in', async () => {
  for (const path of ['/health', '/health/ready']) {
    const res = await fetch(`${api.baseUrl}${path}`);
    expect([res.status, await res.json()]).toEqual([200, { status: 'ok', database: 'ok' }]);
  }
  const live = await fetch(`${api.baseUrl}/health/live`);
  expect([live.status, await live.json()]).toEqual([200, { status: 'ok' }]);
});

it('answers an unknown route with a JSON 404, not a stack trace', async () => {
  const res = await fetch(`${api.baseUrl}/nope`);
  expect(res.status).toBe(404);
  expect(JSON.stringify(await res.json())).not.toMatch(/at .*\.js/);
});
