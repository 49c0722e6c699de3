import { startTestApi, type GraphqlClient, type TestApi } from '@plekwijzer/test';

const CREATE = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name enterpriseNumber address trusted monthlyHourQuota status } }`;
const UPDATE = `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id enterpriseNumber agreementStartsOn agreementEndsOn termsVersion contacts { name email } } }`;
const DETAIL = `query($id: ID!) {
  organisation(id: $id) {
    id name access { site { name } spaceKind space { name } } hours { weekday opensAt closesAt }
    tariffs { spaceKind centsPerHour } contacts { name email phone jobTitle } members { email } usage(month: "2027-01") { quotaHours usedMinutes remainingMinutes }
  }
}`;

let api: TestApi;
let fm: GraphqlClient;
beforeAll(async () => {
  api = await startTestApi();
  fm = await api.as(await api.make.user({ roles: ['FACILITY_MANAGER', 'EMPLOYEE'] }));
});
afterAll(() => api.close());

let n = 0;
const create = (input: Record<string, unknown>) => fm.request(CREATE, { input: { name: `Organisatie ${++n}`, ...input } });

describe('enterprise numbers (ondernemingsnummer)', () => {
  it.each([
    ['0403170701', '0403.170.701'],
    ['0412.345.614', '0412.345.614'],
    ['0887 312 349', '0887.312.349'],
    ['BE 0741.085.245', '0741.085.245'],
    ['1000.000.021', '1000.000.021'],
    ['207.446.079', '0207.446.079'],
  ])('accepts %p and stores the ten digits, shown as %p', async (input, shown) => {
    const res = await create({ enterpriseNumber: input });
    expect(res.errors).toBeUndefined();
    expect(res.data?.createOrganisation).toMatchObject({ enterpriseNumber: shown });
    const { rows } = await api.db.query(`SELECT enterprise_number FROM organisations WHERE id = $1`, [
      (res.data?.createOrganisation as { id: string }).id,
    ]);
    expect(rows[0].enterprise_number).toBe(shown.replaceAll('.', ''));
  });

  it.each([
    ['0412.345.678', 'ENTERPRISE_NUMBER_CHECKSUM'],
    ['0412345615', 'ENTERPRISE_NUMBER_CHECKSUM'],
    ['0412 345 613', 'ENTERPRISE_NUMBER_CHECKSUM'],
    ['2412.345.614', 'ENTERPRISE_NUMBER_FIRST_DIGIT'],
    ['0412.345', 'ENTERPRISE_NUMBER_FORMAT'],
    ['0412.345.614.1', 'ENTERPRISE_NUMBER_FORMAT'],
    ['BE O412.345.614', 'ENTERPRISE_NUMBER_FORMAT'],
  ])('refuses %p with %s, naming the field, and writes nothing', async (input, reason) => {
    const before = (await api.db.query(`SELECT count(*)::int AS n FROM organisations`)).rows[0].n;
    const err = (await create({ enterpriseNumber: input })).errors?.[0];
    expect(err?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason, fieldErrors: [{ field: 'enterpriseNumber', reason }] });
    expect(err?.message).toMatch(/enterprise number/);
    expect((await api.db.query(`SELECT count(*)::int AS n FROM organisations`)).rows[0].n).toBe(before);
  });

  it('refuses a number another organisation has, however it is typed', async () => {
    expect((await create({ enterpriseNumber: '0999.999.987' })).errors?.[0]?.extensions?.reason).toBe('ENTERPRISE_NUMBER_CHECKSUM');
    await create({ enterpriseNumber: '0123.456.749' });
    const err = (await create({ enterpriseNumber: 'BE0123456749' })).errors?.[0];
    expect(err?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ENTERPRISE_NUMBER_TAKEN' });
  });

  it('validates on update too, and null clears the number', async () => {
    const org = (await create({})).data?.createOrganisation as { id: string };
    expect((await fm.error(UPDATE, { input: { id: org.id, enterpriseNumber: '0412.345.600' } })).extensions?.reason).toBe(
      'ENTERPRISE_NUMBER_CHECKSUM',
    );
    expect((await fm.data(UPDATE, { input: { id: org.id, enterpriseNumber: '1234 567 894' } })).updateOrganisation.enterpriseNumber).toBe(
      '1234.567.894',
    );
    expect((await fm.data(UPDATE, { input: { id: org.id, enterpriseNumber: null } })).updateOrganisation.enterpriseNumber).toBeNull();
  });

  it('the database itself refuses a wrong check digit (the CHECK constraint)', async () => {
    await expect(api.db.query(`INSERT INTO organisations (name, enterprise_number) VALUES ('Direct', '0412345678')`)).rejects.toThrow(
      /organisations_enterprise_number_check/,
    );
  });
});

describe('managing an organisation', () => {
  it('creates with contacts, an agreement and a quota; refuses an agreement that ends before it starts', async () => {
    const res = await fm.data(CREATE, {
      input: {
        name: 'CAW Test',
        address: 'Kerkstraat 1, 9999 Kleinbeek',
        trusted: false,
        monthlyHourQuota: 40,
        agreementStartsOn: '2027-01-01',
        agreementEndsOn: '2027-12-31',
        contacts: [{ name: 'Pieter Vermeulen', email: ' Pieter@CAW.be ', phone: '09 123 45 67', jobTitle: 'coördinator' }],
      },
    });
    expect(res.createOrganisation).toMatchObject({ name: 'CAW Test', trusted: false, monthlyHourQuota: 40, status: 'ACTIVE' });
    const detail = await fm.data(DETAIL, { id: res.createOrganisation.id });
    expect(detail.organisation.contacts).toEqual([
      { name: 'Pieter Vermeulen', email: 'pieter@caw.be', phone: '09 123 45 67', jobTitle: 'coördinator' },
    ]);
    expect(detail.organisation.access).toEqual([]); // nothing until a manager grants it
    expect(detail.organisation.tariffs).toHaveLength(7);
    expect(detail.organisation.tariffs.every((t: { centsPerHour: number }) => t.centsPerHour === 0)).toBe(true);
    expect(detail.organisation.usage).toEqual({ quotaHours: 40, usedMinutes: 0, remainingMinutes: 2400 });

    const bad = await fm.error(UPDATE, { input: { id: res.createOrganisation.id, agreementEndsOn: '2026-12-31' } });
    expect(bad.extensions).toMatchObject({ reason: 'ORGANISATION_AGREEMENT_INVALID', fieldErrors: [{ field: 'agreementEndsOn' }] });
    const dup = await fm.error(CREATE, { input: { name: 'CAW Test' } });
    expect(dup.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ORGANISATION_NAME_TAKEN' });
  });

  it('sets access by site, kind or space, partner hours and tariffs', async () => {
    const site = await api.make.site();
    const room = await api.make.space(site.floorId, { kind: 'MEETING_ROOM', partnerAccess: true, name: 'Zaal A' });
    const closed = await api.make.space(site.floorId, { kind: 'MEETING_ROOM', name: 'Zaal B' });
    const org = (await fm.data(CREATE, { input: { name: `Toegang ${n++}` } })).createOrganisation;
    const SET = `mutation($input: SetOrganisationAccessInput!) { setOrganisationAccess(input: $input) { id } }`;
    const notOpen = await fm.error(SET, { input: { organisationId: org.id, grants: [{ spaceId: closed.id }], hours: [] } });
    expect(notOpen.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ORGANISATION_ACCESS_INVALID' });
    const both = await fm.error(SET, {
      input: { organisationId: org.id, grants: [{ spaceId: room.id, spaceKind: 'MEETING_ROOM' }], hours: [] },
    });
    expect(both.extensions?.reason).toBe('ORGANISATION_ACCESS_INVALID');
    const overlap = await fm.error(SET, {
      input: {
        organisationId: org.id,
        grants: [],
        hours: [
          { weekday: 2, opensAt: '18:00', closesAt: '22:00' },
          { weekday: 2, opensAt: '21:00', closesAt: '23:00' },
        ],
      },
    });
    expect(overlap.extensions?.reason).toBe('ORGANISATION_HOURS_INVALID');

    await fm.data(SET, {
      input: {
        organisationId: org.id,
        grants: [{ spaceId: room.id }, { siteId: site.id, spaceKind: 'FRONT_DESK' }, { siteId: site.id, spaceKind: 'FRONT_DESK' }],
        hours: [{ weekday: 2, opensAt: '18:00', closesAt: '22:00' }],
      },
    });
    await fm.data(`mutation($input: SetOrganisationTariffsInput!) { setOrganisationTariffs(input: $input) { id } }`, {
      input: { organisationId: org.id, tariffs: [{ spaceKind: 'MEETING_ROOM', centsPerHour: 1250 }] },
    });
    const detail = (await fm.data(DETAIL, { id: org.id })).organisation;
    expect(detail.access).toEqual(
      expect.arrayContaining([
        { site: { name: site.name }, spaceKind: 'MEETING_ROOM', space: { name: 'Zaal A' } },
        { site: { name: site.name }, spaceKind: 'FRONT_DESK', space: null },
      ]),
    );
    expect(detail.access).toHaveLength(2); // the duplicate grant is kept once
    expect(detail.hours).toEqual([{ weekday: 2, opensAt: '18:00', closesAt: '22:00' }]);
    expect(detail.tariffs).toContainEqual({ spaceKind: 'MEETING_ROOM', centsPerHour: 1250 });
    expect(detail.tariffs).toContainEqual({ spaceKind: 'FRONT_DESK', centsPerHour: 0 });
  });

  it('is for facility managers and administrators; a partner reads only its own organisation', async () => {
    const mine = await api.make.organisation();
    const other = await api.make.organisation();
    const partner = await api.as(await api.make.user({ roles: ['PARTNER'], organisationId: mine.id }));
    const employee = await api.as(await api.make.user());
    expect((await partner.data(`{ myOrganisation { id name } }`)).myOrganisation).toEqual({ id: mine.id, name: mine.name });
    expect((await partner.data(DETAIL, { id: mine.id })).organisation.id).toBe(mine.id);
    expect((await partner.error(DETAIL, { id: other.id })).extensions?.code).toBe('NOT_FOUND');
    expect((await partner.error(`{ organisations { id } }`)).extensions?.reason).toBe('AUTH_ROLE_FORBIDDEN');
    expect((await partner.error(CREATE, { input: { name: 'Zelf' } })).extensions?.reason).toBe('AUTH_ROLE_FORBIDDEN');
    expect((await employee.error(DETAIL, { id: mine.id })).extensions?.reason).toBe('AUTH_ROLE_FORBIDDEN');
    const admin = await api.as(await api.make.user({ roles: ['ADMIN'] }));
    const listed = (await admin.data(`{ organisations(filter: { search: "${mine.name}" }) { id } }`)).organisations;
    expect(listed).toEqual([{ id: mine.id }]);
  });
});

describe('the change log of an organisation', () => {
  it('records who created, changed, opened, priced, invited, suspended and reactivated it, with before and after', async () => {
    // one second apart, so the log's newest-first order is the order of the steps
    const step = (query: string, variables: Record<string, unknown>) => {
      api.clock.advance(1000);
      return fm.data(query, variables);
    };
    const site = await api.make.site();
    const org = (await create({ name: 'Buurtwerk', contacts: [{ name: 'An Peeters', email: 'an@buurtwerk.be' }] })).data!
      .createOrganisation as { id: string };
    await step(UPDATE, { input: { id: org.id, enterpriseNumber: '0555.555.523' } });
    await step(`mutation($input: SetOrganisationAccessInput!) { setOrganisationAccess(input: $input) { id } }`, {
      input: {
        organisationId: org.id,
        grants: [{ siteId: site.id, spaceKind: 'MEETING_ROOM' }],
        hours: [{ weekday: 2, opensAt: '18:00', closesAt: '22:00' }],
      },
    });
    await step(`mutation($input: SetOrganisationTariffsInput!) { setOrganisationTariffs(input: $input) { id } }`, {
      input: { organisationId: org.id, tariffs: [{ spaceKind: 'MEETING_ROOM', centsPerHour: 1250 }] },
    });
    const { invitePartner } = await step(
      `mutation($input: InvitePartnerInput!) { invitePartner(input: $input) { invite { id } inviteUrl } }`,
      { input: { organisationId: org.id, email: 'jan@buurtwerk.be', displayName: 'Jan' } },
    );
    await step(`mutation($input: RevokePartnerInviteInput!) { revokePartnerInvite(input: $input) { id } }`, {
      input: { id: invitePartner.invite.id },
    });
    await step(`mutation($input: SuspendOrganisationInput!) { suspendOrganisation(input: $input) { cancelledBookings } }`, {
      input: { id: org.id, reason: 'Geen verzekering' },
    });
    await step(`mutation($input: ReactivateOrganisationInput!) { reactivateOrganisation(input: $input) { id } }`, {
      input: { id: org.id },
    });

    const changes = async (targetId: string) =>
      (
        await fm.data(`query($id: ID!) { adminChanges(targetId: $id) { action targetType note changes { field before after } } }`, {
          id: targetId,
        })
      ).adminChanges as {
        action: string;
        targetType: string;
        note: string | null;
        changes: { field: string; before: string; after: string }[];
      }[];
    const log = (await changes(org.id)).reverse();
    expect(log.map((c) => c.action)).toEqual([
      'organisation.create',
      'organisation.update',
      'organisation.access',
      'organisation.tariffs',
      'organisation.suspend',
      'organisation.reactivate',
    ]);
    expect(log[1]!.changes).toEqual([{ field: 'enterpriseNumber', before: 'null', after: '"0555555523"' }]);
    expect(log[2]!.changes).toEqual([
      { field: 'grants', before: '[]', after: JSON.stringify([`${site.name} / MEETING_ROOM / *`]) },
      { field: 'hours', before: '[]', after: '["2 18:00–22:00"]' },
    ]);
    expect(log[3]!.changes).toEqual([{ field: 'centsPerHour', before: '{}', after: '{"MEETING_ROOM":1250}' }]);
    expect(log[4]).toMatchObject({ note: 'Geen verzekering', targetType: 'ORGANISATION' });
    const invite = (await changes(invitePartner.invite.id)).reverse();
    expect(invite.map((c) => [c.action, c.targetType])).toEqual([
      ['partner_invite.create', 'PARTNER_INVITE'],
      ['partner_invite.revoke', 'PARTNER_INVITE'],
    ]);
    const token = (invitePartner.inviteUrl as string).split('/').pop()!;
    expect(token.length).toBeGreaterThan(20);
    expect(JSON.stringify(invite)).not.toContain(token); // never the token
  });
});
