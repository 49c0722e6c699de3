import { startTestApi, type GraphqlClient, type TestApi } from '@plekwijzer/test';

const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email roles fte screenWorker department { name } } }`;

let api: TestApi;
let admin: GraphqlClient;
let fm: GraphqlClient;
beforeAll(async () => {
  api = await startTestApi();
  admin = await api.as(await api.make.user({ roles: ['ADMIN'] }));
  fm = await api.as(await api.make.user({ roles: ['FACILITY_MANAGER'] }));
});
afterAll(() => api.close());

describe('people', () => {
  it('creates clusters, departments and users that can sign in', async () => {
    const cluster = await admin.data(`mutation { createCluster(input: { name: "Interne Organisatie" }) { id } }`);
    const dep = await admin.data(
      `mutation($c: ID!) { createDepartment(input: { name: "Financiën", clusterId: $c }) { id headcount cluster { name } } }`,
      {
        c: cluster.createCluster.id,
      },
    );
    expect(dep.createDepartment).toMatchObject({ headcount: 0, cluster: { name: 'Interne Organisatie' } });
    const user = await admin.data(CREATE_USER, {
      input: {
        email: ' Lies.Janssens@Kleinbeek.be ',
        displayName: 'Lies Janssens',
        roles: ['EMPLOYEE'],
        departmentId: dep.createDepartment.id,
        fte: 0.8,
        password: 'een lang wachtwoord',
      },
    });
    expect(user.createUser).toMatchObject({
      email: 'lies.janssens@kleinbeek.be',
      roles: ['EMPLOYEE'],
      fte: 0.8,
      screenWorker: true,
      department: { name: 'Financiën' },
    });
    const login = await api.anon.data(
      `mutation { login(input: { email: "lies.janssens@kleinbeek.be", password: "een lang wachtwoord" }) { user { id } } }`,
    );
    expect(login.login.user.id).toBe(user.createUser.id);
    expect(
      (await admin.error(CREATE_USER, { input: { email: 'lies.janssens@kleinbeek.be', displayName: 'Dubbel', roles: ['EMPLOYEE'] } }))
        .extensions?.reason,
    ).toBe('USER_EMAIL_TAKEN');
  });

  it('lets only an administrator hand out or touch the administrator role', async () => {
    const err = await fm.error(CREATE_USER, { input: { email: 'boss@kleinbeek.be', displayName: 'Boss', roles: ['ADMIN'] } });
    expect(err.extensions).toMatchObject({ code: 'FORBIDDEN', fieldErrors: [{ field: 'roles' }] });
    const target = await api.make.user({ roles: ['ADMIN'] });
    expect(
      (await fm.error(`mutation($id: ID!) { updateUser(input: { id: $id, active: false }) { id } }`, { id: target.id })).extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await admin.data(CREATE_USER, { input: { email: 'boss@kleinbeek.be', displayName: 'Boss', roles: ['ADMIN'] } })).createUser.roles,
    ).toEqual(['ADMIN']);
  });

  it('ties a partner account to an organisation', async () => {
    const org = await api.make.organisation();
    const ok = await fm.data(
      `mutation($o: ID!) { createUser(input: { email: "contact@caw.be", displayName: "CAW", roles: [PARTNER], organisationId: $o }) { organisationId } }`,
      { o: org.id },
    );
    expect(ok.createUser.organisationId).toBe(org.id);
    const mixed = await fm.error(
      `mutation($o: ID!) { createUser(input: { email: "x@caw.be", displayName: "CAW", roles: [PARTNER, EMPLOYEE], organisationId: $o }) { id } }`,
      { o: org.id },
    );
    expect(mixed.extensions?.reason).toBe('USER_ROLES_INVALID');
  });

  it('lets staff find colleagues by name, but not partners, and keeps user administration from employees', async () => {
    await api.make.user({ displayName: 'Katrien Uniekenaam' });
    const employee = await api.as(await api.make.user());
    const found = await employee.data(`{ colleagues(search: "uniekenaam") { displayName } }`);
    expect(found.colleagues).toEqual(
      [{ displayName: 'Katrien Uniekenaam', departmentName: undefined }].map(({ displayName }) => ({ displayName })),
    );
    const partner = await api.as(await api.make.user({ roles: ['PARTNER'], organisationId: (await api.make.organisation()).id }));
    expect((await partner.error(`{ colleagues(search: "uniekenaam") { displayName } }`)).extensions?.code).toBe('FORBIDDEN');
    expect((await employee.error(`{ users { id } }`)).extensions?.code).toBe('FORBIDDEN');
  });
});
