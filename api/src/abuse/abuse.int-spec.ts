import { Factories, startTestApi, type GraphqlClient, type GraphqlError, type TestApi } from '@plekwijzer/test';
import { RateLimitService } from './rate-limit.service.js';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const MARK_READ = `mutation { markNotificationsRead(input: {}) }`;
const LIMITS = { RATE_LIMIT_MUTATIONS_PER_MINUTE: '4', SIGN_IN_FREE_ATTEMPTS: '5', SIGN_IN_LOCKOUT_MINUTES: '15', TRUST_PROXY: '1' };

let first: TestApi;
let second: TestApi;
const logs: string[] = [];
beforeAll(async () => {
  first = await startTestApi({ env: LIMITS });
  // the second instance shares the first one's clock, so both agree on "now"
  second = await startTestApi({ databaseUrl: first.databaseUrl, env: LIMITS, clock: first.clock });
  first.app.useLogger({ log: () => {}, error: () => {}, warn: (m: unknown) => void logs.push(String(m)) });
});
afterAll(async () => {
  await second.close();
  await first.close();
});
beforeEach(() => first.clock.set('2027-01-11T08:00:00+01:00'));

let n = 0;
/** Every test signs in from its own client address (the API believes one proxy's X-Forwarded-For). */
const newAddress = () => `203.0.113.${++n}`;

