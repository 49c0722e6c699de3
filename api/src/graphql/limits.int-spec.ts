import { readFileSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { Kind, validate, type DocumentNode } from 'graphql';
import { startTestApi, type GraphqlClient, type TestApi } from '@plekwijzer/test';
import { QUERY_LIMITS, queryLimitRules } from './limits.js';

let api: TestApi;
let me: GraphqlClient;
beforeAll(async () => {
  api = await startTestApi({ env: { DB_STATEMENT_TIMEOUT_MS: '1234' } });
  me = await api.as(await api.make.user());
});
afterAll(() => api.close());

const repeat = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join(' ');
/** `{ __type(name: "Query") { fields { type { ofType { … name } } } } }` with `levels` ofType levels: depth levels + 4. */
const nested = (levels: number) =>
  `{ __type(name: "Query") { fields { type { ${'ofType { '.repeat(levels)}name${' }'.repeat(levels)} } } } }`;

async function refused(query: string): Promise<{ status: number; extensions: unknown; message: string }> {
  const res = await me.request(query);
  expect(res.data ?? undefined).toBeUndefined();
  return { status: res.status, extensions: res.errors?.[0]?.extensions, message: res.errors?.[0]?.message ?? '' };
}

describe('limits on one operation, each with its own reason', () => {
  it(`allows depth ${QUERY_LIMITS.depth} and refuses depth ${QUERY_LIMITS.depth + 1}`, async () => {
    expect((await me.request(nested(QUERY_LIMITS.depth - 4))).errors).toBeUndefined();
    const r = await refused(nested(QUERY_LIMITS.depth - 3));
    expect(r.status).toBe(400);
    expect(r.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_DEEP' });
    expect(r.message).toMatch(/depth limit of 8/);
  });

  it(`allows ${QUERY_LIMITS.aliases} aliases and refuses one more`, async () => {
    expect((await me.request(`{ ${repeat(10, (i) => `a${i}: me { id }`)} }`)).errors).toBeUndefined();
    const r = await refused(`{ ${repeat(11, (i) => `a${i}: me { id }`)} }`);
    expect(r.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_ALIASES' });
  });

  it(`refuses more than ${QUERY_LIMITS.directives} directives`, async () => {
    expect((await me.request(`{ ${repeat(10, () => `__typename @include(if: true)`)} }`)).errors).toBeUndefined();
    const r = await refused(`{ ${repeat(11, () => `__typename @include(if: true)`)} }`);
    expect(r.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_DIRECTIVES' });
  });

  it(`refuses a document of more than ${QUERY_LIMITS.tokens} tokens before parsing it all`, async () => {
    const r = await refused(`{ ${repeat(QUERY_LIMITS.tokens + 1, () => '__typename')} }`);
    expect(r.status).toBe(400);
    expect(r.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_TOKENS' });
  });

  it(`refuses a query costing more than ${QUERY_LIMITS.cost}, counting the fields its fragments bring`, async () => {
    const query = (spreads: number) =>
      `{ __type(name: "Query") { ${repeat(spreads, () => '...T')} } } fragment T on __Type { name kind description specifiedByURL }`;
    expect((await me.request(query(240))).errors).toBeUndefined();
    const r = await refused(query(260));
    expect(r.status).toBe(400);
    expect(r.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COSTLY' });
    expect(r.message).toMatch(/cost limit of 1000 exceeded, found 1041/);
  });

  it('applies the same limits to subscriptions over the websocket', async () => {
    const live = await api.live(await api.make.user());
    const aliased = `subscription { bookingsChanged(siteId: "00000000-0000-4000-8000-000000000000") { ${repeat(11, (i) => `a${i}: siteId`)} } }`;
    expect((await live.subscribe(aliased).next()).errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_ALIASES' });
  });

  it('refuses batched requests', async () => {
    const res = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/batching/i);
  });

  it('refuses a simple (CSRF-able) request: a GET or a form post without a preflight header', async () => {
    const get = await fetch(`${api.baseUrl}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/Cross-Site Request Forgery/);
    const form = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"query":"{ __typename }"}',
    });
    expect(form.status).toBe(400);
    expect(await form.text()).toMatch(/Cross-Site Request Forgery/);
  });

  it('lets every operation of the web app through the depth, alias and directive limits', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const operations = webDocuments().filter((d) => d.definitions.some((def) => def.kind === Kind.OPERATION_DEFINITION));
    expect(operations.length).toBeGreaterThan(50);
    for (const doc of operations) expect(validate(schema, doc, queryLimitRules())).toEqual([]);
  });

  it('gives every database session the configured statement timeout', async () => {
    expect(await api.app.get(DataSource).query(`SHOW statement_timeout`)).toEqual([{ statement_timeout: '1234ms' }]);
  });
});

describe('with introspection off (the production default)', () => {
  let prod: TestApi;
  beforeAll(async () => {
    prod = await startTestApi({ databaseUrl: api.databaseUrl, env: { GRAPHQL_INTROSPECTION: 'false' } });
  });
  afterAll(() => prod.close());

  it('refuses introspection and does not suggest field names', async () => {
    const client = await prod.as(await prod.make.user());
    const intro = await client.error(`{ __schema { types { name } } }`);
    expect(intro.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
    expect(intro.message).toMatch(/introspection/i);
    const typo = await client.error(`{ mee { id } }`);
    expect(typo.message).not.toMatch(/Did you mean/);
  });

  it('shows no stack trace for a failing request', async () => {
    const res = await prod.anon.request(`{ me { id } }`);
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|\.js:\d+/);
  });
});

/** The operations codegen compiled from the web app (documents as JSON in web/src/gql). */
function webDocuments(): DocumentNode[] {
  return ['web/src/gql/graphql.ts', 'web/src/gql/admin/graphql.ts'].flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/^export const \w+Document = (\{.*\}) as unknown as DocumentNode/gm)].map(
      (m) => JSON.parse(m[1]!) as DocumentNode,
    ),
  );
}
