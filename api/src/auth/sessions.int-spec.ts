import { createHash } from 'node:crypto';
import { Factories, startTestApi, type GraphqlError, type MadeUser, type TestApi } from '@plekwijzer/test';
import { SessionsService } from './sessions.service.js';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken user { id } } }`;
const REFRESH = `mutation { refreshSession { accessToken expiresAt user { id email } } }`;
const LOGOUT = `mutation { logout }`;
const DAY = 86_400_000;

type Answer = { status: number; data?: Record<string, any> | null; errors?: GraphqlError[]; setCookie: string[]; cookie?: string };

/** A POST as the browser makes it: the refresh token only ever travels in the cookie. */
async function post(api: TestApi, query: string, opts: { cookie?: string; variables?: Record<string, unknown> } = {}): Promise<Answer> {
  const res = await fetch(`${api.baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'user-agent': 'Plekwijzer test browser',
      ...(opts.cookie !== undefined ? { cookie: `theme=dark; pw_session=${opts.cookie}` } : {}),
    },
    body: JSON.stringify({ query, variables: opts.variables }),
  });
  const body = (await res.json()) as { data?: Record<string, any>; errors?: GraphqlError[] };
  const setCookie = res.headers.getSetCookie();
  const cookie = setCookie.map((c) => /^pw_session=([^;]*)/.exec(c)?.[1]).find((v) => v !== undefined);
  return { status: res.status, ...body, setCookie, cookie };
}

const signIn = (api: TestApi, user: MadeUser) =>
  post(api, LOGIN, { variables: { input: { email: user.email, password: Factories.PASSWORD } } });
const reason = (a: Answer) => a.errors?.[0]?.extensions;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());
beforeEach(() => api.clock.set('2027-01-11T08:00:00+01:00'));

