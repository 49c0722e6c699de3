import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMigrations, startEmbeddedPostgres } from '@plekwijzer/api';
import { startTestApi, type GraphqlClient, type TestApi } from '../index.js';
import { freePort } from './free-port.js';

type Embedded = Awaited<ReturnType<typeof startEmbeddedPostgres>>;

let dir: string;
let port: number;
let pg: Embedded | undefined;
let api: TestApi | undefined;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plekwijzer-restart-'));
  port = await freePort();
  // A server of this test's own: the shared test server must not be restarted under other test files.
  pg = await startEmbeddedPostgres({ dir, port, ephemeral: true });
  await runMigrations(pg.url());
  api = await startTestApi({ databaseUrl: pg.url() });
});
afterAll(async () => {
  await api?.close();
  await pg?.stop();
  rmSync(dir, { recursive: true, force: true });
});

type Sample = { at: number; ms: number; outcome: string };

it('answers with coded errors while PostgreSQL restarts under load, never hangs, and serves again within seconds', async () => {
  const user = await api!.make.user();
  const me: GraphqlClient = await api!.as(user);
  const samples: Sample[] = [];
  let loading = true;
  const load = (async () => {
    while (loading) {
      const started = Date.now();
      const res = await me.request(`{ me { id } }`);
      const reason = res.errors?.[0]?.extensions;
      samples.push({
        at: started,
        ms: Date.now() - started,
        outcome: reason ? `${reason.code}/${reason.reason}` : res.status === 200 ? 'ok' : String(res.status),
      });
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  await new Promise((r) => setTimeout(r, 500));

  await pg!.stop();
  const down = Date.now();
  const whileDown = await me.request(`{ me { id } }`);
  expect(whileDown.errors?.[0]?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_UNAVAILABLE' });
  const ready = await fetch(`${api!.baseUrl}/health/ready`);
  expect(ready.status).toBe(503);
  expect((await fetch(`${api!.baseUrl}/health/live`)).status).toBe(200);
  await new Promise((r) => setTimeout(r, 1000));

  pg = await startEmbeddedPostgres({ dir, port, ephemeral: true });
  const up = Date.now();
  let recovered = Infinity;
  for (let waited = 0; waited < 10_000; waited += 100) {
    if ((await me.request(`{ me { id } }`)).data) {
      recovered = Date.now() - up;
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await new Promise((r) => setTimeout(r, 500));
  loading = false;
  await load;

  expect(recovered).toBeLessThan(5000);
  expect((await fetch(`${api!.baseUrl}/health/ready`)).status).toBe(200);
  const outcomes = new Set(samples.map((s) => s.outcome));
  expect([...outcomes].sort()).toEqual(['SERVICE_UNAVAILABLE/DATABASE_UNAVAILABLE', 'ok']);
  expect(samples.filter((s) => s.at > down && s.outcome === 'SERVICE_UNAVAILABLE/DATABASE_UNAVAILABLE').length).toBeGreaterThan(5);
  expect(Math.max(...samples.map((s) => s.ms))).toBeLessThan(6000); // no request hangs
});
