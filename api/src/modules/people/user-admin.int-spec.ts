import { startTestApi, type GraphqlClient, type TestApi } from '@plekwijzer/test';

const IMPORT = `mutation($input: ImportUsersInput!) { importUsers(input: $input) {
  applied created updated unchanged invalid rows { line email action changes errors { field reason } } } }`;

let api: TestApi;
let admin: GraphqlClient;
let fm: GraphqlClient;
beforeAll(async () => {
  api = await startTestApi();
  admin = await api.as(await api.make.user({ roles: ['ADMIN'] }));
  fm = await api.as(await api.make.user({ roles: ['FACILITY_MANAGER'] }));
  await api.make.department({ name: 'Financiën' });
});
afterAll(() => api.close());

async function usersWithDomain(domain: string) {
  const { rows } = await api.db.query(
    `SELECT u.email, u.display_name AS name, u.roles, d.name AS department, u.fte::float8 AS fte, u.screen_worker AS "screenWorker"
       FROM users u LEFT JOIN departments d ON d.id = u.department_id WHERE u.email LIKE $1 ORDER BY u.email`,
    [`%@${domain}`],
  );
  return rows;
}

describe('importing users from CSV', () => {
  it('writes nothing when any row is wrong, and reports every bad row', async () => {
    const csv = [
      'e-mail;naam;rollen;dienst;vte;beeldschermwerker',
      'goed@bad.kleinbeek.be;Goede Rij;EMPLOYEE;Financiën;1;ja',
      'geen-adres;Foute Rij;EMPLOYEE;;;',
      'x@bad.kleinbeek.be;Foute Dienst;EMPLOYEE;Bestaat Niet;0,5;nee',
    ].join('\n');
    const preview = (await fm.data(IMPORT, { input: { csv } })).importUsers;
    expect(preview).toMatchObject({ applied: false, created: 1, invalid: 2 });
    expect(
      preview.rows.map((r: { line: number; action: string; errors: { field: string }[] }) => [
        r.line,
        r.action,
        r.errors.map((e) => e.field),
      ]),
    ).toEqual([
      [2, 'CREATE', []],
      [3, 'INVALID', ['email']],
      [4, 'INVALID', ['department']],
    ]);
    const refused = await fm.error(IMPORT, { input: { csv, dryRun: false } });
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'USER_IMPORT_INVALID', params: { invalidRows: 2 } });
    expect(await usersWithDomain('bad.kleinbeek.be')).toEqual([]);
  });

  it('creates users from good rows, and importing the same file again changes nothing; a changed row updates by e-mail', async () => {
    const csv = [
      'email,name,roles,department,fte,screen_worker',
      'lies@ok.kleinbeek.be,Lies Janssens,EMPLOYEE,Financiën,"0,8",ja',
      'tom@ok.kleinbeek.be,Tom Claes,EMPLOYEE SOCIAL_WORKER,,,nee',
    ].join('\n');
    const first = (await fm.data(IMPORT, { input: { csv, dryRun: false } })).importUsers;
    expect(first).toMatchObject({ applied: true, created: 2, updated: 0, unchanged: 0, invalid: 0 });
    const afterFirst = await usersWithDomain('ok.kleinbeek.be');
    expect(afterFirst).toEqual([
      { email: 'lies@ok.kleinbeek.be', name: 'Lies Janssens', roles: ['EMPLOYEE'], department: 'Financiën', fte: 0.8, screenWorker: true },
      {
        email: 'tom@ok.kleinbeek.be',
        name: 'Tom Claes',
        roles: ['EMPLOYEE', 'SOCIAL_WORKER'],
        department: null,
        fte: 1,
        screenWorker: false,
      },
    ]);

    const second = (await fm.data(IMPORT, { input: { csv, dryRun: false } })).importUsers;
    expect(second).toMatchObject({ applied: true, created: 0, updated: 0, unchanged: 2 });
    expect(await usersWithDomain('ok.kleinbeek.be')).toEqual(afterFirst);

    const changed = csv.replace('Tom Claes,EMPLOYEE SOCIAL_WORKER,,,nee', 'Tom Claes,EMPLOYEE SOCIAL_WORKER,Financiën,0.5,nee');
    const third = (await fm.data(IMPORT, { input: { csv: changed, dryRun: false } })).importUsers;
    expect(third).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect(third.rows[1]).toMatchObject({ email: 'tom@ok.kleinbeek.be', action: 'UPDATE', changes: ['department', 'fte'] });
    expect((await usersWithDomain('ok.kleinbeek.be')).length).toBe(2);
    const { rows } = await api.db.query(`SELECT count(*)::int AS n FROM admin_changes WHERE action = 'user.import'`);
    expect(rows[0].n).toBe(3);
  });

  it('keeps administrator accounts out of a facility manager’s import', async () => {
    const csv = 'email,name,roles\nboss@adm.kleinbeek.be,Boss,ADMIN';
    expect((await fm.data(IMPORT, { input: { csv } })).importUsers.rows[0].errors).toEqual([{ field: 'roles', reason: 'FORBIDDEN' }]);
    expect((await admin.data(IMPORT, { input: { csv, dryRun: false } })).importUsers.created).toBe(1);
  });

  it('answers a file that is not a user list with a coded error', async () => {
    const err = await fm.error(IMPORT, { input: { csv: 'naam;dienst\nAn;Financiën' } });
    expect(err.extensions).toMatchObject({ reason: 'USER_IMPORT_UNREADABLE', params: { missing: 'email' } });
  });
});