async function signIn(api: TestApi, address: string, email: string, password: string): Promise<GraphqlError | undefined> {
  const res = await fetch(`${api.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query: LOGIN, variables: { input: { email, password } } }),
  });
  const body = (await res.json()) as { errors?: GraphqlError[] };
  expect(res.status).toBe(200);
  return body.errors?.[0];
}
const reasonOf = (e: GraphqlError | undefined) => e?.extensions?.reason ?? 'OK';

describe('mutations per user, counted across both instances', () => {
  it('refuses the fifth mutation in a minute, whichever instance gets it, and allows it again the next minute', async () => {
    const user = await first.make.user();
    const a: GraphqlClient = await first.as(user);
    const b: GraphqlClient = await second.as(user);
    for (const client of [a, b, a, b]) expect((await client.request(MARK_READ)).errors).toBeUndefined();
    const refused = await a.error(MARK_READ);
    expect(refused.extensions).toEqual({ code: 'TOO_MANY_REQUESTS', reason: 'RATE_LIMITED', params: { retryAfterSeconds: 60 } });
    expect((await b.error(MARK_READ)).extensions?.reason).toBe('RATE_LIMITED');
    // queries are not counted; other users are not affected
    expect((await a.request(`{ me { id } }`)).errors).toBeUndefined();
    expect((await (await first.as(await first.make.user())).request(MARK_READ)).errors).toBeUndefined();
    first.clock.advance(60_000);
    expect((await b.request(MARK_READ)).errors).toBeUndefined();
  });
});

describe('sign-in per client address', () => {
  it('allows 5 failed attempts, then makes each next one wait twice as long, on either instance', async () => {
    const user = await first.make.user();
    const ip = newAddress();
    for (const api of [first, second, first, second, first])
      expect(reasonOf(await signIn(api, ip, user.email, 'wrong'))).toBe('AUTH_INVALID_CREDENTIALS');
    const throttled = await signIn(second, ip, user.email, Factories.PASSWORD);
    expect(throttled?.extensions).toEqual({ code: 'TOO_MANY_REQUESTS', reason: 'SIGN_IN_THROTTLED', params: { retryAfterSeconds: 1 } });
    first.clock.advance(1000);
    expect(reasonOf(await signIn(first, ip, user.email, 'wrong'))).toBe('AUTH_INVALID_CREDENTIALS');
    expect((await signIn(second, ip, user.email, 'wrong'))?.extensions?.params).toEqual({ retryAfterSeconds: 2 });
    first.clock.advance(2000);
    expect(reasonOf(await signIn(second, ip, user.email, 'wrong'))).toBe('AUTH_INVALID_CREDENTIALS');
    expect((await signIn(first, ip, user.email, 'wrong'))?.extensions?.params).toEqual({ retryAfterSeconds: 4 });
    // another address is not affected
    expect(reasonOf(await signIn(first, newAddress(), user.email, Factories.PASSWORD))).toBe('OK');
  });

  it('does not count successful sign-ins, and forgets failures after 15 quiet minutes', async () => {
    const user = await first.make.user();
    const ip = newAddress();
    for (let i = 0; i < 8; i++) expect(reasonOf(await signIn(i % 2 ? first : second, ip, user.email, Factories.PASSWORD))).toBe('OK');
    for (let i = 0; i < 5; i++) await signIn(first, ip, user.email, 'wrong');
    first.clock.advance(14 * 60_000);
    expect(reasonOf(await signIn(second, ip, user.email, 'wrong'))).toBe('AUTH_INVALID_CREDENTIALS');
    expect(reasonOf(await signIn(second, ip, user.email, 'wrong'))).toBe('SIGN_IN_THROTTLED');
    first.clock.advance(15 * 60_000);
    for (let i = 0; i < 5; i++) expect(reasonOf(await signIn(second, ip, user.email, 'wrong'))).toBe('AUTH_INVALID_CREDENTIALS');
  });

  it('locks the address out for 15 minutes after 10 failures, logs it without the address, and lets it in afterwards', async () => {
    const user = await first.make.user();
    const ip = newAddress();
    for (let i = 0; i < 10; i++) {
      expect(reasonOf(await signIn(i % 2 ? first : second, ip, user.email, 'wrong'))).toBe('AUTH_INVALID_CREDENTIALS');
      first.clock.advance(60_000); // past every delay, but never 15 quiet minutes
    }
    logs.length = 0;
    const locked = await signIn(first, ip, user.email, Factories.PASSWORD);
    expect(locked?.extensions).toEqual({ code: 'TOO_MANY_REQUESTS', reason: 'SIGN_IN_LOCKED', params: { retryAfterSeconds: 900 } });
    expect(logs).toEqual([expect.stringMatching(/^sign-in locked for 15 min after 10 failed attempts from address [0-9a-f]{12}$/)]);
    expect(logs.join()).not.toContain(ip);
    first.clock.advance(14 * 60_000);
    expect((await signIn(second, ip, user.email, Factories.PASSWORD))?.extensions).toMatchObject({
      reason: 'SIGN_IN_LOCKED',
      params: { retryAfterSeconds: 60 },
    });
    first.clock.advance(60_000);
    expect(reasonOf(await signIn(second, ip, user.email, Factories.PASSWORD))).toBe('OK');
  });

  it('holds under a burst of parallel attempts: no more than 5 get through to the password check', async () => {
    const user = await first.make.user();
    const ip = newAddress();
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn(i % 2 ? first : second, ip, user.email, 'wrong')));
    const reasons = answers.map(reasonOf);
    expect(reasons.filter((r) => r === 'AUTH_INVALID_CREDENTIALS')).toHaveLength(5);
    expect(reasons.filter((r) => r === 'SIGN_IN_THROTTLED')).toHaveLength(15);
  });
});

it('forgets counters untouched for a day, but keeps a lockout that still runs', async () => {
  const user = await first.make.user();
  const [quiet, locked] = [newAddress(), newAddress()];
  await signIn(first, quiet, user.email, 'wrong');
  for (let i = 0; i < 11; i++) {
    await signIn(first, locked, user.email, 'wrong');
    first.clock.advance(60_000);
  }
  const keys = async () =>
    (
      await first.db.query<{ key: string }>(`SELECT key FROM rate_limits WHERE key = ANY($1) ORDER BY key`, [
        [`sign-in:${quiet}`, `sign-in:${locked}`],
      ])
    ).rows.map((r) => r.key);
  expect(await keys()).toHaveLength(2);
  await first.db.query(`UPDATE rate_limits SET last_hit_at = last_hit_at - interval '2 days', locked_until = $2 WHERE key = $1`, [
    `sign-in:${locked}`,
    new Date(first.clock.now().getTime() + 60_000),
  ]);
  await first.db.query(`UPDATE rate_limits SET last_hit_at = last_hit_at - interval '2 days' WHERE key = $1`, [`sign-in:${quiet}`]);
  await first.app.get(RateLimitService).purge();
  expect(await keys()).toEqual([`sign-in:${locked}`]);
});
