import type { Browser, Page } from 'playwright-core';
import { startTestApi, TestClock, type MadeSite, type MadeUser, type TestApi } from '../index.js';
import { launchBrowser, newContext } from './browser.js';
import { expectAccessible, shoot, signIn } from './helpers.js';
import { PASSWORD } from './world.js';

// Tuesday 12 January 2027, 08:00 in Brussels, for the API and the browsers alike.
const NOW = new Date('2027-01-12T08:00:00+01:00');

/** A town hall's ground floor as an architect's SVG would have it — with a script that must not survive. */
const PLAN_SVG = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 700" width="1200" height="700" onload="alert('x')">
  <script>alert('plan')</script>
  <rect x="10" y="10" width="1180" height="680" fill="#f8f9fa" stroke="#343a40" stroke-width="8"/>
  <line x1="600" y1="10" x2="600" y2="420" stroke="#343a40" stroke-width="6"/>
  <line x1="10" y1="420" x2="1190" y2="420" stroke="#343a40" stroke-width="6"/>
  <rect x="640" y="460" width="300" height="200" fill="#e9ecef" stroke="#495057" stroke-width="4"/>
  <text x="790" y="565" font-size="28" text-anchor="middle" fill="#495057">Archief</text>
  <text x="300" y="60" font-size="30" text-anchor="middle" fill="#495057">Open kantoor</text>
  <text x="900" y="60" font-size="30" text-anchor="middle" fill="#495057">Team Burgerzaken</text>
