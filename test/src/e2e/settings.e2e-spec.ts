import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { startTestApi, TestClock, TestOidcProvider, type MadeUser, type TestApi } from '../index.js';
import { launchBrowser, newContext } from './browser.js';
import { expectAccessible, shoot, signIn } from './helpers.js';
import { PASSWORD } from './world.js';

// Monday 11 January 2027, 09:00 in Brussels, for the API and the browsers alike.
const NOW = new Date('2027-01-11T09:00:00+01:00');

let peer: TestOidcProvider;
let api: TestApi;
let browser: Browser;
let admin: MadeUser;
let booker: MadeUser;
let manager: MadeUser;

beforeAll(async () => {
  peer = await TestOidcProvider.start();
  api = await startTestApi({
    clock: new TestClock(NOW.toISOString()),
    env: { ...peer.env, OIDC_LABEL: 'Kleinbeek-account', OIDC_ROLE_MAP: 'plekwijzer-fm=FACILITY_MANAGER' },
  });
  const site = await api.make.site();
  const room = await api.make.space(site.floorId, { kind: 'MEETING_ROOM', name: 'Vergaderzaal De Beek' });
  const tag = site.id.slice(0, 6);
  admin = await api.make.user({ roles: ['ADMIN'], displayName: 'Beheerder', email: `admin-${tag}@kleinbeek.be` });
  booker = await api.make.user({ displayName: 'Bob Maes', email: `bob-${tag}@kleinbeek.be` });
  manager = await api.make.user({ roles: ['FACILITY_MANAGER'], displayName: 'Els Claes', email: `els-${tag}@kleinbeek.be` });
  // no SMTP here: the confirmation waits in the outbox; a message the mail server refused sits beside it
  await (
    await api.as(booker)
  ).data(`mutation($input: CreateBookingInput!) { createBooking(input: $input) { id } }`, {
    input: { spaceId: room.id, startsAt: '2027-01-12T10:00:00+01:00', endsAt: '2027-01-12T11:00:00+01:00', title: 'Teamoverleg' },
  });
  await api.db.query(
    `INSERT INTO outbox_messages (recipient, locale, template_key, subject, body, created_at, status, attempts, last_error)
     VALUES ($1, 'nl-BE', 'booking.confirmed', 'Bevestiging: Vergaderzaal De Beek', 'Je reservering is bevestigd.', $2, 'FAILED', 8,
             '550 Mailbox unavailable')`,
    [`oud-adres-${tag}@kleinbeek.be`, new Date(NOW.getTime() - 3_600_000)],
  );
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
  await peer?.close();
});

async function page(): Promise<Page> {
  const context = await newContext(browser, { now: NOW });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: api.baseUrl });
  return context.newPage();
}

