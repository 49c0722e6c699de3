import { readFileSync } from 'node:fs';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@plekwijzer/seeds';
import { startTestApi } from '@plekwijzer/test';

const APP_INFO = `{ appInfo { demoMode demoAccounts { email role } demoPassword version } }`;
const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

it('tells anyone, signed in or not, the demo accounts and password in demo mode', async () => {
  const api = await startTestApi({ env: { DEMO_DATA: 'true' } });
  try {
    const { appInfo } = await api.anon.data(APP_INFO);
    expect(appInfo).toEqual({
      demoMode: true,
      demoAccounts: DEMO_ACCOUNTS.map(({ email, role }) => ({ email, role })),
      demoPassword: DEMO_PASSWORD,
      version,
    });
    expect(appInfo.demoAccounts.map((a: { role: string }) => a.role)).toContain('SOCIAL_WORKER');
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
  } finally {
    await api.close();
  }
});

it('gives away no accounts and no password outside demo mode', async () => {
  const api = await startTestApi({ env: { DEMO_DATA: 'false' } });
  try {
    expect((await api.anon.data(APP_INFO)).appInfo).toEqual({ demoMode: false, demoAccounts: [], demoPassword: null, version });
  } finally {
    await api.close();
  }
});
