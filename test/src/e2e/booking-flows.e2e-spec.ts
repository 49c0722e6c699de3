import type { Browser, Page } from 'playwright-core';
import { startTestApi, TestClock, type TestApi } from '../index.js';
import { launchBrowser, newContext } from './browser.js';
import { expectAccessible, shoot, signIn } from './helpers.js';
import { makeWorld, PASSWORD, type E2EWorld } from './world.js';

// Tuesday 12 January 2027, 08:00 in Brussels, for the API and the browsers alike.
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

async function page(opts: { viewport?: { width: number; height: number } } = {}): Promise<Page> {
  const context = await newContext(browser, { now: NOW, ...opts });
  return context.newPage();
}

describe('the web app, in Dutch, in a real browser', () => {
  it('signs in, books a desk on the floor plan, and a second user who tries the same desk sees the conflict', async () => {
    const an = await page();
    await an.goto(`${api.baseUrl}/`);
    await an.getByRole('heading', { name: 'Plekwijzer', level: 1 }).waitFor();
    await expectAccessible(an, 'login');
    await shoot(an, 'login');
    await signIn(an, api.baseUrl, world.an.email, PASSWORD);
    await an.getByRole('heading', { name: 'Werkplek zoeken', level: 1 }).waitFor();
    await an.getByRole('button', { name: 'G.02: Vrij' }).waitFor();
    await expectAccessible(an, 'floor plan');
    await shoot(an, 'desk-finder');

    // Bob opens the same desk before An books it…
    const bob = await page();
    await signIn(bob, api.baseUrl, world.bob.email, PASSWORD);
    await bob.getByRole('button', { name: 'G.02: Vrij' }).click();
    await bob.getByRole('dialog').waitFor();

    // …An books it with the keyboard (Enter on the desk)…
    await an.getByRole('button', { name: 'G.02: Vrij' }).focus();
    await an.keyboard.press('Enter');
    const dialog = an.getByRole('dialog');
    await dialog.getByText('G.02').waitFor();
    await expectAccessible(an, 'booking dialog');
    await shoot(an, 'booking-dialog');
    await dialog.getByRole('button', { name: 'Boeken' }).click();
    await an.getByRole('button', { name: 'G.02: Mijn plek' }).waitFor();

    // …and Bob's attempt is refused with the message next to the time.
    await bob.getByRole('dialog').getByRole('button', { name: 'Boeken' }).click();
    await bob.getByText('Deze ruimte is dan al geboekt.').waitFor();
    await expectAccessible(bob, 'conflict error shown');
    await shoot(bob, 'booking-conflict');
    const { rows } = await api.db.query(`SELECT count(*)::int AS n FROM bookings WHERE space_id = $1 AND status = 'CONFIRMED'`, [
      world.desks[1]!.id,
    ]);
    expect(rows[0].n).toBe(1);
  });

  it('shows the desks as a list with the same information', async () => {
    const p = await page();
    await signIn(p, api.baseUrl, world.bob.email, PASSWORD);
    await p.getByRole('tab', { name: 'Lijst' }).click();
    const table = p.getByRole('table');
    await table.getByRole('rowheader', { name: 'G.01' }).waitFor();
    await expect(table.getByRole('row', { name: /G\.01/ }).textContent()).resolves.toMatch(/Zit-sta-bureau/);
    await expectAccessible(p, 'desk list');
    await shoot(p, 'desk-list');
  });
});
