import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { startTestApi, TestClock, type TestApi } from '../index.js';
import type { MadeUser } from '../factories.js';
import { launchBrowser, newContext } from './browser.js';
import { expectAccessible, shoot, signIn } from './helpers.js';
import { PASSWORD } from './world.js';

// Tuesday morning; four weeks of desk use behind it.
const NOW = new Date('2027-01-12T08:00:00+01:00');

let api: TestApi;
let browser: Browser;
let director: MadeUser;
let facility: MadeUser;
let staff: MadeUser[];
let desks: { id: string; name: string }[];
beforeAll(async () => {
  api = await startTestApi({ clock: new TestClock(NOW.toISOString()) });
  const site = await api.make.site();
  const department = await api.make.department({ name: 'Burgerzaken' });
  const zone = await api.db.query<{ id: string }>(`INSERT INTO zones (floor_id, name) VALUES ($1, 'Team Burgerzaken') RETURNING id`, [
    site.floorId,
  ]);
  desks = [];
  for (let i = 1; i <= 8; i++) {
    const d = await api.make.space(site.floorId, { name: `B.0${i}`, zoneId: zone.rows[0]!.id });
    desks.push({ id: d.id, name: `B.0${i}` });
  }
  staff = [];
  for (let i = 0; i < 10; i++) staff.push(await api.make.user({ departmentId: department.id, displayName: `Collega ${i + 1}` }));
  director = await api.make.user({ roles: ['MANAGEMENT'], displayName: 'Dirk Directeur' });
  facility = await api.make.user({ roles: ['FACILITY_MANAGER'], displayName: 'Fien Facilitair' });
  // Each working day of the last four weeks: person i at desk i 09:00–16:00 on three days in four,
  // every ninth booking a no-show (released), the others checked in five minutes after the start.
  await api.db.query(
    `INSERT INTO bookings (space_id, space_kind, booker_id, starts_at, ends_at, blocked_until, status, checked_in_at, created_by, updated_by, created_at)
     SELECT d.id, 'DESK', p.id, (day + time '09:00') AT TIME ZONE 'Europe/Brussels', (day + time '16:00') AT TIME ZONE 'Europe/Brussels',
            (day + time '16:00') AT TIME ZONE 'Europe/Brussels', CASE WHEN (d.n + g) % 9 = 0 THEN 'RELEASED' ELSE 'COMPLETED' END,
            CASE WHEN (d.n + g) % 9 = 0 THEN NULL ELSE (day + time '09:05') AT TIME ZONE 'Europe/Brussels' END, p.id, p.id, now()
       FROM generate_series(1, 28) g
       CROSS JOIN LATERAL (SELECT (date '2027-01-12' - g) AS day) x
       JOIN unnest($1::uuid[]) WITH ORDINALITY d(id, n) ON true
       JOIN unnest($2::uuid[]) WITH ORDINALITY p(id, n) ON p.n = d.n
      WHERE extract(isodow FROM day) < 6 AND (d.n + g) % 4 <> 0`,
    [desks.map((d) => d.id), staff.slice(0, 8).map((u) => u.id)],
  );
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

async function signedIn(user: { email: string }): Promise<Page> {
  const context = await newContext(browser, { now: NOW });
  const p = await context.newPage();
  await signIn(p, api.baseUrl, user.email, PASSWORD);
  return p;
}

describe('reports, success measures, check-in and walk-up in the browser', () => {
  it('lets a manager read the dashboard, cut it, open a definition and export it as CSV', async () => {
    const p = await signedIn(director);
    await p.getByRole('link', { name: 'Bezetting' }).click();
    await p.getByRole('heading', { name: 'Bezetting en doelen', level: 1 }).waitFor();
    const booked = p.getByRole('article', { name: 'Bezettingsgraad (geboekt)' });
    await booked.getByText(/Doelband/i).waitFor();
    await p
      .getByRole('table', { name: /Geboekt aandeel/ })
      .getByRole('rowheader', { name: 'ma' })
      .waitFor();
    await expectAccessible(p, 'reports dashboard');
    await shoot(p, 'reports-dashboard');

    await p.getByRole('combobox', { name: 'Uitsplitsen per' }).click();
    await p.getByRole('option', { name: 'Zone' }).click();
    await p.getByRole('heading', { name: 'Per zone' }).waitFor();
    await p.getByText('Toon als tabel').last().click();
    await p.getByRole('rowheader', { name: 'Team Burgerzaken' }).waitFor();

    await booked.getByRole('button', { name: 'Wat betekent Bezettingsgraad (geboekt)?' }).click();
    await p.getByText(/Geboekte plek-uren gedeeld door de beschikbare plek-uren/).waitFor();
    await expectAccessible(p, 'reports definition and breakdown');
    await shoot(p, 'reports-breakdown');
    await p.keyboard.press('Escape');

    const [download] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'CSV downloaden' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^bezetting-2026-10-14-2027-01-12\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toMatch(/Bezettingsgraad \(geboekt\) \(%\);\d+,\d;/);
    expect(csv).toContain('Team Burgerzaken;');
  });

  it('shows the success measures, and a facility manager changes a target', async () => {
    const p = await signedIn(facility);
    await p.getByRole('link', { name: 'Succesmeting' }).click();
    await p.getByRole('heading', { name: 'Succesmeting', level: 1 }).waitFor();
    const row = p.getByRole('row', { name: /Flexwerkplekken t\.o\.v\. beeldschermwerkers/ });
    await row.getByText('Gehaald').waitFor();
    await expectAccessible(p, 'success measures');
    await shoot(p, 'success-measures');
    await p.getByRole('button', { name: 'Doel wijzigen: Tevredenheid over de werkplek' }).click();
    await p.getByRole('dialog').getByLabel(/^Doel/).fill('4');
    await p.getByRole('dialog').getByRole('button', { name: 'Opslaan' }).click();
    await p.getByText('Doel opgeslagen.').waitFor();
    await p
      .getByRole('row', { name: /Tevredenheid over de werkplek/ })
      .getByText('minstens 4 / 5')
      .waitFor();
  });

  it('lets a facility manager set a target for a site and department', async () => {
    const p = await signedIn(facility);
    await p.getByRole('link', { name: 'Doelen' }).click();
    await p.getByRole('heading', { name: 'Doelen', level: 1 }).waitFor();
    await p.getByRole('button', { name: 'Nieuw doel' }).click();
    const dialog = p.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Dienst' }).click();
    await p.getByRole('option', { name: 'Burgerzaken' }).click();
    await dialog.getByLabel('Bezetting gezond vanaf (%)').fill('50');
    await expectAccessible(p, 'target form');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await p.getByText('Doelen opgeslagen.').waitFor();
    await p
      .getByRole('row', { name: /Alle gebouwen · Burgerzaken/ })
      .getByText('50%–75%')
      .waitFor();
    await shoot(p, 'targets');
  });

  it('lets an employee check in from the booking and rate yesterday’s desk', async () => {
    const me = staff[8]!;
    const { id } = await api.make.booking(desks[7]!.id, me.id, {
      startsAt: '2027-01-12T08:00:00+01:00',
      endsAt: '2027-01-12T12:00:00+01:00',
    });
    await api.make.booking(desks[7]!.id, me.id, {
      startsAt: '2027-01-11T16:00:00+01:00',
      endsAt: '2027-01-11T18:00:00+01:00',
      status: 'COMPLETED',
    });
    const p = await signedIn(me);
    await p.getByRole('link', { name: 'Mijn agenda' }).click();
    await p.getByRole('heading', { name: 'Nu inchecken' }).waitFor();
    await p.getByRole('heading', { name: 'Hoe was je werkplek?' }).waitFor();
    await expectAccessible(p, 'agenda with check-in and rating prompts');
    await shoot(p, 'agenda-presence');
    const due = p.getByRole('region', { name: 'Nu inchecken' });
    await due.getByText(/Check in voor \d\d:\d\d/).waitFor();
    await due.getByRole('button', { name: 'Inchecken' }).click();
    await p.getByText('Je bent ingecheckt.').waitFor();
    const { rows } = await api.db.query(`SELECT status FROM bookings WHERE id = $1`, [id]);
    expect(rows[0].status).toBe('CHECKED_IN');

    await p.getByRole('region', { name: 'Hoe was je werkplek?' }).locator('label', { hasText: /^4$/ }).click();
    await p.getByLabel('Opmerking (niet verplicht)').fill('Rustige plek');
    await p.getByRole('button', { name: 'Score geven' }).click();
    await p.getByText('Bedankt voor je score.').waitFor();
    const rating = await api.db.query(`SELECT score, comment FROM booking_ratings WHERE user_id = $1`, [me.id]);
    expect(rating.rows).toEqual([{ score: 4, comment: 'Rustige plek' }]);
  });

  it('books a free desk on the spot from its QR code (walk-up)', async () => {
    const me = staff[9]!;
    const p = await signedIn(me);
    await p.goto(`${api.baseUrl}/inchecken/${desks[0]!.id}`);
    await p.getByRole('heading', { name: 'Inchecken op B.01', level: 1 }).waitFor();
    await p.getByText(/Deze plek is nu vrij, tot \d\d:\d\d/).waitFor();
    await expectAccessible(p, 'scan page, walk-up');
    await shoot(p, 'scan-walk-up');
    await p.getByRole('button', { name: /^Nu boeken tot \d\d:\d\d/ }).click();
    await p.getByText(/Geboekt en ingecheckt tot \d\d:\d\d/).waitFor();
    const { rows } = await api.db.query(`SELECT status FROM bookings WHERE space_id = $1 AND booker_id = $2`, [desks[0]!.id, me.id]);
    expect(rows).toEqual([{ status: 'CHECKED_IN' }]);
  });

  it('prints the QR codes of a floor for the facility manager', async () => {
    const p = await signedIn(facility);
    await p.getByRole('link', { name: 'QR-codes' }).click();
    await p.getByRole('heading', { name: 'QR-codes per verdieping', level: 1 }).waitFor();
    await p.getByRole('combobox', { name: 'Gebouw' }).click();
    await p.getByRole('option').first().click();
    await p.getByRole('combobox', { name: 'Verdieping' }).click();
    await p.getByRole('option', { name: 'Gelijkvloers' }).click();
    await p.getByRole('img', { name: 'QR-code voor B.01' }).waitFor();
    await expectAccessible(p, 'QR codes');
    await shoot(p, 'qr-codes');
  });
});
