import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Factories, startTestApi, type TestApi } from '@plekwijzer/test';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken expiresAt user { id email roles } } }`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());
beforeEach(() => api.clock.set('2027-01-11T08:00:00+01:00'));

describe('signing in', () => {
  it('returns a bearer token that opens `me`', async () => {
    const user = await api.make.user({ roles: ['SOCIAL_WORKER'] });
    const data = await api.anon.data(LOGIN, { input: { email: user.email.toUpperCase(), password: Factories.PASSWORD } });
    expect(data.login.user).toMatchObject({ id: user.id, email: user.email, roles: ['SOCIAL_WORKER'] });
    const me = await api.anon.withToken(data.login.accessToken).data(`{ me { id displayName } }`);
    expect(me.me).toEqual({ id: user.id, displayName: user.displayName });
  });

  it('says the same for an unknown e-mail, a wrong password and a disabled account', async () => {
    const user = await api.make.user();
    const disabled = await api.make.user({ active: false });
    const answers = await Promise.all([
      api.anon.error(LOGIN, { input: { email: 'nobody@kleinbeek.be', password: Factories.PASSWORD } }),
      api.anon.error(LOGIN, { input: { email: user.email, password: 'wrong password' } }),
      api.anon.error(LOGIN, { input: { email: disabled.email, password: Factories.PASSWORD } }),
    ]);
    for (const a of answers) {
      expect(a.message).toBe(answers[0].message);
      expect(a.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'AUTH_INVALID_CREDENTIALS' });
    }
  });

  it('expires the access token: an old session gets AUTH_TOKEN_EXPIRED', async () => {
    const client = await api.as(await api.make.user());
    expect((await client.request(`{ me { id } }`)).errors).toBeUndefined();
    api.clock.advance(31 * 60_000);
    expect((await client.error(`{ me { id } }`)).extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'AUTH_TOKEN_EXPIRED' });
  });

  it('rejects a forged or malformed token and a token of a deactivated user', async () => {
    const user = await api.make.user();
    const client = await api.as(user);
    const forged = client.withToken(`${client.token!.slice(0, -4)}AAAA`);
    expect((await forged.error(`{ me { id } }`)).extensions?.reason).toBe('AUTH_TOKEN_INVALID');
    expect((await api.anon.withToken('not-a-jwt').error(`{ me { id } }`)).extensions?.reason).toBe('AUTH_REQUIRED');
    await api.db.query(`UPDATE users SET active = false WHERE id = $1`, [user.id]);
    expect((await client.error(`{ me { id } }`)).extensions?.reason).toBe('AUTH_TOKEN_INVALID');
  });
});

describe('deny by default', () => {
  /** Arguments that pass GraphQL validation for any field, so the guard is what answers. */
  function sample(type: GraphQLInputType, depth = 0): unknown {
    if (isNonNullType(type)) return sample(type.ofType, depth);
    if (isListType(type)) return [sample(type.ofType, depth)];
    if (isEnumType(type)) return type.getValues()[0]!.value;
    if (isInputObjectType(type)) {
      return Object.fromEntries(
        Object.values(type.getFields())
          .filter((f) => isNonNullType(f.type) && depth < 4)
          .map((f) => [f.name, sample(f.type, depth + 1)]),
      );
    }
    const scalar = getNamedType(type);
    if (!isScalarType(scalar)) throw new Error('unexpected type');
    return (
      {
        ID: '00000000-0000-4000-8000-000000000000',
        String: 'x',
        Int: 1,
        Float: 1,
        Boolean: true,
        DateTime: '2027-01-12T09:00:00+01:00',
        LocalDate: '2027-01-12',
        LocalTime: '09:00',
      } as Record<string, unknown>
    )[scalar.name];
  }

  function call(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
    const vars = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
    const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
    const selection = isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type)) ? '' : '{ __typename }';
    const query = `${kind}${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selection} }`;
    return api.anon.request(query, Object.fromEntries(field.args.map((a) => [a.name, sample(a.type)])));
  }

  it('answers every query and mutation without a token with UNAUTHENTICATED, except the listed public ones', async () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const roots: ['query' | 'mutation', GraphQLObjectType | null | undefined][] = [
      ['query', schema.getQueryType()],
      ['mutation', schema.getMutationType()],
    ];
    const open: string[] = [];
    let checked = 0;
    for (const [kind, root] of roots) {
      for (const field of Object.values(root!.getFields())) {
        const res = await call(kind, field);
        checked++;
        const reason = res.errors?.[0]?.extensions?.reason;
        if (reason !== 'AUTH_REQUIRED') open.push(`${kind}.${field.name}`);
      }
    }
    expect(checked).toBeGreaterThan(25);
    expect(open).toEqual([
      'query.appInfo',
      'query.partnerInvite',
      'mutation.acceptPartnerInvite',
      'mutation.login',
      'mutation.logout',
      'mutation.refreshSession',
      'mutation.signOut',
    ]);
  });

  it('keeps administration mutations from roles that may not use them', async () => {
    const employee = await api.as(await api.make.user({ roles: ['EMPLOYEE'] }));
    const err = await employee.error(`mutation { createSite(input: { name: "X", openingHours: [] }) { id } }`);
    expect(err.extensions).toEqual({ code: 'FORBIDDEN', reason: 'AUTH_ROLE_FORBIDDEN' });
    const { rows } = await api.db.query(`SELECT count(*)::int AS n FROM sites WHERE name = 'X'`);
    expect(rows[0].n).toBe(0);
  });
});
