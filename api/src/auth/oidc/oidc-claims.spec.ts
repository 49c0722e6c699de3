import { parseRoleMap } from '../../config/integrations.config.js';
import { claimValue, mapClaims } from './oidc-claims.js';

const mapping = {
  emailClaim: 'email',
  nameClaim: 'name',
  roleClaim: 'groups',
  roleMap: parseRoleMap('plekwijzer-fm=FACILITY_MANAGER, plekwijzer-sw=SOCIAL_WORKER, plekwijzer-dir=MANAGEMENT+EMPLOYEE'),
  defaultRoles: ['EMPLOYEE' as const],
  departmentClaim: 'department',
};

describe('mapping identity-provider claims', () => {
  it('gives the roles of every mapped group, ignoring the others', () => {
    const m = mapClaims(
      {
        email: 'An.Peeters@Kleinbeek.be',
        name: 'An Peeters',
        groups: ['plekwijzer-sw', 'all-staff', 'plekwijzer-dir'],
        department: 'Sociale dienst',
      },
      mapping,
    );
    expect(m).toEqual({
      email: 'an.peeters@kleinbeek.be',
      displayName: 'An Peeters',
      roles: ['SOCIAL_WORKER', 'MANAGEMENT', 'EMPLOYEE'],
      departmentName: 'Sociale dienst',
    });
  });

  it('falls back to the default roles, and refuses when there are none', () => {
    expect(mapClaims({ email: 'a@b.be', groups: 'other' }, mapping)).toMatchObject({ roles: ['EMPLOYEE'] });
    expect(mapClaims({ email: 'a@b.be', groups: ['other'] }, { ...mapping, defaultRoles: [] })).toBe('NO_ROLE');
  });

  it('takes an e-mail-shaped preferred_username when the e-mail claim is missing, and refuses without either', () => {
    expect(mapClaims({ preferred_username: 'bob@kleinbeek.be', given_name: 'Bob', family_name: 'Maes' }, mapping)).toMatchObject({
      email: 'bob@kleinbeek.be',
      displayName: 'Bob Maes',
    });
    expect(mapClaims({ preferred_username: 'bob', name: 'Bob' }, mapping)).toBe('NO_EMAIL');
  });

  it('reads a space-separated string claim and a dotted path', () => {
    expect(mapClaims({ email: 'a@b.be', groups: 'plekwijzer-fm plekwijzer-sw' }, mapping)).toMatchObject({
      roles: ['FACILITY_MANAGER', 'SOCIAL_WORKER'],
    });
    expect(claimValue({ realm_access: { roles: ['x'] } }, 'realm_access.roles')).toEqual(['x']);
    const uri = 'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups';
    expect(claimValue({ [uri]: ['g'] }, uri)).toEqual(['g']);
  });

  it('refuses a role map that names no role, an unknown role or PARTNER', () => {
    expect(() => parseRoleMap('x=')).toThrow(/names no role/);
    expect(() => parseRoleMap('x=BOSS')).toThrow(/not a role/);
    expect(() => parseRoleMap('x=PARTNER')).toThrow(/PARTNER/);
  });
});
