import { Factories, startTestApi, type GraphqlError, type TestApi } from '@plekwijzer/test';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken user { id } } }`;
const REFRESH = `mutation { refreshSession { accessToken } }`;
const ME = `{ me { id } }`;

type Answer = { data?: Record<string, any> | null; errors?: GraphqlError[]; cookie?: string };

async function post(
  api: TestApi,
  query: string,
  opts: { token?: string; cookie?: string; variables?: Record<string, unknown> } = {},
): Promise<Answer> {
  const res = await fetch(`${api.baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
      ...(opts.cookie ? { cookie: `pw_session=${opts.cookie}` } : {}),
    },
    body: JSON.stringify({ query, variables: opts.variables }),
  });
  const body = (await res.json()) as Answer;
  const cookie = res.headers
    .getSetCookie()
    .map((c) => /^pw_session=([^;]+)/.exec(c)?.[1])
    .find(Boolean);
  return { ...body, cookie };
}
const reason = (a: Answer) => a.errors?.[0]?.extensions?.reason ?? 'OK';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

async function signIn(email: string, password = Factories.PASSWORD): Promise<{ token: string; cookie: string }> {
  const a = await post(api, LOGIN, { variables: { input: { email, password } } });
  expect(a.errors).toBeUndefined();
  return { token: a.data!.login.accessToken as string, cookie: a.cookie! };
}

describe('changing the password', () => {
  it('ends every session and every access token issued before, and signs this browser in anew', async () => {
    const user = await api.make.user();
    const laptop = await signIn(user.email);
    const phone = await signIn(user.email);
    api.clock.advance(5000); // the old tokens are from an earlier second than the change
    const changed = await post(api, CHANGE, {
      token: laptop.token,
      variables: { input: { currentPassword: Factories.PASSWORD, newPassword: 'a new long passphrase' } },
    });
    expect(changed.errors).toBeUndefined();
    expect(changed.cookie).toBeDefined();
    for (const old of [laptop, phone]) {
      expect(reason(await post(api, ME, { token: old.token }))).toBe('AUTH_TOKEN_INVALID');
      expect(reason(await post(api, REFRESH, { cookie: old.cookie }))).toBe('AUTH_SESSION_INVALID');
    }
    expect(reason(await post(api, ME, { token: changed.data!.changePassword.accessToken }))).toBe('OK');
    expect(reason(await post(api, REFRESH, { cookie: changed.cookie }))).toBe('OK');
    expect(reason(await post(api, LOGIN, { variables: { input: { email: user.email, password: Factories.PASSWORD } } }))).toBe(
      'AUTH_INVALID_CREDENTIALS',
    );
    await signIn(user.email, 'a new long passphrase');
  });

  it('needs the current password and a new one of at least 10 characters; a refusal changes nothing', async () => {
    const user = await api.make.user();
    const s = await signIn(user.email);
    const wrong = await post(api, CHANGE, {
      token: s.token,
      variables: { input: { currentPassword: 'nope', newPassword: 'another passphrase' } },
    });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'AUTH_INVALID_CREDENTIALS',
      fieldErrors: [{ field: 'currentPassword' }],
    });
    const short = await post(api, CHANGE, {
      token: s.token,
      variables: { input: { currentPassword: Factories.PASSWORD, newPassword: 'short' } },
    });
    expect(short.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(reason(await post(api, ME, { token: s.token }))).toBe('OK');
    expect(reason(await post(api, REFRESH, { cookie: s.cookie }))).toBe('OK');
  });

  it('is not open without signing in', async () => {
    const a = await post(api, CHANGE, { variables: { input: { currentPassword: 'x', newPassword: 'another passphrase' } } });
    expect(a.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'AUTH_REQUIRED' });
  });
});

describe('signing out', () => {
  it('ends the refresh session of the cookie; the short-lived access token then runs out by itself', async () => {
    const user = await api.make.user();
    const s = await signIn(user.email);
    expect(reason(await post(api, `mutation { logout }`, { cookie: s.cookie }))).toBe('OK');
    expect(reason(await post(api, REFRESH, { cookie: s.cookie }))).toBe('AUTH_SESSION_INVALID');
    api.clock.advance(31 * 60_000);
    expect(reason(await post(api, ME, { token: s.token }))).toBe('AUTH_TOKEN_EXPIRED');
  });
});