describe('settings, in Dutch, in a real browser', () => {
  it('a colleague signs in with the organisation account, makes, copies and revokes a calendar link, and picks English e-mails', async () => {
    const p = await page();
    await p.goto(`${api.baseUrl}/?signInError=AUTH_OIDC_UNAVAILABLE`);
    await p.getByRole('alert').getByText('Aanmelden met je organisatie-account lukt nu niet.', { exact: false }).waitFor();
    const orgButton = p.getByRole('link', { name: 'Aanmelden met je Kleinbeek-account' });
    await orgButton.waitFor();
    await expectAccessible(p, 'login page with the organisation account');
    await shoot(p, 'settings-login');

    const sub = randomUUID();
    const email = `an-${sub.slice(0, 8)}@kleinbeek.be`;
    peer.accounts.set(sub, { email, name: 'An Peeters', groups: ['alle-medewerkers'] });
    peer.nextSignIn = sub;
    await orgButton.click();
    await p.getByRole('navigation').first().waitFor();
    expect(new URL(p.url()).origin).toBe(api.baseUrl);

    await p.getByRole('link', { name: 'Instellingen' }).click();
    await p.getByRole('heading', { name: 'Instellingen', level: 1 }).waitFor();
    await p.getByText('Je hebt nog geen agenda-link.').waitFor();
    expect(await p.getByRole('heading', { name: 'Uitgaande e-mails' }).count()).toBe(0);
    await p.getByRole('button', { name: 'Agenda-link maken' }).click();
    const link = p.getByLabel('Agenda-link (iCal)');
    await link.waitFor();
    const url = await link.inputValue();
    expect(url).toMatch(new RegExp(`^${api.baseUrl}/ical/[\\w-]{43}\\.ics$`));
    const feed = await fetch(url);
    expect([feed.status, await feed.text()]).toEqual([200, expect.stringContaining('BEGIN:VCALENDAR')]);
    await p.getByRole('button', { name: 'Link kopiëren' }).click();
    await p.getByRole('button', { name: 'Gekopieerd' }).waitFor();
    expect(await p.evaluate('navigator.clipboard.readText()')).toBe(url);

    await p.getByRole('radiogroup', { name: 'Taal van e-mails' }).getByRole('radio', { name: 'English' }).check();
    await p.getByText('Taal van je e-mails opgeslagen.').waitFor();
    const { rows } = await api.db.query(`SELECT locale FROM users WHERE email = $1`, [email]);
    expect(rows).toEqual([{ locale: 'en' }]);
    await expectAccessible(p, 'settings with a calendar link');
    await shoot(p, 'settings-colleague');

    await p.getByRole('button', { name: 'Link intrekken' }).click();
    const dialog = p.getByRole('dialog', { name: 'Agenda-link intrekken?' });
    await dialog.waitFor();
    await expectAccessible(p, 'revoke confirmation');
    await dialog.getByRole('button', { name: 'Link intrekken' }).click();
    await p.getByText('Agenda-link ingetrokken.').waitFor();
    await p.getByRole('button', { name: 'Agenda-link maken' }).waitFor();
    expect((await fetch(url)).status).toBe(404);

    // signing out ends the provider's session too
    await p.getByRole('button', { name: 'Afmelden' }).click();
    await p.waitForURL((u) => u.origin === peer.issuer);
    await p.close();
  });

  it('an administrator reads the outbox and the identity provider’s status, and tries a refused e-mail again', async () => {
    const p = await page();
    await signIn(p, api.baseUrl, admin.email, PASSWORD);
    await p.goto(`${api.baseUrl}/instellingen`);
    await p.getByRole('heading', { name: 'Aanmelden met het organisatie-account' }).waitFor();
    await p.getByText('De identiteitsprovider antwoordt.').waitFor();
    await p.getByRole('cell', { name: peer.issuer }).waitFor();
    await p.getByRole('cell', { name: 'plekwijzer-fm → Facilitair beheerder' }).waitFor();

    const outbox = p.getByRole('region', { name: 'Uitgaande e-mails' });
    await outbox.getByText('Er is geen mailserver ingesteld (SMTP_HOST).', { exact: false }).waitFor();
    const waiting = outbox.getByRole('row').filter({ hasText: booker.email });
    await waiting.getByText('Wacht', { exact: true }).waitFor();
    const refused = outbox.getByRole('row').filter({ hasText: '550 Mailbox unavailable' });
    await refused.getByText('Mislukt').waitFor();
    await expectAccessible(p, 'settings for an administrator');
    await shoot(p, 'settings-admin');

    await refused.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await p.getByText('De e-mail wordt opnieuw geprobeerd.').waitFor();
    await outbox.getByRole('row').filter({ hasText: '550 Mailbox unavailable' }).getByText('Wacht', { exact: true }).waitFor();
    await p.close();
  });

  it('a facility manager follows a meeting room in their calendar', async () => {
    const p = await page();
    await signIn(p, api.baseUrl, manager.email, PASSWORD);
    await p.goto(`${api.baseUrl}/instellingen`);
    const card = p.getByRole('region', { name: 'Agenda’s van ruimtes' });
    await card.getByLabel('Ruimte', { exact: true }).first().click();
    await p.getByRole('option', { name: /^Vergaderzaal De Beek/ }).click();
    await card.getByRole('button', { name: 'Ruimte volgen' }).click();
    await p.getByText('Agenda-link van de ruimte gemaakt.').waitFor();
    const url = await card.getByLabel('Agenda-link van Vergaderzaal De Beek').inputValue();
    const ics = await (await fetch(url)).text();
    expect(ics).toContain('SUMMARY:Teamoverleg');
    expect(ics).toContain('DESCRIPTION:Geboekt door Bob Maes');
    await expectAccessible(p, 'settings for a facility manager');
    await shoot(p, 'settings-facility-manager');
    await p.close();
  });

  it('someone who signs in with a password changes it; a wrong current one keeps them signed in', async () => {
    const person = await api.make.user({ displayName: 'Lies Wouters' });
    const p = await page();
    await signIn(p, api.baseUrl, person.email, PASSWORD);
    await p.goto(`${api.baseUrl}/instellingen`);
    const card = p.getByRole('region', { name: 'Wachtwoord wijzigen' });
    await card.getByLabel(/^Huidig wachtwoord/).fill('niet-het-juiste');
    await card.getByLabel(/^Nieuw wachtwoord/).fill('een-nieuw-wachtwoord');
    await card.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await card.getByText('Het huidige wachtwoord is niet juist.').waitFor();
    await expectAccessible(p, 'password change refused');
    await shoot(p, 'settings-password');
    await card.getByLabel(/^Huidig wachtwoord/).fill(PASSWORD);
    await card.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await p.getByText('Wachtwoord gewijzigd. Je andere sessies zijn afgemeld.').waitFor();
    await p.reload(); // the new session carries on
    await p.getByRole('heading', { name: 'Instellingen', level: 1 }).waitFor();
    await p.close();
    const login = `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { accessToken } }`;
    expect((await api.anon.request(login, { email: person.email, password: PASSWORD })).errors?.[0]?.extensions?.reason).toBe(
      'AUTH_INVALID_CREDENTIALS',
    );
    expect((await api.anon.data(login, { email: person.email, password: 'een-nieuw-wachtwoord' })).login.accessToken).toEqual(
      expect.any(String),
    );
  });
});
