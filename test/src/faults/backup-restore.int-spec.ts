import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { runMigrations } from '@plekwijzer/api';
import { startTestApi } from '../index.js';
import { freePort } from './free-port.js';

/**
 * The backup procedure of the README, end to end: pg_dump (custom format) of a live database,
 * pg_restore into an empty one, and the API on the restored database serves the same data.
 * pg_dump must be at least the server's version; the embedded PostgreSQL 18 ships none, so this
 * test runs a PostgreSQL cluster of the newest version installed on the machine (/usr/lib/postgresql).
 */
const VERSION = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a))[0]!;
const BIN = `/usr/lib/postgresql/${VERSION}/bin`;
const asRoot = process.getuid?.() === 0;
/** Runs a PostgreSQL program, as the postgres OS user when we are root (initdb refuses root). */
const run = (program: string, args: string[]) =>
  execFileSync(asRoot ? 'runuser' : join(BIN, program), asRoot ? ['-u', 'postgres', '--', join(BIN, program), ...args] : args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
  });

/** The postgres OS user's uid or gid. */
const osId = (flag: '-u' | '-g') => Number(execFileSync('id', [flag, 'postgres']).toString().trim());

let dir: string;
let port: number;
let url: (db: string) => string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plekwijzer-backup-'));
  if (asRoot) chownSync(dir, osId('-u'), osId('-g'));
  port = await freePort();
  run('initdb', ['-D', join(dir, 'data'), '-U', 'plekwijzer', '--auth=trust', '--no-sync', '--encoding=UTF8', '--locale=C.UTF-8']);
  run('pg_ctl', [
    '-D',
    join(dir, 'data'),
    '-w',
    '-l',
    join(dir, 'log'),
    '-o',
    `-p ${port} -c listen_addresses=127.0.0.1 -k '' -c fsync=off`,
    'start',
  ]);
  url = (db) => `postgresql://plekwijzer@127.0.0.1:${port}/${db}`;
  await runMigrations(url('postgres'));
});
afterAll(() => {
  if (existsSync(join(dir, 'data', 'postmaster.pid'))) run('pg_ctl', ['-D', join(dir, 'data'), '-w', '-m', 'fast', 'stop']);
  rmSync(dir, { recursive: true, force: true });
});

async function snapshot(databaseUrl: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    );
    const counts: Record<string, number> = {};
    for (const { table_name } of rows) {
      counts[table_name] = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table_name}"`)).rows[0]!.n;
    }
    return counts;
  } finally {
    await client.end();
  }
}

it('restores a pg_dump into an empty database with every row, and the API serves the same bookings from it', async () => {
  const original = await startTestApi({ databaseUrl: url('postgres') });
  const site = await original.make.site();
  const desk = await original.make.space(site.floorId);
  const an = await original.make.user();
  const me = await original.as(an);
  const booked = await me.data<{ createBooking: { id: string } }>(`mutation($i: CreateBookingInput!) { createBooking(input: $i) { id } }`, {
    i: { spaceId: desk.id, startsAt: '2027-01-12T09:00:00+01:00', endsAt: '2027-01-12T12:00:00+01:00', title: 'Teamoverleg ✓' },
  });
  await original.close(); // a quiet database, so the counts below are what the dump holds
  const before = await snapshot(url('postgres'));
  expect(before.bookings).toBe(1);

  const dump = join(dir, 'plekwijzer.dump');
  run('pg_dump', ['--format=custom', `--file=${dump}`, url('postgres')]);
  run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'plekwijzer', 'restored']);
  run('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${url('restored')}`, dump]);
  expect(await snapshot(url('restored'))).toEqual(before);

  const restored = await startTestApi({ databaseUrl: url('restored') });
  try {
    const again = await (
      await restored.as(an)
    ).data<{ booking: { id: string; title: string } }>(`query($id: ID!) { booking(id: $id) { id title } }`, {
      id: booked.createBooking.id,
    });
    expect(again.booking).toEqual({ id: booked.createBooking.id, title: 'Teamoverleg ✓' });
    // the restored database still enforces its rules: the same desk cannot be booked twice
    const twice = await (
      await restored.as(an)
    ).error(`mutation($i: CreateBookingInput!) { createBooking(input: $i) { id } }`, {
      i: { spaceId: desk.id, startsAt: '2027-01-12T10:00:00+01:00', endsAt: '2027-01-12T11:00:00+01:00' },
    });
    expect(twice.extensions?.code).toBe('CONFLICT');
  } finally {
    await restored.close();
  }
});
