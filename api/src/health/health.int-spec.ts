import { startTestApi, type TestApi } from '@plekwijzer/test';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

it('answers /health without signing in when the database is reachable', async () => {
  const res = await fetch(`${api.baseUrl}/health`);
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ status: 'ok' });
});

it('answers an unknown route with a JSON 404, not a stack trace', async () => {
  const res = await fetch(`${api.baseUrl}/nope`);
  expect(res.status).toBe(404);
  expect(JSON.stringify(await res.json())).not.toMatch(/at .*\.js/);
});
