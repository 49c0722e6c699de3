import { startTestApi, type TestApi } from '@plekwijzer/test';
import { generateLarge } from './large.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

it('generates the asked-for volume without breaking any constraint', async () => {
  const client = await api.db.connect();
  try {
    const summary = await generateLarge(client, { spaces: 50, bookings: 3000 });
    expect(summary.bookings).toBeGreaterThanOrEqual(3000);
    expect(summary.bookings).toBeLessThan(3200);
    const kinds = (await client.query(`SELECT kind, count(*)::int AS n FROM spaces GROUP BY kind ORDER BY kind`)).rows;
    expect(kinds).toEqual([
      { kind: 'DESK', n: 40 },
      { kind: 'MEETING_ROOM', n: 10 },
    ]);
  } finally {
    client.release();
  }
});