describe('deactivating a user', () => {
  it('cancels their upcoming bookings when confirmed, and they can no longer sign in', async () => {
    const site = await api.make.site();
    const desk = await api.make.space(site.floorId);
    const room = await api.make.space(site.floorId, { kind: 'MEETING_ROOM' });
    const leaver = await api.make.user({ displayName: 'Vertrekker' });
    const client = await api.as(leaver);
    const BOOK = `mutation($input: CreateBookingInput!) { createBooking(input: $input) { id } }`;
    const ids = [
      (await client.data(BOOK, { input: { spaceId: desk.id, startsAt: '2027-01-12T09:00:00+01:00', endsAt: '2027-01-12T12:00:00+01:00' } }))
        .createBooking.id,
      (await client.data(BOOK, { input: { spaceId: room.id, startsAt: '2027-01-14T10:00:00+01:00', endsAt: '2027-01-14T11:00:00+01:00' } }))
        .createBooking.id,
    ];
    const UPDATE = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { active } }`;
    const preview = await fm.data(
      `mutation($input: UpdateUserInput!) { previewUpdateUser(input: $input) { count bookings { id reason } } }`,
      {
        input: { id: leaver.id, active: false },
      },
    );
    expect(preview.previewUpdateUser).toEqual({ count: 2, bookings: ids.map((id) => ({ id, reason: 'USER_INACTIVE' })) });
    expect((await fm.error(UPDATE, { input: { id: leaver.id, active: false } })).extensions).toMatchObject({
      reason: 'ADMIN_CHANGE_AFFECTS_BOOKINGS',
      params: { count: 2 },
    });
    expect((await client.request(`{ me { id } }`)).errors).toBeUndefined();

    await fm.data(UPDATE, { input: { id: leaver.id, active: false, cancelAffected: true, cancellationMessage: 'Uit dienst' } });
    const { rows } = await api.db.query(`SELECT status FROM bookings WHERE id = ANY($1::uuid[])`, [ids]);
    expect(rows.map((r: { status: string }) => r.status)).toEqual(['CANCELLED', 'CANCELLED']);
    expect((await client.error(`{ me { id } }`)).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('needs no confirmation for a user without upcoming bookings', async () => {
    const user = await api.make.user();
    const res = await fm.data(`mutation($id: ID!) { updateUser(input: { id: $id, active: false }) { active } }`, { id: user.id });
    expect(res.updateUser.active).toBe(false);
  });
});

describe('departments and clusters', () => {
  it('are renamed and moved, and deleted only when empty, each change recorded', async () => {
    const c1 = (await fm.data(`mutation { createCluster(input: { name: "Grondgebiedzaken" }) { id } }`)).createCluster.id;
    const c2 = (await fm.data(`mutation { createCluster(input: { name: "Welzijn" }) { id } }`)).createCluster.id;
    const dep = (await fm.data(`mutation($c: ID!) { createDepartment(input: { name: "Omgeving", clusterId: $c }) { id } }`, { c: c1 }))
      .createDepartment.id;
    const moved = await fm.data(
      `mutation($id: ID!, $c: ID!) { updateDepartment(input: { id: $id, name: "Omgeving en Wonen", clusterId: $c }) { name cluster { name } } }`,
      { id: dep, c: c2 },
    );
    expect(moved.updateDepartment).toEqual({ name: 'Omgeving en Wonen', cluster: { name: 'Welzijn' } });
    await api.make.user({ departmentId: dep });
    expect((await fm.error(`mutation($id: ID!) { deleteDepartment(input: { id: $id }) { id } }`, { id: dep })).extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'DEPARTMENT_NOT_EMPTY',
      params: { users: 1 },
    });
    expect((await fm.error(`mutation($id: ID!) { deleteCluster(input: { id: $id }) { id } }`, { id: c2 })).extensions?.reason).toBe(
      'CLUSTER_NOT_EMPTY',
    );
    await fm.data(`mutation($id: ID!) { deleteCluster(input: { id: $id }) { id } }`, { id: c1 });
    const { adminChanges } = await fm.data(`query($id: ID!) { adminChanges(targetId: $id) { action changes { field before after } } }`, {
      id: dep,
    });
    expect(adminChanges.map((c: { action: string }) => c.action).sort()).toEqual(['department.create', 'department.update']);
  });
});
