import { startTestApi, type TestApi } from '@plekwijzer/test';
import { JobsService } from './jobs.service.js';

let first: TestApi;
let second: TestApi;
beforeAll(async () => {
  first = await startTestApi({ env: { JOBS_ENABLED: 'true' } });
  second = await startTestApi({ databaseUrl: first.databaseUrl, env: { JOBS_ENABLED: 'true' } });
});
afterAll(async () => {
  await second.close();
  await first.close();
});

it('hands each queued job to exactly one of two instances on one database', async () => {
  const runs: string[] = [];
  await first.app.get(JobsService).handle('test-once', () => Promise.resolve(void runs.push('first')));
  await second.app.get(JobsService).handle('test-once', () => Promise.resolve(void runs.push('second')));
  for (let i = 0; i < 6; i++) await first.app.get(JobsService).send('test-once');
  for (let waited = 0; runs.length < 6 && waited < 15_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
  expect(runs).toHaveLength(6);
  await new Promise((r) => setTimeout(r, 1500)); // nothing runs twice
  expect(runs).toHaveLength(6);
});

it('is off by default in tests, and says so when asked to queue', async () => {
  const api = await startTestApi();
  try {
    expect(api.app.get(JobsService).running).toBe(false);
    await expect(api.app.get(JobsService).send('x')).rejects.toThrow(/JOBS_ENABLED/);
  } finally {
    await api.close();
  }
});