</svg>`;

let api: TestApi;
let browser: Browser;
let site: MadeSite;
let manager: MadeUser;
let employee: MadeUser;
let desks: { id: string; name: string }[];
beforeAll(async () => {
  api = await startTestApi({ clock: new TestClock(NOW.toISOString()) });
  site = await api.make.site();
  desks = [];
  for (const name of ['P.01', 'P.02', 'P.03'])
    desks.push({ id: (await api.make.space(site.floorId, { name, equipment: ['SCREEN'] })).id, name });
  manager = await api.make.user({ roles: ['FACILITY_MANAGER'], displayName: 'Fien Facilitair', email: 'fien@kleinbeek.be' });
  employee = await api.make.user({ displayName: 'An Peeters', email: 'an@kleinbeek.be' });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

async function page(): Promise<Page> {
  const context = await newContext(browser, { now: NOW });
  return context.newPage();
}

async function adminSection(p: Page, name: string): Promise<void> {
  await p.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name }).click();
  await p.getByRole('heading', { level: 1, name }).waitFor();
}

/**
 * Where points of the plan (in plan units) are on the screen, for pointing at them with the mouse;
 * the plan is scrolled to the middle of the window first, so all of it can be pointed at.
 */
async function onScreen(p: Page, planLabel: string, points: { x: number; y: number }[]): Promise<{ x: number; y: number }[]> {
  type Matrix = { a: number; b: number; c: number; d: number; e: number; f: number };
  type Plan = { scrollIntoView(o: { block: string }): void; getScreenCTM(): Matrix };
  return p.locator(`svg[aria-label="${planLabel}"]`).evaluate((svg, pts) => {
    (svg as unknown as Plan).scrollIntoView({ block: 'center' });
    const m = (svg as unknown as Plan).getScreenCTM();
    return pts.map((pt) => ({ x: m.a * pt.x + m.c * pt.y + m.e, y: m.b * pt.x + m.d * pt.y + m.f }));
  }, points);
}

/** Screenshots from the top of the page (a full-page shot of a scrolled page leaves the sticky header halfway). */
async function shootFromTop(p: Page, name: string): Promise<void> {
  await p.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
  await shoot(p, name);
}

/** Drags with the mouse from one screen point to another, in small steps as a hand would. */
async function dragFromTo(p: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await p.mouse.move(from.x, from.y);
  await p.mouse.down();
  await p.mouse.move(to.x, to.y, { steps: 10 });
  await p.mouse.up();
}

describe('administration in the browser, in Dutch', () => {
  it('a facility manager uploads a plan, places three desks and sets a rule; an employee then books one of them on the plan', async () => {
    const fm = await page();
    await signIn(fm, api.baseUrl, manager.email, PASSWORD);
    await fm.getByRole('link', { name: 'Beheer' }).click();
    await fm.getByRole('heading', { level: 1, name: 'Gebouwen' }).waitFor();
    await fm.getByLabel('Naam').first().waitFor();
    await expectAccessible(fm, 'admin: site details and opening hours');
    await shoot(fm, 'admin-sites');

    // Upload the plan: the type is read from the bytes and the script is cleaned out.
    await adminSection(fm, 'Plattegrond');
    await fm
      .locator('input[type=file]')
      .setInputFiles({ name: 'gelijkvloers.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(PLAN_SVG) });
    await fm.getByRole('button', { name: 'Opladen' }).click();
    await fm.getByText('Plattegrond van Gelijkvloers opgeladen.').waitFor();
    await fm.getByText('Huidige plattegrond: svg, 1200 × 700.').waitFor();
    await fm.locator('svg[aria-label="Plattegrond van Gelijkvloers bewerken"] image').waitFor({ state: 'attached' });
    const stored = await api.db.query(`SELECT convert_from(content, 'UTF8') AS svg FROM floor_plans WHERE floor_id = $1`, [site.floorId]);
    expect(stored.rows[0].svg).toContain('Team Burgerzaken');
    expect(stored.rows[0].svg).not.toMatch(/script|onload|alert/);

    // P.01: placed, then moved with the keyboard (four grid steps left, two up, rotated once).
    await fm.getByRole('button', { name: 'P.01 op het plan zetten' }).click();
    const p01 = fm.getByRole('button', { name: /^P\.01 \(Flexplek\)/ });
    const placedAt = { x: Number(await fm.getByLabel('X (links)').inputValue()), y: Number(await fm.getByLabel('Y (boven)').inputValue()) };
    await p01.focus();
    for (const key of ['ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowUp', 'ArrowUp', 'r']) await fm.keyboard.press(key);
    await fm.getByRole('button', { name: `P.01 (Flexplek): x ${placedAt.x - 40}, y ${placedAt.y - 20}, 60 × 40, 15°` }).waitFor();
    // P.02: placed, then typed into the number fields.
    await fm.getByRole('button', { name: 'P.02 op het plan zetten' }).click();
    await fm.getByLabel('X (links)').fill('300');
    await fm.getByLabel('Y (boven)').fill('120');
    await fm.getByLabel('Breedte').fill('80');
    await fm.keyboard.press('Tab');
    // P.03: placed, then dragged with the mouse.
    await fm.getByRole('button', { name: 'P.03 op het plan zetten' }).click();
    const p03 = fm.getByRole('button', { name: /^P\.03 \(Flexplek\)/ });
    const box = (await p03.boundingBox())!;
    await fm.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await fm.mouse.down();
    await fm.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 60, { steps: 8 });
    await fm.mouse.up();
    await fm.getByText('3 wijzigingen niet opgeslagen').waitFor();
    await expectAccessible(fm, 'admin: plan editor with placed desks');
    await shoot(fm, 'admin-plan-editor');
    await fm.getByRole('button', { name: 'Plattegrond opslaan' }).click();
    await fm.getByText('Alles opgeslagen').waitFor();

    const { rows: placed } = await api.db.query(
      `SELECT name, pos_x AS x, pos_y AS y, width, height, rotation FROM spaces WHERE floor_id = $1 ORDER BY name`,
      [site.floorId],
    );
    expect(placed.map((r: { name: string }) => r.name)).toEqual(['P.01', 'P.02', 'P.03']);
    expect(placed[0]).toMatchObject({ x: placedAt.x - 40, y: placedAt.y - 20, width: 60, height: 40, rotation: 15 });
    expect(placed[1]).toMatchObject({ x: 300, y: 120, width: 80 });
    expect(placed[2].x).toBeGreaterThan(placedAt.x);
    expect(placed[2].y).toBeGreaterThan(placedAt.y);
    for (const r of placed) expect(r.x + r.width).toBeLessThanOrEqual(1000);

    await fm.getByText('Zoals medewerkers het zien').click();
    await fm.getByRole('group', { name: 'Plattegrond van Gelijkvloers' }).waitFor();
    await expectAccessible(fm, 'admin: plan preview as employees see it');
    await shoot(fm, 'admin-plan-preview');

    // A rule: desks may be booked for at most 4 hours.
    await adminSection(fm, 'Regels');
    await expectAccessible(fm, 'admin: rules overview');
    await fm.getByLabel('Langste boeking').fill('240');
    await fm.getByRole('button', { name: 'Regels voor Flexplek opslaan' }).click();
    await fm.getByText('Regels voor Flexplek opgeslagen.').waitFor();
    await fm
      .getByRole('row', { name: /Langste boeking/ })
      .getByText('hoogstens 4 u')
      .first()
      .waitFor();
    await shoot(fm, 'admin-rules');
    const { rows: rules } = await api.db.query(`SELECT max_duration_minutes AS max FROM booking_rules WHERE space_kind = 'DESK'`);
    expect(rules[0].max).toBe(240);

    // The employee sees the plan behind the desks and books P.02 on it.
    const an = await page();
    await signIn(an, api.baseUrl, employee.email, PASSWORD);
    await an.getByRole('heading', { name: 'Werkplek zoeken', level: 1 }).waitFor();
    const plan = an.getByRole('group', { name: 'Plattegrond van Gelijkvloers' });
    await plan.locator('image').waitFor({ state: 'attached' });
    expect(await plan.locator('image').getAttribute('href')).toMatch(/^blob:/);
    await an.getByRole('button', { name: 'P.02: Vrij' }).click();
    const dialog = an.getByRole('dialog');
    await dialog.getByText('P.02').first().waitFor();
    await expectAccessible(an, 'employee: booking dialog over the uploaded plan');
    await dialog.getByRole('button', { name: 'Boeken' }).click();
    await an.getByRole('button', { name: 'P.02: Mijn plek' }).waitFor();
    await expectAccessible(an, 'employee: desk booked on the uploaded plan');
    await shoot(an, 'admin-employee-books-on-plan');
    const { rows: booked } = await api.db.query(
      `SELECT extract(epoch FROM ends_at - starts_at) / 60 AS minutes FROM bookings WHERE space_id = $1 AND booker_id = $2 AND status = 'CONFIRMED'`,
      [desks[1]!.id, employee.id],
    );
    expect(booked).toHaveLength(1);
    expect(Number(booked[0].minutes)).toBeLessThanOrEqual(240);
  }, 180_000);

  it('rotates a desk by its handle, draws, resizes, renames and deletes zones, and previews them as employees see them', async () => {
    // A satellite site is listed after the main one, which the other tests' pages open first.
    const own = await api.make.site({ isSatellite: true });
    const { rows: made } = await api.db.query(`INSERT INTO zones (floor_id, name) VALUES ($1, 'Stilte') RETURNING id`, [own.floorId]);
    const quietZone: string = made[0].id;
    const s01 = await api.make.space(own.floorId, { name: 'S.01', zoneId: quietZone, position: { x: 200, y: 200, width: 60, height: 40 } });
    const s02 = await api.make.space(own.floorId, { name: 'S.02', position: { x: 400, y: 200, width: 60, height: 40 } });
    const colleague = await api.make.user({ displayName: 'Jan Janssens' });
    await (
      await api.as(colleague)
    ).data(`mutation($input: CreateBookingInput!) { createBooking(input: $input) { id } }`, {
      input: { spaceId: s02.id, startsAt: '2027-01-12T09:00:00+01:00', endsAt: '2027-01-12T11:00:00+01:00' },
    });
    // A facility manager who also works at a desk, so the preview's states are an employee's.
    const planner = await api.make.user({ roles: ['FACILITY_MANAGER', 'EMPLOYEE'], displayName: 'Pieter Plan' });
    const editor = 'Plattegrond van Gelijkvloers bewerken';
    const fm = await page();
    await signIn(fm, api.baseUrl, planner.email, PASSWORD);
    await fm.goto(`${api.baseUrl}/beheer/plattegrond?verdieping=${own.floorId}`);
    const canvas = fm.getByRole('group', { name: editor });
    const s01Box = canvas.locator('[data-space="S.01"] > rect').first();
    await s01Box.waitFor();
    await s01Box.scrollIntoViewIfNeeded();

    // Rotate S.01 by dragging its round handle: to the right of its centre is 90°; with Shift, 50° stays 50°.
    await s01Box.click();
    const centre = async () => {
      const b = (await s01Box.boundingBox())!;
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    };
    const knob = async () => {
      const b = (await canvas.locator('[data-handle="rotate"]').boundingBox())!;
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    };
    let c = await centre();
    await dragFromTo(fm, await knob(), { x: c.x + 200, y: c.y + 3 });
    await fm.getByRole('button', { name: 'S.01 (Flexplek): x 200, y 200, 60 × 40, 90°' }).waitFor();
    c = await centre();
    const at50 = { x: c.x + 200 * Math.sin((50 * Math.PI) / 180), y: c.y - 200 * Math.cos((50 * Math.PI) / 180) };
    await fm.keyboard.down('Shift');
    await dragFromTo(fm, await knob(), at50);
    await fm.keyboard.up('Shift');
    await fm.getByRole('button', { name: 'S.01 (Flexplek): x 200, y 200, 60 × 40, 50°' }).waitFor();
    await dragFromTo(fm, await knob(), at50); // without Shift it snaps to the 15° step
    await fm.getByRole('button', { name: 'S.01 (Flexplek): x 200, y 200, 60 × 40, 45°' }).waitFor();
    await expectAccessible(fm, 'admin: a desk rotated by its handle');
    await shootFromTop(fm, 'admin-plan-rotated');

    // Draw a new zone as a polygon, corner by corner, and close it on its first corner.
    await fm.getByLabel('Nieuwe zone').fill('Kantoortuin');
    await fm.getByRole('button', { name: 'Zone tekenen' }).click();
    const drawing = fm.getByRole('region', { name: 'Zone Kantoortuin tekenen' });
    await drawing.waitFor();
    const corners = [
      { x: 500, y: 300 },
      { x: 800, y: 300 },
      { x: 800, y: 500 },
      { x: 650, y: 500 },
      { x: 650, y: 400 },
      { x: 500, y: 400 },
    ];
    for (const pt of await onScreen(fm, editor, corners)) await fm.mouse.click(pt.x, pt.y);
    await drawing.getByText('6 hoeken gezet').waitFor();
    await expectAccessible(fm, 'admin: drawing a zone');
    await shootFromTop(fm, 'admin-plan-drawing-zone');
    const [first] = await onScreen(fm, editor, [corners[0]!]);
    await fm.mouse.click(first!.x, first!.y);
    await fm.getByText('Zone Kantoortuin toegevoegd.').waitFor();
    await canvas.locator('[data-zone="Kantoortuin"]').waitFor();
    const { rows: drawn } = await api.db.query(`SELECT outline FROM zones WHERE floor_id = $1 AND name = 'Kantoortuin'`, [own.floorId]);
    expect(drawn[0].outline).toEqual(corners.flatMap((pt) => [pt.x, pt.y]));
    // The new zone is selected; its corners can also be typed (the keyboard's way to shape a polygon).
    await fm.getByRole('heading', { name: 'Zone Kantoortuin' }).waitFor();
    await fm.getByLabel('Y van hoek 6').fill('420');
    await fm.getByLabel('Y van hoek 1').fill('320');
    await fm.keyboard.press('Tab');
    await expectAccessible(fm, 'admin: a polygon zone with its corners as number fields');

    // Zone Stilte had no area yet: drag a rectangle for it, then make it bigger by its corner handle.
    const quiet = fm.getByRole('group', { name: 'Zone Stilte' });
    await quiet.getByRole('button', { name: 'Tekenen' }).click();
    const [from, to] = await onScreen(fm, editor, [
      { x: 150, y: 150 },
      { x: 320, y: 300 },
    ]);
    await dragFromTo(fm, from!, to!);
    await fm.getByRole('heading', { name: 'Zone Stilte' }).waitFor();
    expect(await fm.getByLabel('Breedte').inputValue()).toBe('170');
    const [further] = await onScreen(fm, editor, [{ x: 350, y: 320 }]);
    const corner = (await canvas.locator('[data-handle="zone-resize"]').boundingBox())!;
    await dragFromTo(fm, { x: corner.x + corner.width / 2, y: corner.y + corner.height / 2 }, further!);
    expect(await fm.getByLabel('Breedte').inputValue()).toBe('200');
    expect(await fm.getByLabel('Hoogte').inputValue()).toBe('170');
    await fm.getByText('3 wijzigingen niet opgeslagen').waitFor();
    await fm.getByRole('button', { name: 'Plattegrond opslaan' }).click();
    await fm.getByText('Alles opgeslagen').waitFor();
    const { rows: typed } = await api.db.query(`SELECT outline FROM zones WHERE floor_id = $1 AND name = 'Kantoortuin'`, [own.floorId]);
    expect(typed[0].outline).toEqual([500, 320, 800, 300, 800, 500, 650, 500, 650, 400, 500, 420]);
    const { rows: saved } = await api.db.query(
      `SELECT z.outline, s.rotation FROM zones z JOIN spaces s ON s.zone_id = z.id WHERE z.id = $1`,
      [quietZone],
    );
    expect(saved).toEqual([{ outline: [150, 150, 350, 150, 350, 320, 150, 320], rotation: 45 }]);

    // The preview is the employees' plan: the zones, S.01 turned, S.02 taken by An's booking.
    await fm.getByText('Zoals medewerkers het zien').click();
    const preview = fm.getByRole('group', { name: 'Plattegrond van Gelijkvloers' });
    await preview.getByText('Zone Kantoortuin').waitFor();
    await preview.getByText('Zone Stilte').waitFor();
    await fm.getByText('1 van 2 werkplekken vrij').waitFor();
    expect(await preview.locator('[data-desk="S.01"]').getAttribute('data-state')).toBe('free');
    expect(await preview.locator('[data-desk="S.01"]').getAttribute('transform')).toMatch(/^rotate\(45 /);
    expect(await preview.locator('[data-desk="S.02"]').getAttribute('data-state')).toBe('taken');
    await expectAccessible(fm, 'admin: preview with zones and states');
    await shootFromTop(fm, 'admin-plan-preview-zones');
    await fm.getByText('Bewerken', { exact: true }).click();

    // Rename one zone, delete the other: its desk stays, outside any zone.
    const garden = fm.getByRole('group', { name: 'Zone Kantoortuin' });
    await garden.getByRole('button', { name: 'Naam wijzigen' }).click();
    await garden.getByLabel('Nieuwe naam voor zone Kantoortuin').fill('Open ruimte');
    await garden.getByRole('button', { name: 'Opslaan' }).click();
    await fm.getByText('Zone Kantoortuin heet nu Open ruimte.').waitFor();
    await canvas.locator('[data-zone="Open ruimte"]').waitFor();
    await quiet.getByRole('button', { name: 'Verwijderen' }).click();
    const ask = fm.getByRole('dialog', { name: 'Zone Stilte verwijderen?' });
    await ask
      .getByText('De ruimte in deze zone (S.01) blijft bestaan met haar boekingen, maar hoort daarna bij geen enkele zone.', {
        exact: false,
      })
      .waitFor();
    await expectAccessible(fm, 'admin: deleting a zone asks first');
    await shootFromTop(fm, 'admin-plan-delete-zone');
    await ask.getByRole('button', { name: 'Zone Stilte verwijderen' }).click();
    await fm.getByText('Zone Stilte verwijderd.').waitFor();
    await canvas.locator('[data-zone="Stilte"]').waitFor({ state: 'detached' });
    const { rows: zonesLeft } = await api.db.query(`SELECT name FROM zones WHERE floor_id = $1`, [own.floorId]);
    expect(zonesLeft).toEqual([{ name: 'Open ruimte' }]);
    const { rows: desk } = await api.db.query(`SELECT zone_id, active FROM spaces WHERE id = $1`, [s01.id]);
    expect(desk).toEqual([{ zone_id: null, active: true }]);

    // Discarding unsaved changes asks first; going back keeps them.
    await canvas.locator('[data-space="S.02"]').focus();
    await fm.keyboard.press('ArrowRight');
    await fm.getByText('1 wijziging niet opgeslagen').waitFor();
    await fm.getByRole('button', { name: 'Wijzigingen weggooien' }).click();
    const discard = fm.getByRole('dialog', { name: 'Wijzigingen weggooien?' });
    await discard.getByText('1 wijziging aan de plattegrond is nog niet opgeslagen en gaat verloren.').waitFor();
    await discard.getByRole('button', { name: 'Terug' }).click();
    await fm.getByText('1 wijziging niet opgeslagen').waitFor();
    await fm.getByRole('button', { name: 'Wijzigingen weggooien' }).click();
    await discard.getByRole('button', { name: 'Wijzigingen weggooien' }).click();
    await fm.getByText('Alles opgeslagen').waitFor();
    await fm.getByRole('button', { name: 'S.02 (Flexplek): x 400, y 200, 60 × 40, 0°' }).waitFor();
  }, 180_000);

  it('closing a day that has bookings lists them, asks for a message, and cancels them only when confirmed', async () => {
    const booking = await (
      await api.as(employee)
    ).data(`mutation($input: CreateBookingInput!) { createBooking(input: $input) { id } }`, {
      input: { spaceId: desks[2]!.id, startsAt: '2027-01-15T09:00:00+01:00', endsAt: '2027-01-15T12:00:00+01:00' },
    });
    const fm = await page();
    await signIn(fm, api.baseUrl, manager.email, PASSWORD);
    await fm.goto(`${api.baseUrl}/beheer/gebouwen`);
    await fm.getByRole('tab', { name: 'Sluitingsdagen' }).click();
    await fm.getByRole('switch', { name: 'Gesloten op Nieuwjaar' }).waitFor();
    await expectAccessible(fm, 'admin: closure days with public holidays');
    await shoot(fm, 'admin-closures');

    await fm.getByLabel('Datum').fill('2027-01-15');
    await fm.getByLabel('Reden').fill('Personeelsdag');
    await fm.getByRole('button', { name: 'Sluitingsdag toevoegen' }).click();
    const dialog = fm.getByRole('dialog', { name: 'Deze wijziging raakt 1 boeking' });
    await dialog.getByRole('cell', { name: 'An Peeters' }).waitFor();
    await dialog.getByText('valt op een sluitingsdag').waitFor();
    await dialog.getByRole('button', { name: '1 boeking annuleren en opslaan' }).click();
    await dialog.getByText('Schrijf een bericht voor de boekers.').waitFor();
    await expectAccessible(fm, 'admin: impact dialog asking for a message');
    await shoot(fm, 'admin-impact-dialog');
    const { rows: still } = await api.db.query(`SELECT status FROM bookings WHERE id = $1`, [booking.createBooking.id]);
    expect(still[0].status).toBe('CONFIRMED');

    await dialog.getByLabel('Bericht aan de boekers').fill('Het gemeentehuis is dicht voor de personeelsdag.');
    await dialog.getByRole('button', { name: '1 boeking annuleren en opslaan' }).click();
    await fm
      .getByText(/Gesloten op vr 15 jan\. 2027/)
      .first()
      .waitFor();
    await fm.getByRole('button', { name: 'Open op vr 15 jan. 2027' }).waitFor();
    const { rows } = await api.db.query(
      `SELECT b.status, c.message FROM bookings b JOIN booking_cancellations c ON c.booking_id = b.id WHERE b.id = $1`,
      [booking.createBooking.id],
    );
    expect(rows).toEqual([{ status: 'CANCELLED', message: 'Het gemeentehuis is dicht voor de personeelsdag.' }]);
  }, 120_000);

  it('spaces, people (with a CSV check) and the record of changes are usable and accessible', async () => {
    const fm = await page();
    await signIn(fm, api.baseUrl, manager.email, PASSWORD);
    await fm.goto(`${api.baseUrl}/beheer/ruimtes`);
    await fm.getByRole('rowheader', { name: 'P.01' }).waitFor();
    await fm.getByRole('checkbox', { name: 'Alle ruimtes selecteren' }).check();
    await fm.getByRole('button', { name: 'Samen wijzigen (3)' }).click();
    const bulk = fm.getByRole('dialog', { name: '3 ruimtes samen wijzigen' });
    await bulk.getByLabel('Uitrusting toevoegen').click({ force: true });
    await fm.getByRole('option', { name: 'Twee schermen' }).click();
    await bulk.getByText('Wat je hier kiest').click();
    await expectAccessible(fm, 'admin: bulk edit of three desks');
    await shoot(fm, 'admin-spaces-bulk');
    await bulk.getByRole('button', { name: '3 ruimtes wijzigen' }).click();
    await fm.getByText('3 ruimtes gewijzigd.').waitFor();
    const { rows: equipped } = await api.db.query(
      `SELECT count(*)::int AS n FROM spaces WHERE floor_id = $1 AND 'DUAL_SCREEN' = ANY(equipment)`,
      [site.floorId],
    );
    expect(equipped[0].n).toBe(3);
    await expectAccessible(fm, 'admin: spaces table');
    await shoot(fm, 'admin-spaces');

    await adminSection(fm, 'Mensen');
    await fm.getByRole('rowheader', { name: 'An Peeters' }).waitFor();
    await expectAccessible(fm, 'admin: users');
    await shoot(fm, 'admin-people');
    await fm.getByRole('tab', { name: 'Importeren' }).click();
    await fm.getByLabel('Of plak de inhoud hier').fill('e-mail;naam;vte\nlies@kleinbeek.be;Lies Janssens;0,8\ngeen-adres;Fout;2');
    await fm.getByRole('button', { name: 'Controleren' }).click();
    await fm.getByText('Nieuw: 1, bijgewerkt: 0, ongewijzigd: 0, met fouten: 1.').waitFor();
    expect(await fm.getByRole('button', { name: 'Importeren', exact: true }).isDisabled()).toBe(true);
    await expectAccessible(fm, 'admin: CSV import checked with an error');
    await shoot(fm, 'admin-import');
    const { rows: none } = await api.db.query(`SELECT 1 FROM users WHERE email = 'lies@kleinbeek.be'`);
    expect(none).toHaveLength(0);

    await adminSection(fm, 'Wijzigingen');
    await fm.getByText('Ruimte op het plan geplaatst').first().waitFor();
    await expectAccessible(fm, 'admin: record of changes');
    await shoot(fm, 'admin-changes');
  }, 180_000);
});
