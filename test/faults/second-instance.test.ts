// Done means (issue 14, item 4): one instance owns an embedded cluster. A second `npm start` on a
// running instance's data directory exits non-zero with one line naming the directory and the
// running instance's port, and touches nothing: the first stays ready throughout, its lock, keys
// and postmaster unchanged. A lock left by an instance killed with SIGKILL is stale and recovered.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnService, type ServiceProcess } from '../support/process.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The files the service keeps beside the cluster (the cluster's own files change as it runs). */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(dir, entry.name);
    out[entry.name] = `${(await stat(path)).mtimeMs} ${await readFile(path, 'utf8')}`;
  }
  return out;
}

function postmasterPid(clusterDir: string): number | undefined {
  const file = join(clusterDir, 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : undefined;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function npmStart(dataDir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['start'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), CLEANROOM_DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('faults: a second instance on the same data directory', () => {
  const root = join(tmpdir(), `cleanroom-second-${randomBytes(4).toString('hex')}`);
  const dataDir = join(root, 'data');
  const clusterDir = join(dataDir, 'pg');
  const env = { CLEANROOM_DATA_DIR: dataDir };
  const running: ServiceProcess[] = [];

  afterAll(async () => {
    for (const svc of running) await svc.stop();
    // A postmaster orphaned by a failed run must not outlive it.
    const pid = postmasterPid(clusterDir);
    if (pid !== undefined && alive(pid)) process.kill(pid, 'SIGINT');
    await rm(root, { recursive: true, force: true });
  });

  it('exits non-zero with one line naming the directory and the running port; the first stays ready and untouched', async () => {
    const first = await spawnService(env, { timeoutMs: 60_000 });
    running.push(first);
    const ready = async (): Promise<number> => (await fetch(`${first.url}/readyz`)).status;
    expect(await ready()).toBe(200);
    const before = await snapshot(dataDir);
    const postmaster = postmasterPid(clusterDir);
    expect(postmaster).toBeDefined();

    // /readyz polled all the while the second start runs.
    const statuses: number[] = [];
    let polling = true;
    const poller = (async () => {
      while (polling) {
        statuses.push(await ready().catch(() => 0));
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const second = await npmStart(dataDir);
    polling = false;
    await poller;

    expect(second.code).not.toBe(0);
    const lines = second.stderr.split('\n').filter((l) => l.trim() !== '');
    expect(lines, second.stderr).toHaveLength(1);
    expect(lines[0]).toContain(dataDir);
    expect(lines[0]).toContain(`port ${new URL(first.url).port}`);
    // Nothing but npm's own banner on stdout: no log line, no generated credentials.
    expect(second.stdout.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('> '))).toEqual([]);

    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set([200]));
    expect(await ready()).toBe(200);
    expect(await snapshot(dataDir)).toEqual(before);
    expect(postmasterPid(clusterDir)).toBe(postmaster);
    expect(alive(postmaster!)).toBe(true);
  }, 120_000);

  it('a lock left by an instance killed with SIGKILL is stale: the next start recovers and is ready', async () => {
    const first = running.pop()!;
    await first.stop('SIGKILL');
    expect(existsSync(`${clusterDir}.lock`)).toBe(true); // left behind, naming a dead pid
    const next = await spawnService(env, { timeoutMs: 60_000 });
    running.push(next);
    expect((await fetch(`${next.url}/readyz`)).status).toBe(200);
    const lock = JSON.parse(await readFile(`${clusterDir}.lock`, 'utf8')) as { pid: number; url: string };
    expect(lock).toMatchObject({ pid: next.child.pid, url: next.url });
    await next.stop();
    running.pop();
    expect(existsSync(`${clusterDir}.lock`)).toBe(false); // released by a clean stop
  }, 120_000);
});
