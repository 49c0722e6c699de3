import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { jest } from '@jest/globals';
import { startTestApi, type GraphqlClient, type TestApi } from '@plekwijzer/test';
import { JobsService } from '../../jobs/jobs.service.js';
import { ConfidentialJobsService, RETENTION_CRON } from './retention.service.js';

const CREATE = `mutation($input: CreateConsultationBookingInput!) { createConsultationBooking(input: $input) { id } }`;
const DETAILS = `query($id: ID!) { confidentialDetails(bookingId: $id) { clientPseudonym caseReference erasedAt } }`;
const ONE = `query($id: ID!) { booking(id: $id) { id status startsAt } }`;
const run = promisify(execFile);
const key = () => randomBytes(32).toString('base64');

/** A talk on Tuesday 12 January 2027, 10:00–11:00, with details. */
async function talk(api: TestApi, pseudonym = 'R.S.'): Promise<{ id: string; sw: GraphqlClient; swId: string }> {
  const site = await api.make.site();
  const room = await api.make.space(site.floorId, { kind: 'CONSULTATION_ROOM' });
  const user = await api.make.user({ roles: ['SOCIAL_WORKER'] });
  const sw = await api.as(user);
  const { createConsultationBooking } = await sw.data(CREATE, {
    input: {
      spaceId: room.id,
      startsAt: '2027-01-12T10:00:00+01:00',
      endsAt: '2027-01-12T11:00:00+01:00',
      details: { clientPseudonym: pseudonym, caseReference: 'DOS-9' },
    },
  });
  return { id: createConsultationBooking.id, sw, swId: user.id };
}

describe('retention', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());
  beforeEach(() => api.clock.set('2027-01-11T08:00:00+01:00'));

  it('erases client details 30 days after the talk and keeps the booking', async () => {
    const t = await talk(api);
    const jobs = api.app.get(ConfidentialJobsService);
    api.clock.set('2027-02-11T10:59:00+01:00'); // 30 days after the end, minus a minute
    await jobs.eraseDue();
    const sw = await api.as({ id: t.swId });
    expect((await sw.data(DETAILS, { id: t.id })).confidentialDetails).toMatchObject({ clientPseudonym: 'R.S.', erasedAt: null });
    api.clock.set('2027-02-11T11:00:00+01:00');
    expect(await jobs.eraseDue()).toBeGreaterThanOrEqual(1);
    const after = await (await api.as({ id: t.swId })).data(DETAILS, { id: t.id });
    expect(after.confidentialDetails).toEqual({ clientPseudonym: null, caseReference: null, erasedAt: '2027-02-11T10:00:00.000Z' });
    const { rows } = await api.db.query(`SELECT key_id, iv, ciphertext FROM booking_confidential_details WHERE booking_id = $1`, [t.id]);
    expect(rows[0]).toEqual({ key_id: null, iv: null, ciphertext: null });
    expect((await sw.request(ONE, { id: t.id })).data?.booking).toMatchObject({ id: t.id, startsAt: '2027-01-12T09:00:00.000Z' });
    const { rows: log } = await api.db.query(
      `SELECT actor_id, action, result FROM confidential_audit_log WHERE booking_id = $1 AND action = 'ERASE_DETAILS'`,
      [t.id],
    );
    expect(log).toEqual([{ actor_id: null, action: 'ERASE_DETAILS', result: 'ALLOWED' }]);
    // running again changes nothing, and the booker cannot write them back
    expect(await jobs.eraseDue()).toBe(0);
    const write = await (
      await api.as({ id: t.swId })
    ).error(`mutation($input: UpdateConfidentialDetailsInput!) { updateConfidentialDetails(input: $input) { note } }`, {
      input: { bookingId: t.id, note: 'opnieuw' },
    });
    expect(write.extensions?.reason).toBe('CONFIDENTIAL_DETAILS_ERASED');
  });

  it('follows CONFIDENTIAL_RETENTION_DAYS', async () => {
    const short = await startTestApi({ env: { CONFIDENTIAL_RETENTION_DAYS: '7' } });
    try {
      await talk(short);
      short.clock.set('2027-01-19T11:00:00+01:00');
      expect(await short.app.get(ConfidentialJobsService).eraseDue()).toBe(1);
    } finally {
      await short.close();
    }
  });
});

