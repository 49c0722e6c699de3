import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { Factories, RedirectBrowser, startTestApi, TestOidcProvider, type PeerAccount, type TestApi } from '@plekwijzer/test';

const ME = `{ me { id email displayName roles department { id } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const STATUS = `{ oidcStatus { configured available lastError issuer clientId scopes roleClaim roleMappings { claimValue roles }
  defaultRoles departmentClaim localLoginRoles endSessionSupported lastSignInAt } }`;

let peer: TestOidcProvider;
let api: TestApi;
beforeAll(async () => {
  peer = await TestOidcProvider.start();
  api = await startTestApi({
    env: {
      ...peer.env,
      OIDC_ROLE_MAP: 'plekwijzer-fm=FACILITY_MANAGER, plekwijzer-sw=SOCIAL_WORKER+EMPLOYEE',
      OIDC_DEPARTMENT_CLAIM: 'department',
      LOCAL_LOGIN_ROLES: 'PARTNER',
    },
  });
});
afterAll(async () => {
  await api.close();
  await peer.close();
});

/** A person at the provider, who signs in at its next interaction. */
function account(claims: PeerAccount = {}): { sub: string; email: string } {
  const sub = randomUUID();
  const email = claims.email ?? `staff-${sub.slice(0, 8)}@kleinbeek.be`;
  peer.accounts.set(sub, { name: 'An Peeters', ...claims, email });
  peer.nextSignIn = sub;
  return { sub, email };
}

/** Signs in through the whole flow in a fresh browser; returns the browser and where it ended. */
async function signIn(returnTo = '/agenda', tamper?: (url: URL) => URL) {
  const browser = new RedirectBrowser();
  const hops = await browser.go(`${api.baseUrl}/auth/oidc/login?returnTo=${encodeURIComponent(returnTo)}`, { tamper });
  return { browser, hops, landed: hops.at(-1)!.url };
}

/** What the web app does after the redirect: trade the refresh cookie for an access token. */
async function refresh(browser: RedirectBrowser) {
  const url = new URL(`${api.baseUrl}/graphql`);
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: browser.cookieHeader(url) },
    body: JSON.stringify({ query: `mutation { refreshSession { accessToken } }` }),
  });
  const body = (await res.json()) as { data?: { refreshSession: { accessToken: string } }; errors?: unknown[] };
  if (!body.data) throw new Error(`refresh failed: ${JSON.stringify(body.errors)}`);
  return api.anon.withToken(body.data.refreshSession.accessToken);
}

const signInError = (landed: URL) => landed.searchParams.get('signInError');
/** The provider's answer as it reached the callback: a code, and the issuer that sent it (RFC 9207). */
const answer = (hops: { url: URL }[]) => {
  const q = hops.find((h) => h.url.pathname === '/auth/oidc/callback')!.url.searchParams;
  return { code: q.has('code'), iss: q.get('iss') };
};

describe('sign-in with the organisation’s identity provider', () => {
  it('runs the code flow with PKCE, state and nonce, and creates the person with roles and department from the claims', async () => {
    const dept = await api.make.department();
    const { sub, email } = account({ groups: ['plekwijzer-sw', 'all-staff'], department: dept.name.toUpperCase() });
    const { browser, hops, landed } = await signIn('/agenda?view=week');

    const authorize = hops.find((h) => h.url.origin === peer.issuer && h.url.pathname === '/auth')!.url.searchParams;
    expect(authorize.get('code_challenge_method')).toBe('S256');
    expect(authorize.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorize.get('state')).toBeTruthy();
    expect(authorize.get('nonce')).toBeTruthy();
    expect(authorize.get('redirect_uri')).toBe(`${api.baseUrl}/auth/oidc/callback`);
    expect(landed.href).toBe(`${api.baseUrl}/agenda?view=week`);
    expect(browser.cookie(api.baseUrl, 'pw_oidc')).toBeUndefined();

    const { me } = await (await refresh(browser)).data(ME);
    expect(me).toEqual({
      id: expect.any(String),
      email,
      displayName: 'An Peeters',
      roles: ['SOCIAL_WORKER', 'EMPLOYEE'],
      department: { id: dept.id },
    });
    const { rows } = await api.db.query(`SELECT issuer, user_id FROM user_identities WHERE subject = $1`, [sub]);
    expect(rows).toEqual([{ issuer: peer.issuer, user_id: me.id }]);
    // the refresh rotated the session; it stays one started at the provider
    const sessions = await api.db.query(`SELECT DISTINCT sign_in_method FROM sessions WHERE user_id = $1`, [me.id]);
    expect(sessions.rows).toEqual([{ sign_in_method: 'OIDC' }]);
  });

  it('brings name, roles and department up to date at the next sign-in, for the same user', async () => {
    const first = await api.make.department();
    const second = await api.make.department();
    const { sub } = account({ groups: ['plekwijzer-sw'], department: first.name });
    const before = (await (await refresh((await signIn()).browser)).data(ME)).me;

    peer.accounts.set(sub, { ...peer.accounts.get(sub), name: 'An Peeters-Maes', groups: ['plekwijzer-fm'], department: second.name });
    peer.nextSignIn = sub;
    const after = (await (await refresh((await signIn()).browser)).data(ME)).me;
    expect(after).toEqual({ ...before, displayName: 'An Peeters-Maes', roles: ['FACILITY_MANAGER'], department: { id: second.id } });
  });

  it('links an existing account with the same e-mail, gives the default role when no group maps, and refuses partners', async () => {
    const existing = await api.make.user({ roles: ['RECEPTION'], email: `onthaal-${randomUUID().slice(0, 8)}@kleinbeek.be` });
    account({ email: existing.email.toUpperCase(), groups: ['all-staff'] });
    const { me } = await (await refresh((await signIn()).browser)).data(ME);
    expect(me).toMatchObject({ id: existing.id, roles: ['EMPLOYEE'] });

    const organisation = await api.make.organisation();
    const partner = await api.make.user({ roles: ['PARTNER'], organisationId: organisation.id });
    account({ email: partner.email });
    const { browser, landed } = await signIn();
    expect(landed.href).toBe(`${api.baseUrl}/?signInError=AUTH_ACCOUNT_DISABLED`);
    expect(browser.cookie(api.baseUrl, 'pw_session')).toBeUndefined();
  });

  it('refuses an answer whose state was changed on the way', async () => {
    const { sub } = account();
    const { browser, hops, landed } = await signIn('/agenda', (url) => {
      if (url.pathname === '/auth/oidc/callback') url.searchParams.set('state', 'forged-state');
      return url;
    });
    expect(answer(hops)).toEqual({ code: true, iss: peer.issuer });
    expect(signInError(landed)).toBe('AUTH_OIDC_FAILED');
    expect(browser.cookie(api.baseUrl, 'pw_session')).toBeUndefined();
    expect((await api.db.query(`SELECT 1 FROM user_identities WHERE subject = $1`, [sub])).rowCount).toBe(0);
  });

  it('refuses an ID token that carries another nonce than the attempt', async () => {
    account();
    const { browser, hops, landed } = await signIn('/agenda', (url) => {
      if (url.origin === peer.issuer && url.pathname === '/auth') url.searchParams.set('nonce', 'someone-elses-nonce');
      return url;
    });
    expect(answer(hops)).toEqual({ code: true, iss: peer.issuer });
    expect(signInError(landed)).toBe('AUTH_OIDC_FAILED');
    expect(browser.cookie(api.baseUrl, 'pw_session')).toBeUndefined();
  });

  it('refuses an answer from another issuer (a mix-up), even one that knows the client and the person', async () => {
    const other = await TestOidcProvider.start();
    try {
      const { sub } = account();
      other.accounts.set(sub, peer.accounts.get(sub)!);
      other.nextSignIn = sub;
      const { browser, hops, landed } = await signIn('/agenda', (url) =>
        url.origin === peer.issuer ? new URL(url.href.replace(peer.issuer, other.issuer)) : url,
      );
      expect(answer(hops)).toEqual({ code: true, iss: other.issuer });
      expect(signInError(landed)).toBe('AUTH_OIDC_FAILED');
      expect(browser.cookie(api.baseUrl, 'pw_session')).toBeUndefined();
    } finally {
      await other.close();
    }
  });

  it('refuses a callback in a browser that did not start the attempt, and says so when the person cancels', async () => {
    account();
    let callback: URL | undefined;
    await signIn('/agenda', (url) => {
      if (url.pathname === '/auth/oidc/callback') callback = new URL(url);
      return url;
    });
    expect(callback!.searchParams.has('code')).toBe(true);
    const elsewhere = await new RedirectBrowser().go(callback!.href);
    expect(signInError(elsewhere.at(-1)!.url)).toBe('AUTH_OIDC_FAILED');

    peer.nextSignIn = 'cancel';
    expect(signInError((await signIn()).landed)).toBe('AUTH_OIDC_CANCELLED');
  });

  it('never sends the browser to another site after sign-in', async () => {
    account();
    expect((await signIn('//evil.example/x')).landed.href).toBe(`${api.baseUrl}/`);
  });

  it('signs out here and tells the web app where to end the provider’s session', async () => {
    account();
    const { browser } = await signIn();
    const url = new URL(`${api.baseUrl}/graphql`);
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: browser.cookieHeader(url) },
      body: JSON.stringify({ query: `mutation { signOut { endSessionUrl } }` }),
    });
    const { data } = (await res.json()) as { data: { signOut: { endSessionUrl: string } } };
    const end = new URL(data.signOut.endSessionUrl);
    expect(end.origin).toBe(peer.issuer);
    expect(end.searchParams.get('post_logout_redirect_uri')).toBe(`${api.baseUrl}/`);
    expect(res.headers.getSetCookie().join()).toMatch(/pw_session=;/);
    await expect(refresh(browser)).rejects.toThrow(/AUTH_SESSION_INVALID/);
  });
});

describe('password sign-in next to the identity provider', () => {
  it('is off for the roles that use the organisation’s account, and stays on for partners', async () => {
    const employee = await api.make.user({ roles: ['EMPLOYEE'] });
    const refused = await api.anon.error(LOGIN, { input: { email: employee.email, password: Factories.PASSWORD } });
    expect(refused.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'AUTH_LOCAL_LOGIN_DISABLED' });
    const wrong = await api.anon.error(LOGIN, { input: { email: employee.email, password: 'wrong password' } });
    expect(wrong.extensions?.reason).toBe('AUTH_INVALID_CREDENTIALS');

    const organisation = await api.make.organisation();
    const partner = await api.make.user({ roles: ['PARTNER'], organisationId: organisation.id });
    expect((await api.anon.data(LOGIN, { input: { email: partner.email, password: Factories.PASSWORD } })).login.accessToken).toBeTruthy();

    const { appInfo } = await api.anon.data(`{ appInfo { oidcEnabled passwordSignInRoles } }`);
    expect(appInfo).toEqual({ oidcEnabled: true, passwordSignInRoles: ['PARTNER'] });
  });
});

describe('the provider’s status', () => {
  it('shows an administrator the settings in use, and nobody else', async () => {
    const admin = await api.as(await api.make.user({ roles: ['ADMIN'] }));
    const { oidcStatus } = await admin.data(STATUS);
    expect(oidcStatus).toMatchObject({
      configured: true,
      available: true,
      lastError: null,
      issuer: peer.issuer,
      clientId: 'plekwijzer',
      scopes: 'openid profile email',
      roleClaim: 'groups',
      roleMappings: [
        { claimValue: 'plekwijzer-fm', roles: ['FACILITY_MANAGER'] },
        { claimValue: 'plekwijzer-sw', roles: ['SOCIAL_WORKER', 'EMPLOYEE'] },
      ],
      defaultRoles: ['EMPLOYEE'],
      departmentClaim: 'department',
      localLoginRoles: ['PARTNER'],
      endSessionSupported: true,
    });
    for (const role of ['EMPLOYEE', 'FACILITY_MANAGER'] as const) {
      const other = await api.as(await api.make.user({ roles: [role] }));
      expect((await other.error(STATUS)).extensions).toEqual({ code: 'FORBIDDEN', reason: 'AUTH_ROLE_FORBIDDEN' });
    }
  });

  it('tells an administrator why an unreachable provider fails, and the person only that sign-in is unavailable', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const down = await startTestApi({
      databaseUrl: api.databaseUrl,
      env: { OIDC_ISSUER: `http://127.0.0.1:${port}`, OIDC_CLIENT_ID: 'x' },
    });
    try {
      const hops = await new RedirectBrowser().go(`${down.baseUrl}/auth/oidc/login`);
      expect(hops.map((h) => h.url.origin)).toEqual([down.baseUrl, down.baseUrl]);
      expect(hops.at(-1)!.url.href).toBe(`${down.baseUrl}/?signInError=AUTH_OIDC_UNAVAILABLE`);

      const admin = await down.as(await api.make.user({ roles: ['ADMIN'] }));
      const { oidcStatus } = await admin.data(STATUS);
      expect(oidcStatus).toMatchObject({ configured: true, available: false });
      expect(oidcStatus.lastError).toMatch(new RegExp(`Could not reach the identity provider at http://127.0.0.1:${port} \\(ECONNREFUSED`));
      const { appInfo } = await down.anon.data(`{ appInfo { oidcEnabled } }`);
      expect(appInfo.oidcEnabled).toBe(true);
    } finally {
      await down.close();
    }
  });

  it('names the setting to fix when the issuer address is not a provider', async () => {
    const wrong = `${peer.issuer}/wrong-tenant`;
    const off = await startTestApi({ databaseUrl: api.databaseUrl, env: { ...peer.env, OIDC_ISSUER: wrong } });
    try {
      const admin = await off.as(await api.make.user({ roles: ['ADMIN'] }));
      const { oidcStatus } = await admin.data(STATUS);
      expect(oidcStatus).toMatchObject({ configured: true, available: false });
      expect(oidcStatus.lastError).toMatch(
        new RegExp(`^${wrong} does not answer as an OpenID Connect provider \\(.+\\): check OIDC_ISSUER\\.$`),
      );
      const recheck = await admin.data(`mutation { checkOidcProvider { available lastError } }`);
      expect(recheck.checkOidcProvider.available).toBe(false);
      expect((await new RedirectBrowser().go(`${off.baseUrl}/auth/oidc/login`)).at(-1)!.url.search).toBe(
        '?signInError=AUTH_OIDC_UNAVAILABLE',
      );
    } finally {
      await off.close();
    }
  });
});