describe('signing in sets a refresh cookie', () => {
  it('is httpOnly, SameSite=Strict, scoped to /graphql, lives 14 days and is not Secure over plain http', async () => {
    const answer = await signIn(api, await api.make.user());
    expect(answer.errors).toBeUndefined();
    expect(answer.setCookie).toHaveLength(1);
    const attrs = answer.setCookie[0]!.split('; ').slice(1);
    expect(attrs.sort()).toEqual(['HttpOnly', 'Max-Age=1209600', 'Path=/graphql', 'SameSite=Strict'].sort());
    expect(answer.cookie).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('is Secure behind an https PUBLIC_URL and follows SESSION_TTL_DAYS', async () => {
    const other = await startTestApi({ env: { PUBLIC_URL: 'https://plekwijzer.kleinbeek.be', SESSION_TTL_DAYS: '3' } });
    try {
      const answer = await signIn(other, await other.make.user());
      expect(answer.setCookie[0]!.split('; ')).toEqual(expect.arrayContaining(['Secure', 'HttpOnly', 'Max-Age=259200']));
    } finally {
      await other.close();
    }
  });

  it('stores only the SHA-256 of the token, with the browser it came from', async () => {
    const user = await api.make.user();
    const { cookie } = await signIn(api, user);
    const { rows } = await api.db.query(`SELECT * FROM sessions WHERE user_id = $1`, [user.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).toBe(createHash('sha256').update(cookie!).digest('hex'));
    expect(JSON.stringify(rows)).not.toContain(cookie);
    expect(rows[0]).toMatchObject({ user_agent: 'Plekwijzer test browser', revoked_at: null });
    expect(rows[0].expires_at.getTime() - api.clock.now().getTime()).toBe(14 * DAY);
  });

  it('sets no cookie when signing in fails', async () => {
    const user = await api.make.user();
    const answer = await post(api, LOGIN, { variables: { input: { email: user.email, password: 'wrong password' } } });
    expect(reason(answer)?.reason).toBe('AUTH_INVALID_CREDENTIALS');
    expect(answer.setCookie).toEqual([]);
  });
});

describe('refreshSession', () => {
  it('trades the cookie for a fresh access token and a new cookie in the same family', async () => {
    const user = await api.make.user();
    const first = await signIn(api, user);
    api.clock.advance(31 * 60_000); // the access token of the sign-in has expired by now
    const refreshed = await post(api, REFRESH, { cookie: first.cookie });
    expect(refreshed.errors).toBeUndefined();
    expect(refreshed.data!.refreshSession.user).toEqual({ id: user.id, email: user.email });
    expect(new Date(refreshed.data!.refreshSession.expiresAt).getTime()).toBe(api.clock.now().getTime() + 30 * 60_000);
    expect(refreshed.cookie).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(refreshed.cookie).not.toBe(first.cookie);
    expect(refreshed.setCookie[0]).toContain('HttpOnly');
    const me = await api.anon.withToken(refreshed.data!.refreshSession.accessToken).data(`{ me { id } }`);
    expect(me.me.id).toBe(user.id);

    const { rows } = await api.db.query(`SELECT family_id, revoked_at, last_used_at FROM sessions WHERE user_id = $1 ORDER BY created_at`, [
      user.id,
    ]);
    expect(rows).toHaveLength(2);
    expect(rows[0].family_id).toBe(rows[1].family_id);
    expect(rows[0].revoked_at).toEqual(api.clock.now());
    expect(rows[1].revoked_at).toBeNull();
  });

  it('answers a missing, malformed or unknown cookie with AUTH_SESSION_INVALID and sets nothing', async () => {
    for (const cookie of [undefined, '', 'not a token', 'A'.repeat(43)]) {
      const answer = await post(api, REFRESH, { cookie });
      expect(reason(answer)).toEqual({ code: 'UNAUTHENTICATED', reason: 'AUTH_SESSION_INVALID' });
      expect(answer.data).toBeNull();
      expect(answer.setCookie).toEqual([]);
    }
  });

  it('treats a rotated token used again as theft: the whole family is revoked, other sign-ins are not', async () => {
    const user = await api.make.user();
    const stolen = (await signIn(api, user)).cookie;
    const otherDevice = (await signIn(api, user)).cookie;
    const legit = (await post(api, REFRESH, { cookie: stolen })).cookie;

    expect(reason(await post(api, REFRESH, { cookie: stolen }))).toEqual({ code: 'UNAUTHENTICATED', reason: 'AUTH_SESSION_INVALID' });
    // the holder of the newest token is signed out too: nobody knows which of the two is the thief
    expect(reason(await post(api, REFRESH, { cookie: legit }))?.reason).toBe('AUTH_SESSION_INVALID');
    expect((await post(api, REFRESH, { cookie: otherDevice })).errors).toBeUndefined();
  });

  it('lets two refreshes of one token race: one wins, the other counts as reuse', async () => {
    const user = await api.make.user();
    const { cookie } = await signIn(api, user);
    const answers = await Promise.all([post(api, REFRESH, { cookie }), post(api, REFRESH, { cookie })]);
    expect(answers.filter((a) => !a.errors).length).toBe(1);
    const { rows } = await api.db.query(`SELECT count(*)::int AS n FROM sessions WHERE user_id = $1 AND revoked_at IS NULL`, [user.id]);
    expect(rows[0].n).toBe(0);
  });

  it('expires after SESSION_TTL_DAYS without use; every refresh starts the period again', async () => {
    const user = await api.make.user();
    let { cookie } = await signIn(api, user);
    for (let i = 0; i < 3; i++) {
      api.clock.advance(13 * DAY);
      const answer = await post(api, REFRESH, { cookie });
      expect(answer.errors).toBeUndefined();
      cookie = answer.cookie;
    }
    api.clock.advance(14 * DAY);
    expect(reason(await post(api, REFRESH, { cookie }))?.reason).toBe('AUTH_SESSION_INVALID');
  });

  it('ends the session of a deactivated user', async () => {
    const user = await api.make.user();
    const { cookie } = await signIn(api, user);
    await api.db.query(`UPDATE users SET active = false WHERE id = $1`, [user.id]);
    expect(reason(await post(api, REFRESH, { cookie }))?.reason).toBe('AUTH_SESSION_INVALID');
    await api.db.query(`UPDATE users SET active = true WHERE id = $1`, [user.id]);
    expect(reason(await post(api, REFRESH, { cookie }))?.reason).toBe('AUTH_SESSION_INVALID');
  });
});

describe('logout', () => {
  it('revokes the session of the cookie and clears the cookie', async () => {
    const user = await api.make.user();
    const { cookie } = await signIn(api, user);
    const answer = await post(api, LOGOUT, { cookie });
    expect(answer.data).toEqual({ logout: true });
    expect(answer.setCookie).toHaveLength(1);
    expect(answer.setCookie[0]!.split('; ')).toEqual(expect.arrayContaining(['pw_session=', 'Max-Age=0', 'Path=/graphql', 'HttpOnly']));
    expect(reason(await post(api, REFRESH, { cookie }))?.reason).toBe('AUTH_SESSION_INVALID');
  });

  it('is idempotent: twice, without a cookie or with a stranger’s garbage it still answers true', async () => {
    const { cookie } = await signIn(api, await api.make.user());
    for (const c of [cookie, cookie, undefined, 'garbage']) {
      expect((await post(api, LOGOUT, { cookie: c })).data).toEqual({ logout: true });
    }
  });
});

it('signs a person out of every session in one call', async () => {
  const user = await api.make.user();
  const bystander = await api.make.user();
  const cookies = [(await signIn(api, user)).cookie, (await signIn(api, user)).cookie];
  const theirs = (await signIn(api, bystander)).cookie;
  expect(await api.app.get(SessionsService).revokeAllForUser(user.id)).toBe(2);
  for (const cookie of cookies) expect(reason(await post(api, REFRESH, { cookie }))?.reason).toBe('AUTH_SESSION_INVALID');
  expect((await post(api, REFRESH, { cookie: theirs })).errors).toBeUndefined();
});
