import { join, resolve } from 'node:path';
import { ConfigError, loadConfig } from './config.js';

const base = { NODE_ENV: 'test', JWT_SECRET: 'test-secret-test-secret-test-secret-0123' };

describe('configuration', () => {
  it('finds the repository’s web/dist by default, wherever the process was started', () => {
    // Jest runs from the repository root; the compiled api/dist/config/config.js sits at the same depth.
    expect(loadConfig(base).webDistDir).toBe(join(process.cwd(), 'web', 'dist'));
    expect(loadConfig({ ...base, WEB_DIST_DIR: 'public' }).webDistDir).toBe(resolve('public'));
  });

  it('keeps a sign-in for 14 days by default and refuses nonsense', () => {
    expect(loadConfig(base).sessionTtlDays).toBe(14);
    expect(loadConfig({ ...base, SESSION_TTL_DAYS: '30' }).sessionTtlDays).toBe(30);
    for (const days of ['0', '-1', '1.5', 'forever', '366']) {
      expect(() => loadConfig({ ...base, SESSION_TTL_DAYS: days })).toThrow(ConfigError);
    }
  });

  it('gives the occupancy report two minutes by default, apart from the 15 s of an ordinary statement', () => {
    expect(loadConfig(base)).toMatchObject({ reportStatementTimeoutMs: 120_000, dbStatementTimeoutMs: 15_000 });
    expect(loadConfig({ ...base, REPORT_STATEMENT_TIMEOUT_MS: '300000' }).reportStatementTimeoutMs).toBe(300_000);
    for (const ms of ['0', '50', 'long']) expect(() => loadConfig({ ...base, REPORT_STATEMENT_TIMEOUT_MS: ms })).toThrow(ConfigError);
  });
});
