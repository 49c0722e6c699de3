import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { startTestApi, TestClock, type MadeUser, type TestApi } from '../index.js';
import { launchBrowser, newContext } from './browser.js';
import { expectAccessible, shoot, signIn } from './helpers.js';
import { PASSWORD } from './world.js';

// Monday 11 January 2027, 08:00 in Brussels, for the API and the browsers alike.
const NOW = new Date('2027-01-11T08:00:00+01:00');
const SERIES = `mutation($input: CreateBookingSeriesInput!) { createBookingSeries(input: $input) { seriesId } }`;
const BOOK = `mutation($input: CreateBookingInput!) { createBooking(input: $input) { id } }`;

let api: TestApi;
let browser: Browser;
let site: { id: string; name: string };
let room: { id: string };
let desk: { id: string };
let org: { id: string; name: string };
let partner: MadeUser;
let manager: MadeUser;
beforeAll(async () => {
  api = await startTestApi({ clock: new TestClock(NOW.toISOString()) });
  const s = await api.make.site();
  site = { id: s.id, name: s.name };
  room = await api.make.space(s.floorId, { kind: 'MEETING_ROOM', name: 'Zaal De Beek', capacity: 10, partnerAccess: true });
  desk = await api.make.space(s.floorId, { kind: 'FRONT_DESK', name: 'Balie A', capacity: 2, partnerAccess: true });
  org = await api.make.organisation({
    name: 'Vereniging De Kleine Beek vzw',
    trusted: false,
    monthlyHourQuota: 12,
    enterpriseNumber: '0741085245',
    access: [{ spaceId: room.id }, { siteId: s.id, spaceKind: 'FRONT_DESK' }],
    tariffs: { MEETING_ROOM: 1500 },
  });
  partner = await api.make.user({ roles: ['PARTNER'], organisationId: org.id, displayName: 'Marc Jacobs', email: 'marc@dekleinebeek.be' });
  manager = await api.make.user({ roles: ['FACILITY_MANAGER', 'EMPLOYEE'], displayName: 'Els Claes', email: 'els@kleinbeek.be' });
  const colleague = await api.make.user({ displayName: 'An Peeters' });
  await (
    await api.as(colleague)
  ).data(BOOK, {
    input: { spaceId: room.id, startsAt: '2027-01-14T09:00:00+01:00', endsAt: '2027-01-14T10:00:00+01:00', title: 'Teamoverleg' },
  });
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

async function pickRoom(p: Page, name: RegExp) {
  await p.getByRole('combobox', { name: /^Ruimte/ }).click();
  await p.getByRole('option', { name }).click();
}

describe('partner organisations in the browser', () => {
  it('a partner requests a room, the facility manager approves it, the partner sees it confirmed', async () => {
    // The partner starts on the portal of the organisation
    const p = await signedIn(partner);
    await p.getByRole('heading', { name: 'Mijn organisatie', level: 1 }).waitFor();
    await p.getByText('Je organisatie heeft nog geen aanvragen of reservaties.').waitFor();
    await expectAccessible(p, 'partner portal, nothing yet');
    await shoot(p, 'partner-portal-empty');

    // …asks for tomorrow, which is too late to decide, and is told so next to the time…
    await p.getByRole('link', { name: 'Ruimte aanvragen' }).first().click();
    await p.getByRole('heading', { name: 'Ruimte aanvragen', level: 1 }).waitFor();
    await pickRoom(p, /Zaal De Beek/);
    await p.getByLabel('Datum').fill('2027-01-12');
    await p.getByLabel('Van').fill('14:00');
    await p.getByLabel(/^Tot( \*)?$/).fill('16:00');
    await p.getByLabel('Onderwerp').fill('Infoavond voor de buurt');
    await p.getByRole('button', { name: 'Aanvraag versturen' }).click();
    await p.getByText('Vraag minstens 2 werkdagen op voorhand aan, zodat er tijd is om te beslissen.').waitFor();
    await expectAccessible(p, 'request refused: too late');
    await shoot(p, 'partner-request-too-late');

    // …then asks for Thursday, next to the room's day where a colleague's meeting shows only as busy.
    await p.getByLabel('Datum').fill('2027-01-14');
    await p.getByText('09:00–10:00: bezet').waitFor();
    expect(await p.getByText('Teamoverleg').count()).toBe(0);
    await p.getByLabel('Aantal deelnemers').fill('8');
    await expectAccessible(p, 'request form filled in');
    await shoot(p, 'partner-request-form');
    await p.getByRole('button', { name: 'Aanvraag versturen' }).click();
    await p.getByText('Je aanvraag voor Zaal De Beek, do 14 jan. 2027, 14:00–16:00 wacht op goedkeuring.', { exact: false }).waitFor();
    await expectAccessible(p, 'request sent');
    await shoot(p, 'partner-request-sent');
    await p.getByRole('link', { name: 'Naar je aanvragen' }).click();
    const row = p.getByRole('row', { name: /Zaal De Beek/ });
    await row.getByText('Wacht op goedkeuring').waitFor();
    await expectAccessible(p, 'partner portal with a pending request');
    await shoot(p, 'partner-portal-pending');

    // The facility manager approves it from the queue.
    const fm = await signedIn(manager);
    await fm.getByRole('link', { name: 'Goedkeuringen' }).click();
    await fm.getByRole('heading', { name: 'Aanvragen goedkeuren', level: 1 }).waitFor();
    const approve = fm.getByRole('button', { name: 'Goedkeuren: Zaal De Beek op do 14 jan. 2027, 14:00–16:00' });
    await approve.waitFor();
    await expectAccessible(fm, 'approval queue');
    await shoot(fm, 'approvals-queue');
    await approve.click();
    await fm.getByText('1 goedgekeurd.').waitFor();
    await fm.getByText('Er wachten geen aanvragen.').waitFor();
    await expectAccessible(fm, 'approval queue emptied');

    // The partner sees it confirmed, with a notification.
    await p.reload();
    await p
      .getByRole('row', { name: /Zaal De Beek/ })
      .getByText('Bevestigd')
      .waitFor();
    await p.getByText(`Goedgekeurd: Zaal De Beek (${site.name}), do 14 jan. 2027, 14:00–16:00`).waitFor();
    await expectAccessible(p, 'partner portal, request confirmed');
    await shoot(p, 'partner-portal-confirmed');
    const { rows } = await api.db.query(`SELECT status FROM bookings WHERE organisation_id = $1`, [org.id]);
    expect(rows).toEqual([{ status: 'CONFIRMED' }]);

    // …and its usage statement, on screen, as CSV and on paper.
    await p.getByRole('link', { name: 'Gebruiksoverzicht' }).first().click();
    await p.getByRole('heading', { name: 'Gebruiksoverzicht', level: 1 }).waitFor();
    await p.getByTestId('statement-total').getByText('€ 30,00').waitFor();
    await expectAccessible(p, 'usage statement');
    await shoot(p, 'statement');
    const [download] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'Download CSV (Excel)' }).click()]);
    expect(download.suggestedFilename()).toBe('gebruik-vereniging-de-kleine-beek-vzw-2027-01.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('Vergaderzaal;1;2,00;15,00;30,00\r\n');
    await p.getByRole('link', { name: 'Afdrukbare versie' }).click();
    await p.getByRole('heading', { name: 'Gebruiksoverzicht 2027-01', level: 1 }).waitFor();
    await p.getByText('Ondernemingsnummer: 0741.085.245').waitFor();
    await expectAccessible(p, 'printable statement');
    await shoot(p, 'statement-print');
  }, 240_000);

  it('decides a weekly series as a whole or opens it per date; a rejection needs a reason', async () => {
    const client = await api.as(partner);
    await client.data(SERIES, {
      input: {
        spaceId: desk.id,
        startsAt: '2027-01-19T09:00:00+01:00',
        endsAt: '2027-01-19T12:00:00+01:00',
        title: 'Zitdag',
        recurrence: { frequency: 'WEEKLY', until: '2027-02-09' },
      },
    });
    const fm = await signedIn(manager);
    await fm.goto(`${api.baseUrl}/goedkeuringen`);
    await fm.getByText('Reeks van 4 data, di 19 jan. 2027 tot di 9 feb. 2027').waitFor();
    // a period after the series' last date leaves nothing to decide
    await fm.getByRole('textbox', { name: 'Van', exact: true }).fill('2027-02-10');
    await fm.getByText('Er wachten geen aanvragen.').waitFor();
    await fm.getByRole('textbox', { name: 'Van', exact: true }).fill('');
    await fm.getByText('Reeks van 4 data, di 19 jan. 2027 tot di 9 feb. 2027').waitFor();
    await fm.getByRole('button', { name: 'Per datum beslissen' }).click();
    await fm.getByRole('button', { name: 'Afwijzen: Balie A op di 26 jan. 2027, 09:00–12:00' }).waitFor();
    await expectAccessible(fm, 'series opened per date');
    await shoot(fm, 'approvals-series');
    await fm.getByRole('button', { name: 'Alle 4 afwijzen: de data van de reeks voor Balie A' }).click();
    const dialog = fm.getByRole('dialog', { name: 'Aanvraag afwijzen' });
    await expect(dialog.getByRole('button', { name: 'Afwijzen' }).isDisabled()).resolves.toBe(true);
    await dialog.getByLabel(/^Reden/).fill('Balie A wordt in januari verbouwd.');
    await expectAccessible(fm, 'reject dialog');
    await shoot(fm, 'approvals-reject');
    await dialog.getByRole('button', { name: 'Afwijzen' }).click();
    await fm.getByText('4 afgewezen.').waitFor();
    const { rows } = await api.db.query(`SELECT count(*)::int AS n FROM bookings WHERE space_id = $1 AND status = 'REJECTED'`, [desk.id]);
    expect(rows[0].n).toBe(4);
  }, 120_000);

  it('the facility manager manages the organisation and invites a contact, who makes an account through the link', async () => {
    const fm = await signedIn(manager);
    await fm.getByRole('link', { name: 'Partnerorganisaties' }).click();
    await fm.getByRole('heading', { name: 'Partnerorganisaties', level: 1 }).waitFor();
    await expectAccessible(fm, 'organisations list');
    await shoot(fm, 'organisations');

    // a typing error in the enterprise number is named next to the field
    await fm.getByRole('button', { name: 'Nieuwe organisatie' }).click();
    const create = fm.getByRole('dialog', { name: 'Nieuwe organisatie' });
    await create.getByLabel(/^Naam/).fill('Buurtwerk Kleinbeek');
    await create.getByLabel('Ondernemingsnummer').fill('0412.345.678');
    await create.getByRole('button', { name: 'Opslaan' }).click();
    await create.getByText('De controlecijfers kloppen niet: er zit een tikfout in dit ondernemingsnummer.').waitFor();
    await expectAccessible(fm, 'new organisation: wrong enterprise number');
    await shoot(fm, 'organisation-create-error');
    await create.getByRole('button', { name: 'Sluiten' }).click();

    await fm.getByRole('link', { name: `${org.name} beheren` }).click();
    await fm.getByRole('heading', { name: org.name, level: 1 }).waitFor();
    await expectAccessible(fm, 'organisation details');
    await shoot(fm, 'organisation-details');
    for (const [tab, state] of [
      ['Toegang en uren', 'organisation access'],
      ['Tarieven', 'organisation rates'],
      ['Opschorten', 'organisation suspension'],
    ] as const) {
      await fm.getByRole('tab', { name: tab }).click();
      await fm.getByRole('tabpanel').waitFor();
      await expectAccessible(fm, state);
    }
    await fm.getByRole('tab', { name: 'Toegang en uren' }).click();
    await fm.getByText('Toegang 2', { exact: true }).waitFor();
    await shoot(fm, 'organisation-access');

    await fm.getByRole('tab', { name: 'Accounts' }).click();
    await fm.getByLabel(/^E-mailadres/).fill('griet@dekleinebeek.be');
    await fm.getByLabel(/^Naam zoals getoond/).fill('Griet Coppens');
    await fm.getByRole('button', { name: 'Uitnodigen' }).click();
    const link = fm.getByRole('textbox', { name: 'Uitnodigingslink voor griet@dekleinebeek.be' });
    await link.waitFor();
    await expectAccessible(fm, 'invite link shown');
    await shoot(fm, 'organisation-invite');
    const url = await link.inputValue();
    expect(url).toMatch(/\/uitnodiging\/[A-Za-z0-9_-]{43}$/);

    // The contact opens the link, signed out, and is signed in on the portal after choosing a password.
    const context = await newContext(browser, { now: NOW });
    const guest = await context.newPage();
    await guest.goto(`${api.baseUrl}/uitnodiging/${'x'.repeat(43)}`);
    await guest.getByText('Deze uitnodiging is niet (meer) geldig.', { exact: false }).waitFor();
    await expectAccessible(guest, 'invite page: unknown link');
    await guest.goto(url);
    await guest.getByRole('heading', { name: 'Welkom, Griet Coppens' }).waitFor();
    await expectAccessible(guest, 'invite page');
    await shoot(guest, 'invite');
    await guest.getByLabel(/^Wachtwoord( \*)?$/).fill('een lang wachtwoord');
    await guest.getByLabel(/^Wachtwoord herhalen/).fill('een lang wachtwoord');
    await guest.getByRole('button', { name: 'Account maken' }).click();
    await guest.getByText('Aanvaard de gebruiksvoorwaarden om verder te gaan.').waitFor();
    await expectAccessible(guest, 'invite page: terms not accepted');
    await guest.getByLabel('Ik aanvaard de gebruiksvoorwaarden namens mijn organisatie').check();
    await guest.getByRole('button', { name: 'Account maken' }).click();
    await guest.getByRole('heading', { name: 'Mijn organisatie', level: 1 }).waitFor();
    await guest.getByText(org.name).first().waitFor();

    // In English too.
    await guest.locator('label', { hasText: /^English$/ }).click();
    await guest.getByRole('heading', { name: 'My organisation', level: 1 }).waitFor();
    await expectAccessible(guest, 'partner portal in English');
    await shoot(guest, 'partner-portal-en');
  }, 240_000);
});
