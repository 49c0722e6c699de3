import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { startTestApi, type GraphqlClient, type TestApi } from '@plekwijzer/test';

/** Every administrative operation of sites, floors, plans, spaces, rules, people and the change record. */
const ADMIN_MUTATIONS = [
  'createSite',
  'updateSite',
  'previewUpdateSite',
  'addClosureDay',
  'previewAddClosureDay',
  'removeClosureDay',
  'createFloor',
  'updateFloor',
  'removeFloorPlan',
  'createZone',
  'updateZone',
  'deleteZone',
  'createSpace',
  'updateSpace',
  'previewUpdateSpace',
  'updateSpaces',
  'previewUpdateSpaces',
  'placeSpaces',
  'setBookingRules',
  'createUser',
  'updateUser',
  'previewUpdateUser',
  'importUsers',
  'createCluster',
  'updateCluster',
  'deleteCluster',
  'createDepartment',
  'updateDepartment',
  'deleteDepartment',
];
const ADMIN_QUERIES = ['adminChanges', 'users'];

let api: TestApi;
let fm: GraphqlClient;
beforeAll(async () => {
  api = await startTestApi();
  fm = await api.as(await api.make.user({ roles: ['FACILITY_MANAGER'] }));
});
afterAll(() => api.close());

/** Arguments that pass GraphQL validation, so the guard is what answers. */
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
      LocalDate: '2027-01-12',
      LocalTime: '09:00',
      DateTime: '2027-01-12T09:00:00+01:00',
    } as Record<string, unknown>
  )[scalar.name];
}

function call(client: GraphqlClient, kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const vars = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = getNamedType(field.type);
  const selection = isScalarType(named) || isEnumType(named) ? '' : '{ __typename }';
  const query = `${kind}${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selection} }`;
  return client.request(query, Object.fromEntries(field.args.map((a) => [a.name, sample(a.type)])));
}

describe('administration is for facility managers and administrators only', () => {
  it.each(['EMPLOYEE', 'SOCIAL_WORKER', 'RECEPTION', 'MANAGEMENT', 'PARTNER'] as const)(
    'refuses every administrative mutation and query to %s',
    async (role) => {
      const org = role === 'PARTNER' ? await api.make.organisation() : undefined;
      const client = await api.as(await api.make.user({ roles: [role], organisationId: org?.id }));
      const schema = api.app.get(GraphQLSchemaHost).schema;
      const answers: Record<string, unknown> = {};
      for (const [kind, names] of [
        ['mutation', ADMIN_MUTATIONS],
        ['query', ADMIN_QUERIES],
      ] as const) {
        const root = kind === 'mutation' ? schema.getMutationType()! : schema.getQueryType()!;
        for (const name of names) {
          const field = root.getFields()[name];
          if (!field) throw new Error(`no ${kind} ${name}`);
          answers[name] = (await call(client, kind, field)).errors?.[0]?.extensions?.reason;
        }
      }
      expect(answers).toEqual(Object.fromEntries([...ADMIN_MUTATIONS, ...ADMIN_QUERIES].map((n) => [n, 'AUTH_ROLE_FORBIDDEN'])));
      const upload = await fetch(`${api.baseUrl}/api/floors/00000000-0000-4000-8000-000000000000/plan`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${client.token}` },
        body: '<svg/>',
      });
      expect(upload.status).toBe(403);
      const { rows } = await api.db.query(`SELECT count(*)::int AS n FROM admin_changes`);
      expect(rows[0].n).toBe(0);
    },
  );

  it('lets a facility manager through the guard for each of them', async () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    for (const name of ADMIN_MUTATIONS) {
      const reason = (await call(fm, 'mutation', schema.getMutationType()!.getFields()[name]!)).errors?.[0]?.extensions?.reason;
      expect([name, reason]).not.toEqual([name, 'AUTH_ROLE_FORBIDDEN']);
    }
  });
});

describe('the record of administrative changes', () => {
  const CHANGES = `query($targetType: AdminTargetType, $first: Int, $after: ID) { adminChanges(targetType: $targetType, first: $first, after: $after) {
    id action targetType targetLabel actor { displayName } occurredAt changes { field before after } } }`;

  it('says who changed what, with the values before and after, newest first, page by page', async () => {
    const fmUser = await api.make.user({ roles: ['FACILITY_MANAGER'], displayName: 'Fien Facilitair' });
    const client = await api.as(fmUser);
    const site = (await client.data(`mutation { createSite(input: { name: "Bibliotheek", openingHours: [] }) { id } }`)).createSite;
    api.clock.advance(1000);
    await client.data(`mutation($id: ID!) { updateSite(input: { id: $id, name: "Bibliotheek Kleinbeek", isSatellite: true }) { id } }`, {
      id: site.id,
    });
    api.clock.advance(1000);
    await client.data(`mutation($id: ID!) { updateSite(input: { id: $id, name: "Bibliotheek Kleinbeek" }) { id } }`, { id: site.id });

    const [latest, first, ...rest] = (await client.data(CHANGES, { targetType: 'SITE' })).adminChanges;
    expect(rest).toEqual([]);
    expect(latest).toMatchObject({
      action: 'site.update',
      targetType: 'SITE',
      targetLabel: 'Bibliotheek Kleinbeek',
      actor: { displayName: 'Fien Facilitair' },
      changes: [
        { field: 'isSatellite', before: 'false', after: 'true' },
        { field: 'name', before: '"Bibliotheek"', after: '"Bibliotheek Kleinbeek"' },
      ],
    });
    expect(first).toMatchObject({
      action: 'site.create',
      changes: expect.arrayContaining([{ field: 'name', before: null, after: '"Bibliotheek"' }]),
    });
    const page = (await client.data(CHANGES, { targetType: 'SITE', first: 1, after: latest.id })).adminChanges;
    expect(page.map((c: { id: string }) => c.id)).toEqual([first.id]);
  });

  it('cannot be changed or deleted, not even with SQL', async () => {
    await fm.data(`mutation { createCluster(input: { name: "Bestuur" }) { id } }`);
    await expect(api.db.query(`UPDATE admin_changes SET note = 'x'`)).rejects.toThrow(/append-only/);
    await expect(api.db.query(`DELETE FROM admin_changes`)).rejects.toThrow(/append-only/);
  });
});
