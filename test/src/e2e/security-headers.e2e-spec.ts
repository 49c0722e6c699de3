import type { Browser } from 'playwright-core';
import { startTestApi, TestClock, type TestApi } from '../index.js';
import { launchBrowser, newContext } from './browser.js';
import { expectAccessible, shoot, signIn } from './helpers.js';
import { makeWorld, PASSWORD, type E2EWorld } from './world.js';

const NOW = new Date('2027-01-12T08:00:00+01:00');

let api: TestApi;
let browser: Browser;
let world: E2EWorld;
beforeAll(async () => {
  api = await startTestApi({ clock: new TestClock(NOW.toISOString()) });
  world = await makeWorld(api);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

it('serves the app under a strict content security policy that it passes: sign-in and start page with no violation', async () => {
  const context = await newContext(browser, { now: NOW });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (e) => console.error('Refused by CSP: ' + e.violatedDirective + ' ' + e.blockedURI))`,
  });
  const response = await page.goto(`${api.baseUrl}/`);
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(response?.headers()['x-content-type-options']).toBe('nosniff');
  expect(response?.headers()['strict-transport-security']).toBeUndefined(); // plain http: no HSTS

  await signIn(page, api.baseUrl, world.an.email, PASSWORD);
  await page.getByRole('heading', { name: 'Werkplek zoeken', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'G.02: Vrij' }).waitFor();
  await expectAccessible(page, 'start page under CSP');
  await shoot(page, 'csp-start-page');
  expect(violations).toEqual([]);
  await context.close();
});

it('sends HSTS only behind TLS (an https PUBLIC_URL)', async () => {
  const tls = await startTestApi({ databaseUrl: api.databaseUrl, env: { PUBLIC_URL: 'https://plekwijzer.example.be' } });
  try {
    const res = await fetch(`${tls.baseUrl}/health`);
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(res.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
  } finally {
    await tls.close();
  }
});

it('tells a person signing in too often to wait, in Dutch, next to the form', async () => {
  const strict = await startTestApi({ databaseUrl: api.databaseUrl, env: { SIGN_IN_FREE_ATTEMPTS: '2' } });
  const context = await newContext(browser, { now: NOW });
  try {
    const page = await context.newPage();
    await page.goto(`${strict.baseUrl}/`);
    for (const expected of [
      'E-mailadres of wachtwoord is niet juist.',
      'E-mailadres of wachtwoord is niet juist.',
      'Te veel mislukte pogingen. Wacht 1 s en probeer opnieuw.',
    ]) {
      await page.getByLabel(/E-mailadres/).fill(world.an.email);
      await page.getByLabel(/Wachtwoord/).fill('niet mijn wachtwoord');
      await page.getByRole('button', { name: 'Aanmelden' }).click();
      await page.getByText(expected).waitFor();
    }
    await expectAccessible(page, 'sign-in throttled');
    await shoot(page, 'sign-in-throttled');
  } finally {
    await context.close();
    await strict.close();
  }
});
