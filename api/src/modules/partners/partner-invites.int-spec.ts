import { createHash } from 'node:crypto';
import { Factories, startTestApi, type GraphqlClient, type TestApi } from '@plekwijzer/test';
import { PartnerInvitesService } from './partner-invites.service.js';

const INVITE = `mutation($input: InvitePartnerInput!) { invitePartner(input: $input) { inviteUrl invite { id email displayName expiresAt invitedBy } } }`;
const PREVIEW = `query($token: String!) { partnerInvite(token: $token) { email displayName organisationName expiresAt termsVersion } }`;
const ACCEPT = `mutation($input: AcceptPartnerInviteInput!) { acceptPartnerInvite(input: $input) { email } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { user { id roles organisationId displayName } } }`;
const PASSWORD = 'een lang wachtwoord';

let api: TestApi;
let fm: GraphqlClient;
let org: { id: string; name: string };
beforeAll(async () => {
  api = await startTestApi();
  org = await api.make.organisation({ name: 'CAW Regio Test' });
});
afterAll(() => api.close());
beforeEach(async () => {
  api.clock.set('2027-01-11T08:00:00+01:00');
  fm = await api.as(await api.make.user({ roles: ['FACILITY_MANAGER'], displayName: 'Els Claes' }));
});

let n = 0;
async function invite(email = `contact${++n}@caw-test.be`) {
  const res = (await fm.data(INVITE, { input: { organisationId: org.id, email, displayName: 'Pieter Vermeulen' } })).invitePartner;
  const token = /\/uitnodiging\/([A-Za-z0-9_-]{43})$/.exec(res.inviteUrl)![1]!;
  return { ...res, token, email };
}

