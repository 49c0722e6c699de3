import type { Browser, Page } from 'playwright-core';
import { startTestApi, TestClock, type MadeUser, type TestApi } from '../index.js';
import { launchBrowser, newContext } from './browser.js';
import { expectAccessible, shoot, signIn } from './helpers.js';
import { PASSWORD } from './world.js';

// Tuesday 12 January 2027, 08:00 in Brussels, for the API and the browsers alike.
const NOW = new Date('2027-01-12T08:00:00+01:00');
const SECRETS = ['J.D.', 'DOS-2027-014', 'huurachterstand', 'M.V.'];

let api: TestApi;
let browser: Browser;
let people: Record<'sara' | 'koen' | 'reception' | 'admin', MadeUser>;

beforeAll(async () => {
  api = await startTestApi({ clock: new TestClock(NOW.toISOString()) });
  const main = await api.make.site();
  const library = await api.make.site({ isSatellite: true });
  await api.db.query(
    `UPDATE sites SET name = CASE id WHEN $1 THEN 'Sociaal Huis' ELSE 'Bibliotheek De Letterbeek' END WHERE id IN ($1, $2)`,
    [main.id, library.id],
  );
  for (const name of ['Gespreksruimte 1', 'Gespreksruimte 2'])
    await api.make.space(main.floorId, { kind: 'CONSULTATION_ROOM', name, capacity: 3 });
  await api.make.space(library.floorId, { kind: 'CONSULTATION_ROOM', name: 'Gespreksruimte Bib', capacity: 3 });
  const tag = main.id.slice(0, 6);
  people = {
    sara: await api.make.user({ roles: ['SOCIAL_WORKER'], displayName: 'Sara Peeters', email: `sara-${tag}@kleinbeek.be` }),
    koen: await api.make.user({ roles: ['SOCIAL_WORKER'], displayName: 'Koen Claes', email: `koen-${tag}@kleinbeek.be` }),
    reception: await api.make.user({ roles: ['RECEPTION'], displayName: 'Onthaal Kleinbeek', email: `onthaal-${tag}@kleinbeek.be` }),
    admin: await api.make.user({ roles: ['ADMIN'], displayName: 'Beheerder', email: `admin-${tag}@kleinbeek.be` }),
  };
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

async function page(): Promise<Page> {
  return (await newContext(browser, { now: NOW })).newPage();
}

async function expectNoSecrets(p: Page): Promise<void> {
  const text = await p.locator('body').innerText();
  expect(SECRETS.filter((s) => text.includes(s))).toEqual([]);
}

describe('confidential consultations, in Dutch, in a real browser', () => {
  it('a social worker books a talk with client details, reads them back, and offers a citizen a choice', async () => {
    const p = await page();
    await signIn(p, api.baseUrl, people.sara.email, PASSWORD);
    await p.getByRole('link', { name: 'Gesprekken' }).click();
    await p.getByRole('heading', { name: 'Vertrouwelijke gesprekken', level: 1 }).waitFor();
    await p.getByText('Geen gesprekken in de komende 4 weken.').waitFor();

    // Book a room, with the client's details and a colleague who may read along
    await p.getByRole('tab', { name: 'Gesprek boeken' }).click();
    await p
      .getByLabel(/^Gespreksruimte/)
      .first()
      .click();
    await p.getByRole('option', { name: /Gespreksruimte 1/ }).click();
    await p.getByLabel('Datum').fill('2027-01-12');
    await p.getByLabel(/^Van( \*)?$/).fill('10:00');
    await p.getByLabel(/^Tot( \*)?$/).fill('11:00');
    await p.getByText('Tussen twee gesprekken in dezelfde ruimte blijft 15 minuten vrij.').waitFor();
    await p.getByLabel('Pseudoniem of initialen van de cliënt').fill('J.D.');
    await p.getByLabel('Dossiernummer').fill('DOS-2027-014');
    await p.getByLabel('Korte notitie').fill('Eerste gesprek over huurachterstand');
    await p
      .getByLabel(/^Collega die mag meelezen/)
      .first()
      .fill('Koen');
    await p.getByRole('option', { name: 'Koen Claes' }).click();
    await expectAccessible(p, 'consultation form');
    await shoot(p, 'confidential-book');
    await p.getByRole('button', { name: 'Gesprek boeken' }).click();
    await p.getByText(/Gesprek geboekt: Gespreksruimte 1, di 12 jan\. 2027, 10:00–11:00/).waitFor();

    // The talk in the list; its details only on request, and the read is logged
    await p.getByRole('tab', { name: 'Mijn gesprekken', selected: true }).waitFor();
    await p.getByRole('listitem').filter({ hasText: 'Gespreksruimte 1' }).getByText('Geboekt door jou').waitFor();
    await expectNoSecrets(p);
    await expectAccessible(p, 'talks list');
    await shoot(p, 'confidential-talks');
    await p.getByRole('button', { name: /Cliëntgegevens tonen voor het gesprek van di 12 jan\. 2027/ }).click();
    const dialog = p.getByRole('dialog', { name: 'Cliëntgegevens' });
    await dialog.getByText('DOS-2027-014').waitFor();
    await dialog.getByText('J.D.').waitFor();
    await dialog.getByText('Deze inzage is opgenomen in het auditlog.').waitFor();
    await expectAccessible(p, 'details panel');
    await shoot(p, 'confidential-details');
    await dialog.getByRole('button', { name: 'Sluiten' }).click();

    // Proposals: two sites, two times each; hold them, the citizen chooses one
    await p.getByRole('tab', { name: 'Voorstellen aan een burger' }).click();
    await p.getByLabel('Vanaf').fill('2027-01-13');
    await p.getByLabel('Tot en met').fill('2027-01-15');
    await p.getByRole('button', { name: 'Voorstellen zoeken' }).click();
    const main = p.getByRole('group', { name: /Sociaal Huis/ });
    const library = p.getByRole('group', { name: /Bibliotheek De Letterbeek/ });
    await main.getByRole('checkbox').nth(1).waitFor();
    expect(await main.getByRole('checkbox').count()).toBe(2);
    expect(await library.getByRole('checkbox').count()).toBe(2);
    await library.getByText('Decentrale locatie').waitFor();
    await expectAccessible(p, 'proposals');
    await shoot(p, 'confidential-proposals');
    await p.getByRole('button', { name: 'Voorstellen vasthouden' }).click();
    await p.getByText(/^Vastgehouden tot do 14 jan\. 2027 08:00$/).waitFor();
    const chosen = /^Gekozen door de burger: /;
    expect(await p.getByRole('button', { name: chosen }).count()).toBe(4);
    await p.getByRole('button', { name: 'Voorstellen zoeken' }).waitFor(); // the search results are gone once held
    expect(await p.getByRole('checkbox').count()).toBe(0);
    await expectAccessible(p, 'held proposals');
    await shoot(p, 'confidential-held');

    await p
      .getByRole('button', { name: /^Gekozen door de burger: .* — Gespreksruimte Bib, Bibliotheek De Letterbeek$/ })
      .last()
      .click();
    const confirm = p.getByRole('dialog', { name: 'Gekozen voorstel bevestigen' });
    await confirm.getByText(/Je boekt Gespreksruimte Bib \(Bibliotheek De Letterbeek\)/).waitFor();
    await confirm.getByLabel('Pseudoniem of initialen van de cliënt').fill('M.V.');
    await expectAccessible(p, 'confirm proposal');
    await shoot(p, 'confidential-confirm');
    await confirm.getByRole('button', { name: 'Bevestigen' }).click();
    await p.getByText('Gesprek bevestigd. De andere voorstellen zijn vrijgegeven.').waitFor();
    await p.getByRole('button', { name: chosen }).first().waitFor({ state: 'detached' });
    const { rows } = await api.db.query<{ status: string; n: number }>(
      `SELECT b.status, count(*)::int AS n FROM bookings b JOIN consultation_holds h ON h.booking_id = b.id GROUP BY b.status ORDER BY b.status`,
    );
    expect(rows).toEqual([
      { status: 'CANCELLED', n: 3 },
      { status: 'CONFIRMED', n: 1 },
    ]);
  }, 150_000); // many steps, each checked with axe and photographed at two widths

  it('reception sees who is expected where and when, and nothing about the visit', async () => {
    const sara = await api.as(people.sara);
    const rooms = await sara.data(`{ spaces(filter: { kinds: [CONSULTATION_ROOM] }) { id name } }`);
    const room2 = rooms.spaces.find((s: { name: string }) => s.name === 'Gespreksruimte 2');
    await sara.data(`mutation($input: CreateConsultationBookingInput!) { createConsultationBooking(input: $input) { id } }`, {
      input: {
        spaceId: room2.id,
        startsAt: '2027-01-12T14:00:00+01:00',
        endsAt: '2027-01-12T15:00:00+01:00',
        details: { clientPseudonym: 'J.D.', note: 'huurachterstand' },
      },
    });
    const p = await page();
    await signIn(p, api.baseUrl, people.reception.email, PASSWORD);
    await p.getByRole('heading', { name: 'Onthaal: verwachte bezoekers', level: 1 }).waitFor();
    const section = p.getByRole('region', { name: 'Sociaal Huis' });
    const row = section.getByRole('row', { name: /14:00–15:00/ });
    await row.getByText('Gespreksruimte 2').waitFor();
    await row.getByText('Sara Peeters').waitFor();
    await row.getByText('Verwacht').waitFor();
    await p.getByRole('region', { name: 'Bibliotheek De Letterbeek' }).getByText('Geen bezoekers verwacht.').waitFor();
    await expectNoSecrets(p);
    await expectAccessible(p, 'reception');
    await shoot(p, 'confidential-reception');
  });

  it('an administrator sees the audit log intact, without client details', async () => {
    const sara = await api.as(people.sara);
    const rooms = await sara.data(`{ spaces(filter: { kinds: [CONSULTATION_ROOM] }) { id name } }`);
    const { createConsultationBooking: talk } = await sara.data(
      `mutation($input: CreateConsultationBookingInput!) { createConsultationBooking(input: $input) { id } }`,
      {
        input: {
          spaceId: rooms.spaces.find((s: { name: string }) => s.name === 'Gespreksruimte Bib').id,
          startsAt: '2027-01-12T16:00:00+01:00',
          endsAt: '2027-01-12T17:00:00+01:00',
          details: { caseReference: 'DOS-2027-014' },
        },
      },
    );
    await sara.data(`query($id: ID!) { confidentialDetails(bookingId: $id) { caseReference } }`, { id: talk.id });
    await (await api.as(people.koen)).request(`query($id: ID!) { confidentialDetails(bookingId: $id) { caseReference } }`, { id: talk.id });
    const p = await page();
    await signIn(p, api.baseUrl, people.admin.email, PASSWORD);
    await p.getByRole('link', { name: 'Auditlog' }).click();
    await p.getByRole('heading', { name: 'Auditlog vertrouwelijke gegevens', level: 1 }).waitFor();
    await p.getByText(/^De keten is intact: \d+ regels gecontroleerd\.$/).waitFor();
    await p
      .getByRole('row', { name: /Koen Claes.*Inzage.*Geweigerd/ })
      .first()
      .waitFor();
    await p
      .getByRole('row', { name: /Sara Peeters.*Inzage.*Toegestaan/ })
      .first()
      .waitFor();
    await expectNoSecrets(p);
    await expectAccessible(p, 'audit log');
    await shoot(p, 'confidential-audit-log');
  });
});
