import { ConfigError, loadConfig } from './config.js';

const base = { NODE_ENV: 'test', JWT_SECRET: 'test-secret-test-secret-test-secret-0123' };
const oidc = { OIDC_ISSUER: 'https://login.microsoftonline.com/tenant/v2.0', OIDC_CLIENT_ID: 'app' };
const production = {
  ...base,
  NODE_ENV: 'production',
  DATABASE_URL: 'postgresql://x@db/plekwijzer',
  DATA_ENCRYPTION_KEY: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
};

describe('identity provider, e-mail and reminder settings', () => {
  it('leaves sign-in with the organisation and SMTP off by default, with password sign-in for every role', () => {
    const c = loadConfig(base);
    expect(c.oidc).toBeUndefined();
    expect(c.mail.smtp).toBeUndefined();
    expect(c.localLoginRoles).toHaveLength(7);
    expect(c.reminderMinutesBefore).toBe(0);
  });

  it('reads an Entra ID set-up', () => {
    const c = loadConfig({
      ...base,
      ...oidc,
      OIDC_CLIENT_SECRET: 's3cret',
      OIDC_ROLE_MAP: '0c1f=FACILITY_MANAGER, 7a9e=SOCIAL_WORKER+EMPLOYEE',
      OIDC_DEFAULT_ROLES: '',
      LOCAL_LOGIN_ROLES: 'PARTNER, ADMIN',
    });
    expect(c.oidc).toMatchObject({ clientId: 'app', clientSecret: 's3cret', scopes: 'openid profile email', defaultRoles: [] });
    expect([...c.oidc!.roleMap]).toEqual([
      ['0c1f', ['FACILITY_MANAGER']],
      ['7a9e', ['SOCIAL_WORKER', 'EMPLOYEE']],
    ]);
    expect(c.localLoginRoles).toEqual(['PARTNER', 'ADMIN']);
  });

  it.each([
    ['a client id', { OIDC_ISSUER: oidc.OIDC_ISSUER }, /OIDC_CLIENT_ID/],
    ['openid among the scopes', { ...oidc, OIDC_SCOPES: 'profile email' }, /openid/],
    ['an identity provider when password sign-in is limited', { LOCAL_LOGIN_ROLES: 'PARTNER' }, /LOCAL_LOGIN_ROLES/],
    ['known roles', { ...oidc, LOCAL_LOGIN_ROLES: 'PARTNER,BOSS' }, /BOSS/],
    ['a password with an SMTP user', { SMTP_HOST: 'smtp.example', SMTP_USER: 'me' }, /SMTP_PASSWORD/],
  ])('needs %s', (_what, env, message) => {
    expect(() => loadConfig({ ...base, ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, ...env })).toThrow(message);
  });

  it('wants https and a known redirect address in production', () => {
    const insecure = { ...production, OIDC_ISSUER: 'http://idp.example', OIDC_CLIENT_ID: 'app', PUBLIC_URL: 'https://p.example' };
    expect(() => loadConfig(insecure)).toThrow(/https/);
    expect(() => loadConfig({ ...production, ...oidc })).toThrow(/OIDC_REDIRECT_URI or PUBLIC_URL/);
    expect(loadConfig({ ...production, ...oidc, PUBLIC_URL: 'https://p.example' }).oidc?.allowInsecure).toBe(false);
  });
});