describe('inviting a contact', () => {
  it('stores only a hash of the token; the link is shown once and rebuilt for the e-mail from the invite id', async () => {
    const inv = await invite();
    expect(inv.invite).toMatchObject({ displayName: 'Pieter Vermeulen', expiresAt: '2027-01-18T07:00:00.000Z', invitedBy: 'Els Claes' });
    const row = (await api.db.query(`SELECT * FROM partner_invites WHERE id = $1`, [inv.invite.id])).rows[0];
    expect(row.token_hash).toBe(createHash('sha256').update(inv.token).digest('hex'));
    const everything = JSON.stringify([
      (await api.db.query(`SELECT * FROM partner_invites`)).rows,
      (await api.db.query(`SELECT * FROM outbox_messages`)).rows,
    ]);
    expect(everything).not.toContain(inv.token);

    const mail = (
      await api.db.query(`SELECT recipient, template_key, subject, body, params FROM outbox_messages WHERE recipient = $1`, [inv.email])
    ).rows;
    expect(mail).toEqual([
      {
        recipient: inv.email,
        template_key: 'partner-invite',
        subject: 'Uitnodiging voor Plekwijzer (CAW Regio Test)',
        body: expect.stringContaining('{{inviteUrl}}'),
        params: expect.objectContaining({ inviteId: inv.invite.id, organisationName: 'CAW Regio Test' }),
      },
    ]);
    expect(api.app.get(PartnerInvitesService).inviteLink(mail[0].params.inviteId)).toBe(inv.inviteUrl);
  });

  it('lets the person choose a password once: the account is a partner of the organisation, the terms are recorded', async () => {
    const inv = await invite();
    expect((await api.anon.data(PREVIEW, { token: inv.token })).partnerInvite).toEqual({
      email: inv.email,
      displayName: 'Pieter Vermeulen',
      organisationName: 'CAW Regio Test',
      expiresAt: '2027-01-18T07:00:00.000Z',
      termsVersion: '2027-01',
    });
    const noTerms = await api.anon.error(ACCEPT, { input: { token: inv.token, password: PASSWORD, acceptTerms: false } });
    expect(noTerms.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVITE_TERMS_REQUIRED',
      fieldErrors: [{ field: 'acceptTerms' }],
    });
    const short = await api.anon.error(ACCEPT, { input: { token: inv.token, password: 'kort', acceptTerms: true } });
    expect(short.extensions?.reason).toBe('VALIDATION_FAILED');

    api.clock.advance(3 * 86_400_000);
    expect(
      (await api.anon.data(ACCEPT, { input: { token: inv.token, password: PASSWORD, acceptTerms: true } })).acceptPartnerInvite,
    ).toEqual({
      email: inv.email,
    });
    const me = (await api.anon.data(LOGIN, { input: { email: inv.email, password: PASSWORD } })).login.user;
    expect(me).toMatchObject({ roles: ['PARTNER'], organisationId: org.id, displayName: 'Pieter Vermeulen' });
    const terms = (await api.db.query(`SELECT terms_version, terms_accepted_at FROM organisations WHERE id = $1`, [org.id])).rows[0];
    expect(terms).toEqual({ terms_version: '2027-01', terms_accepted_at: new Date('2027-01-14T07:00:00Z') });
    const used = (await api.db.query(`SELECT accepted_at, user_id FROM partner_invites WHERE id = $1`, [inv.invite.id])).rows[0];
    expect(used).toEqual({ accepted_at: new Date('2027-01-14T07:00:00Z'), user_id: me.id });

    // single use
    for (const attempt of [
      api.anon.error(ACCEPT, { input: { token: inv.token, password: 'een ander wachtwoord', acceptTerms: true } }),
      api.anon.error(PREVIEW, { token: inv.token }),
    ]) {
      expect((await attempt).extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVITE_USED' });
    }
    expect(
      (await api.anon.request(LOGIN, { input: { email: inv.email, password: 'een ander wachtwoord' } })).errors?.[0]?.extensions?.reason,
    ).toBe('AUTH_INVALID_CREDENTIALS');
  });

  it('of two people using the link at once, one gets the account', async () => {
    const inv = await invite();
    const answers = await Promise.all(
      ['eerste wachtwoord!', 'tweede wachtwoord!'].map((password) =>
        api.anon.request(ACCEPT, { input: { token: inv.token, password, acceptTerms: true } }),
      ),
    );
    expect(answers.filter((a) => !a.errors)).toHaveLength(1);
    expect(answers.find((a) => a.errors)!.errors![0]!.extensions?.reason).toBe('INVITE_USED');
    expect((await api.db.query(`SELECT count(*)::int AS n FROM users WHERE email = $1`, [inv.email])).rows[0].n).toBe(1);
  });

  it('expires after seven days', async () => {
    const inv = await invite();
    api.clock.advance(7 * 86_400_000 - 60_000);
    expect((await api.anon.request(PREVIEW, { token: inv.token })).errors).toBeUndefined();
    api.clock.advance(60_000);
    for (const attempt of [
      api.anon.error(PREVIEW, { token: inv.token }),
      api.anon.error(ACCEPT, { input: { token: inv.token, password: PASSWORD, acceptTerms: true } }),
    ]) {
      expect((await attempt).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVITE_EXPIRED' });
    }
    expect((await api.db.query(`SELECT count(*)::int AS n FROM users WHERE email = $1`, [inv.email])).rows[0].n).toBe(0);
  });

  it('refuses a wrong, malformed, revoked or replaced token', async () => {
    const wrong = 'A'.repeat(43);
    for (const token of [wrong, 'not-a-token', '', `${'x'.repeat(42)}!`]) {
      expect((await api.anon.error(PREVIEW, { token })).extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'INVITE_INVALID' });
    }
    expect((await api.anon.error(ACCEPT, { input: { token: wrong, password: PASSWORD, acceptTerms: true } })).extensions?.reason).toBe(
      'INVITE_INVALID',
    );
    const first = await invite('dubbel@caw-test.be');
    const second = await invite('dubbel@caw-test.be'); // a new invite replaces the old link
    expect((await api.anon.error(PREVIEW, { token: first.token })).extensions?.reason).toBe('INVITE_INVALID');
    expect((await api.anon.request(PREVIEW, { token: second.token })).errors).toBeUndefined();
    await fm.data(`mutation($input: RevokePartnerInviteInput!) { revokePartnerInvite(input: $input) { revokedAt } }`, {
      input: { id: second.invite.id },
    });
    expect((await api.anon.error(PREVIEW, { token: second.token })).extensions?.reason).toBe('INVITE_INVALID');
    const open = (await fm.data(`query($id: ID!) { organisation(id: $id) { invites { email } } }`, { id: org.id })).organisation.invites;
    expect(open.map((i: { email: string }) => i.email)).not.toContain('dubbel@caw-test.be');
  });

  it('refuses an address that already has an account, and is for managers only', async () => {
    const existing = await api.make.user();
    const taken = await fm.error(INVITE, { input: { organisationId: org.id, email: existing.email.toUpperCase(), displayName: 'X' } });
    expect(taken.extensions).toMatchObject({ code: 'CONFLICT', reason: 'USER_EMAIL_TAKEN' });
    const partner = await api.as(await api.make.user({ roles: ['PARTNER'], organisationId: org.id }));
    const err = await partner.error(INVITE, { input: { organisationId: org.id, email: 'x@caw-test.be', displayName: 'X' } });
    expect(err.extensions?.reason).toBe('AUTH_ROLE_FORBIDDEN');
    const login = await api.anon.error(LOGIN, { input: { email: existing.email, password: Factories.PASSWORD + 'x' } });
    expect(login.extensions?.reason).toBe('AUTH_INVALID_CREDENTIALS');
  });
});
