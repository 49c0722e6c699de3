import type { Browser, Page } from 'playwright-core';
import { startTestApi, TestClock, type TestApi } from '../index.js';
import { launchBrowser, newContext, PHONE } from './browser.js';
import { expectAccessible, shoot, signIn } from './helpers.js';
import { makeWorld, PASSWORD, type E2EWorld } from './world.js';

const NOW = new Date('2027-01-12T08:00:00+01:00');
const CREATE = `mutation($input: CreateBookingInput!) { createBooking(input: $input) { id } }`;

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

async function signedIn(user: { email: string }, viewport?: { width: number; height: number }): Promise<Page> {
  const context = await newContext(browser, { now: NOW, viewport });
  const p = await context.newPage();
  await signIn(p, api.baseUrl, user.email, PASSWORD);
  return p;
}

describe('rooms, the agenda and live updates', () => {
  it('books a room from the rooms view, one column per room', async () => {
    const p = await signedIn(world.an);
    await p.getByRole('link', { name: 'Ruimte boeken' }).click();
    await p.getByRole('heading', { name: 'Ruimte boeken', level: 1 }).waitFor();
    await p.getByRole('list', { name: 'Vergaderzaal Leie' }).waitFor();
    await expectAccessible(p, 'rooms day view');
    await shoot(p, 'rooms');
    await p.getByRole('button', { name: /^Vergaderzaal De Beek: vrij 08:00–19:00/ }).click();
    const dialog = p.getByRole('dialog');
    await dialog.getByLabel('Onderwerp').fill('Teamoverleg');
    await dialog.getByRole('button', { name: 'Boeken' }).click();
    await p.getByRole('listitem').filter({ hasText: 'Teamoverleg' }).first().waitFor();
    await p.getByRole('button', { name: /^Vergaderzaal De Beek: vrij 09:00–19:00/ }).waitFor();
  });

  it('creates a weekly series that skips the week with a conflict, after a preview', async () => {
    const bob = await api.as(world.bob);
    await bob.data(CREATE, {
      input: { spaceId: world.rooms[1]!.id, startsAt: '2027-01-26T14:00:00+01:00', endsAt: '2027-01-26T15:00:00+01:00' },
    });
    const p = await signedIn(world.an);
    await p.getByRole('link', { name: 'Mijn agenda' }).click();
    await p.getByRole('button', { name: 'Nieuwe boeking' }).click();
    const dialog = p.getByRole('dialog');
    await dialog.getByLabel('Ruimte of werkplek').click();
    await p.getByRole('option', { name: /Vergaderzaal Leie/ }).click();
    await dialog.getByLabel('Datum').fill('2027-01-19');
    await dialog.getByLabel('Van').fill('14:00');
    await dialog.getByLabel(/^Tot( \*)?$/).fill('15:00');
    await dialog.getByLabel('Herhalen').check();
    await dialog.getByLabel('Tot en met').fill('2027-02-09');
    await dialog.getByRole('button', { name: 'Data nakijken' }).click();
    await dialog.getByText('3 data worden geboekt, 1 overgeslagen').waitFor();
    await dialog.getByText(/di 26 jan\. 2027.*Overgeslagen: al geboekt/).waitFor();
    await expectAccessible(p, 'series preview');
    await shoot(p, 'series-preview');
    await dialog.getByLabel('Data met een conflict overslaan').check();
    await dialog.getByRole('button', { name: 'Boeken' }).click();
    await p.getByText('3 boekingen gemaakt, 1 overgeslagen.').waitFor();
    const { rows } = await api.db.query(`SELECT count(*)::int AS n FROM bookings WHERE space_id = $1 AND series_id IS NOT NULL`, [
      world.rooms[1]!.id,
    ]);
    expect(rows[0].n).toBe(3);
  });

  it('moves a booking with the keyboard form and cancels another, in the list view', async () => {
    const an = await api.as(world.an);
    const move = await an.data(CREATE, {
      input: { spaceId: world.desks[4]!.id, startsAt: '2027-01-13T09:00:00+01:00', endsAt: '2027-01-13T12:00:00+01:00' },
    });
    await an.data(CREATE, {
      input: { spaceId: world.desks[5]!.id, startsAt: '2027-01-14T09:00:00+01:00', endsAt: '2027-01-14T12:00:00+01:00' },
    });
    const p = await signedIn(world.an);
    await p.getByRole('link', { name: 'Mijn agenda' }).click();
    await p.locator('label', { hasText: /^Lijst$/ }).click();
    await p.getByText(/G\.05/).first().waitFor();
    await expectAccessible(p, 'agenda list view');
    await shoot(p, 'agenda-list');

    await p.getByRole('button', { name: /G\.05/ }).focus();
    await p.keyboard.press('Enter');
    await p.getByRole('button', { name: 'Verplaatsen of wijzigen' }).click();
    const dialog = p.getByRole('dialog');
    await dialog.getByLabel('Van').fill('13:00');
    await dialog.getByLabel(/^Tot( \*)?$/).fill('16:00');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await p.getByText('Wijziging opgeslagen.').waitFor();
    const moved = await api.db.query(`SELECT starts_at FROM bookings WHERE id = $1`, [move.createBooking.id]);
    expect(moved.rows[0].starts_at.toISOString()).toBe('2027-01-13T12:00:00.000Z');

    await p.getByRole('button', { name: /G\.06/ }).click();
    await p.getByRole('button', { name: 'Boeking annuleren' }).click();
    await p.getByText(/Je annuleert G\.06 op do 14 jan\. 2027/).waitFor();
    await expectAccessible(p, 'cancel confirmation');
    await p.getByRole('button', { name: 'Ja, annuleren' }).click();
    await p.getByText('Boeking geannuleerd.').waitFor();
  });

  it('shows the week view on a laptop and switches to English', async () => {
    const p = await signedIn(world.an);
    await p.getByRole('link', { name: 'Mijn agenda' }).click();
    await p.getByRole('heading', { name: 'Mijn agenda', level: 1 }).waitFor();
    await expectAccessible(p, 'agenda week view');
    await shoot(p, 'agenda-week');
    await p.locator('label', { hasText: /^English$/ }).click();
    await p.getByRole('heading', { name: 'My calendar', level: 1 }).waitFor();
    await p.getByRole('link', { name: 'Find a desk' }).click();
    await p.getByRole('heading', { name: 'Find a desk', level: 1 }).waitFor();
    await expectAccessible(p, 'desk finder in English');
    await shoot(p, 'desk-finder-en');
  });

  it('shows a booking made elsewhere without a reload (live)', async () => {
    const watcher = await signedIn(world.bob);
    await watcher.getByRole('button', { name: 'G.03: Vrij' }).waitFor();
    const an = await api.as(world.an);
    await an.data(CREATE, {
      input: { spaceId: world.desks[2]!.id, startsAt: '2027-01-12T09:00:00+01:00', endsAt: '2027-01-12T17:00:00+01:00' },
    });
    await watcher.getByRole('button', { name: /G\.03: Bezet, bezet door An Peeters/ }).waitFor({ timeout: 10_000 });
  });

  it('works on a 360 px phone: menu, list view as default in the agenda', async () => {
    const p = await signedIn(world.an, PHONE);
    await p.getByRole('button', { name: 'Menu' }).click();
    await p.getByRole('link', { name: 'Mijn agenda' }).click();
    await expect(p.getByRole('radio', { name: 'Lijst' }).isChecked()).resolves.toBe(true);
    await expectAccessible(p, 'phone agenda');
  });
});