describe('the nightly job across instances', () => {
  it('is scheduled at 03:30 Brussels time and runs once per queued run, however many instances listen', async () => {
    const erase = jest.spyOn(ConfidentialJobsService.prototype, 'eraseDue');
    const first = await startTestApi({ env: { JOBS_ENABLED: 'true' } });
    const second = await startTestApi({ databaseUrl: first.databaseUrl, env: { JOBS_ENABLED: 'true' } });
    try {
      const { rows } = await first.db.query(`SELECT name, cron, timezone FROM pgboss.schedule ORDER BY name`);
      expect(rows).toEqual(
        expect.arrayContaining([
          { name: 'confidential-retention', cron: RETENTION_CRON, timezone: 'Europe/Brussels' },
          { name: 'consultation-hold-expiry', cron: '* * * * *', timezone: 'Europe/Brussels' },
        ]),
      );
      const t = await talk(first);
      first.clock.set('2027-03-01T08:00:00+01:00');
      second.clock.set('2027-03-01T08:00:00+01:00');
      erase.mockClear();
      for (let i = 0; i < 3; i++) await first.app.get(JobsService).send('confidential-retention');
      for (let waited = 0; erase.mock.calls.length < 3 && waited < 15_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
      await new Promise((r) => setTimeout(r, 1500)); // nothing runs twice
      expect(erase.mock.calls).toHaveLength(3);
      const { rows: log } = await first.db.query(
        `SELECT count(*)::int AS n FROM confidential_audit_log WHERE booking_id = $1 AND action = 'ERASE_DETAILS'`,
        [t.id],
      );
      expect(log[0].n).toBe(1);
    } finally {
      erase.mockRestore();
      await second.close();
      await first.close();
    }
  });
});

describe('key rotation', () => {
  it('keeps details readable through a new key, re-encryption, and retiring the old key', async () => {
    const [k1, k2] = [key(), key()];
    const before = await startTestApi({ env: { DATA_ENCRYPTION_KEY: `k1:${k1}` } });
    const instances: TestApi[] = [before];
    const on = async (ring: string) => {
      const api = await startTestApi({ databaseUrl: before.databaseUrl, clock: before.clock, env: { DATA_ENCRYPTION_KEY: ring } });
      instances.push(api);
      return api;
    };
    try {
      const old = await talk(before, 'Oud');
      const keyIds = async () =>
        (await before.db.query(`SELECT key_id FROM booking_confidential_details WHERE ciphertext IS NOT NULL ORDER BY key_id`)).rows.map(
          (r: { key_id: string }) => r.key_id,
        );

      const rotated = await on(`k2:${k2},k1:${k1}`);
      const fresh = await talk(rotated, 'Nieuw');
      expect(await keyIds()).toEqual(['k1', 'k2']);
      const read = async (api: TestApi, t: { id: string; swId: string }) =>
        (await api.as({ id: t.swId })).request<{ confidentialDetails: { clientPseudonym: string } }>(DETAILS, { id: t.id });
      expect((await read(rotated, { id: old.id, swId: old.swId })).data?.confidentialDetails.clientPseudonym).toBe('Oud');

      const { stdout } = await run('node', ['api/dist/cli/confidential-cli.js', 'reencrypt'], {
        env: {
          ...process.env,
          NODE_ENV: 'test',
          DATABASE_URL: before.databaseUrl,
          JWT_SECRET: 'x'.repeat(32),
          DATA_ENCRYPTION_KEY: `k2:${k2},k1:${k1}`,
        },
      });
      expect(stdout).toContain('re-encrypted 1 value(s) under key "k2"');
      expect(await keyIds()).toEqual(['k2', 'k2']);

      const retired = await on(`k2:${k2}`);
      expect((await read(retired, { id: old.id, swId: old.swId })).data?.confidentialDetails.clientPseudonym).toBe('Oud');
      expect((await read(retired, { id: fresh.id, swId: fresh.swId })).data?.confidentialDetails.clientPseudonym).toBe('Nieuw');
      // without the current key nothing opens, and the error says nothing about the value
      const stale = await on(`k1:${k1}`);
      const refused = await read(stale, { id: old.id, swId: old.swId });
      expect(refused.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(refused)).not.toContain('Oud');

      const { stdout: verified } = await run('node', ['api/dist/cli/confidential-cli.js', 'verify-audit'], {
        env: {
          ...process.env,
          NODE_ENV: 'test',
          DATABASE_URL: before.databaseUrl,
          JWT_SECRET: 'x'.repeat(32),
          DATA_ENCRYPTION_KEY: `k2:${k2}`,
        },
      });
      expect(verified).toMatch(/^audit log intact: \d+ entries/);
      const { rows } = await before.db.query(`SELECT count(*)::int AS n FROM confidential_audit_log WHERE action = 'REENCRYPT_DETAILS'`);
      expect(rows[0].n).toBe(1);
    } finally {
      for (const api of instances.reverse()) await api.close();
    }
  });
});
