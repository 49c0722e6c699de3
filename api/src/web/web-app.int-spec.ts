import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApi, type TestApi } from '@plekwijzer/test';

const INDEX = '<!doctype html><title>Plekwijzer</title><div id="root"></div>';
const SCRIPT = 'console.log("plekwijzer")';
const html = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

let dir: string;
let api: TestApi;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plekwijzer-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), INDEX);
  writeFileSync(join(dir, 'assets', 'index-4f2a9c.js'), SCRIPT);
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  api = await startTestApi({ env: { WEB_DIST_DIR: dir } });
});
afterAll(async () => {
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${api.baseUrl}${path}`, { headers });

describe('the built web app on the API port', () => {
  it('serves hashed assets as immutable for a year', async () => {
    const res = await get('/assets/index-4f2a9c.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(await res.text()).toBe(SCRIPT);
  });

  it('serves index.html and other files so that the browser always revalidates them', async () => {
    for (const path of ['/index.html', '/favicon.svg']) {
      const res = await get(path);
      expect([path, res.status, res.headers.get('cache-control')]).toEqual([path, 200, 'no-cache']);
    }
  });

  it('answers a page the browser navigates to with index.html (the app routes on the client)', async () => {
    for (const path of ['/', '/agenda', '/bookings/9f1f8d76-5b1e-4d0a-9a7e-2b0c8c3f5d11?view=week']) {
      const res = await get(path, html);
      expect([path, res.status, res.headers.get('cache-control')]).toEqual([path, 200, 'no-cache']);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(await res.text()).toBe(INDEX);
    }
  });

  it('does not answer with the app what is not a page request, nor a missing asset', async () => {
    const notPages = [
      await get('/agenda', { accept: 'application/json' }),
      await get('/agenda'),
      await get('/assets/index-000000.js', html),
      await fetch(`${api.baseUrl}/agenda`, { method: 'DELETE', headers: html }),
    ];
    for (const res of notPages) {
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('<div id="root">');
    }
  });

  it('leaves /graphql and /health to the API', async () => {
    expect(await api.anon.data(`{ appInfo { version } }`)).toEqual({ appInfo: { version: expect.any(String) } });
    const graphqlPage = await get('/graphql', html);
    expect(await graphqlPage.text()).not.toContain('<div id="root">');
    const health = await get('/health', html);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
  });

  it('never serves files outside the directory', async () => {
    for (const path of ['/../package.json', '/%2e%2e/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json', '/.env']) {
      const res = await get(path);
      expect(await res.text()).not.toContain('"name"');
    }
  });
});

it('starts without a built web app, and then serves the API only', async () => {
  const bare = await startTestApi({ env: { WEB_DIST_DIR: join(dir, 'does-not-exist') } });
  try {
    expect((await fetch(`${bare.baseUrl}/`, { headers: html })).status).toBe(404);
    expect((await bare.anon.data(`{ appInfo { demoMode } }`)).appInfo.demoMode).toBe(true);
  } finally {
    await bare.close();
  }
});
