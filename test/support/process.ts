// The service as a separate process (`node --import tsx services/cleanroom/src/main.ts`: one
// process, so a signal reaches the service itself), for crash tests and benchmarks.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ServiceProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Resolves with the exit code (or signal) once the process has exited. */
  readonly exited: Promise<number | NodeJS.Signals | null>;
  /** Peak resident set size so far, in bytes (VmHWM), or undefined off Linux. */
  peakRss(): Promise<number | undefined>;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export async function spawnService(env: Readonly<Record<string, string>>, options: { timeoutMs?: number; onLine?: (line: string) => void } = {}): Promise<ServiceProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'services/cleanroom/src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  const stderr: string[] = [];
  child.stderr.on('data', (d: Buffer) => stderr.push(d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      // Not left running behind the failed test.
      child.kill('SIGKILL');
      reject(new Error(`the service did not start in time:\n${stderr.join('')}`));
    }, options.timeoutMs ?? 30_000);
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      options.onLine?.(line);
      try {
        const entry = JSON.parse(line) as { msg?: string; url?: string };
        if (entry.msg === 'clean room listening' && entry.url) {
          clearTimeout(timer);
          resolve(entry.url);
        }
      } catch {
        // not a log line (e.g. the generated operator credentials)
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the service exited (${String(code)}) before listening:\n${stderr.join('')}`));
    });
  });
  return {
    url,
    child,
    exited,
    async peakRss() {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => undefined);
      const kb = status?.match(/^VmHWM:\s+(\d+) kB/m)?.[1];
      return kb === undefined ? undefined : Number(kb) * 1024;
    },
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
