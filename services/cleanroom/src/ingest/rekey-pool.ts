// A worker thread that re-keys for one upload: the parser writes tuples with a gap for each token
// and hands the chunk, the id hashes and the gaps' offsets over (transferred, not copied); the
// worker fills the gaps. Jobs complete in order (one worker, FIFO).
import { Worker } from 'node:worker_threads';

export interface RekeyJob {
  readonly id: number;
  /** COPY tuples with 8-byte gaps for the tokens. */
  readonly chunk: Uint8Array;
  /** 8 big-endian words per id hash. */
  readonly digests: Int32Array;
  /** Where each token goes in `chunk`. */
  readonly offsets: Int32Array;
  readonly count: number;
}

/** A job's buffers back from the worker: the filled chunk, and the id and offset arrays to reuse. */
export interface RekeyDone {
  readonly chunk: Buffer;
  readonly digests: Int32Array;
  readonly offsets: Int32Array;
}

export class RekeyPool {
  readonly #worker: Worker;
  readonly #waiting = new Map<number, { resolve: (done: RekeyDone) => void; reject: (err: Error) => void }>();
  #next = 0;
  #failure: Error | undefined;

  /** `key` is copied into the worker (which wipes its copy once its key state is built). */
  constructor(key: Uint8Array) {
    this.#worker = spawn(Uint8Array.from(key));
    this.#worker.on('message', (job: RekeyJob) => {
      const w = this.#waiting.get(job.id);
      this.#waiting.delete(job.id);
      w?.resolve({ chunk: Buffer.from(job.chunk.buffer, job.chunk.byteOffset, job.chunk.byteLength), digests: job.digests, offsets: job.offsets });
    });
    const fail = (err: Error): void => {
      this.#failure = err;
      for (const w of this.#waiting.values()) w.reject(err);
      this.#waiting.clear();
    };
    this.#worker.on('error', fail);
    this.#worker.on('exit', (code) => {
      if (this.#waiting.size > 0) fail(new Error(`the re-keying worker exited with code ${code}`));
    });
  }

  rekey(chunk: Uint8Array, digests: Int32Array, offsets: Int32Array, count: number): Promise<RekeyDone> {
    if (this.#failure) return Promise.reject(this.#failure);
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      const job: RekeyJob = { id, chunk, digests, offsets, count };
      this.#worker.postMessage(job, [chunk.buffer as ArrayBuffer, digests.buffer as ArrayBuffer, offsets.buffer as ArrayBuffer]);
    });
  }

  async close(): Promise<void> {
    await this.#worker.terminate();
  }
}

/** The worker; from TypeScript sources (no build step) through tsx's loader. */
function spawn(key: Uint8Array): Worker {
  const ts = import.meta.url.endsWith('.ts');
  const url = new URL(`./rekey-worker.${ts ? 'ts' : 'js'}`, import.meta.url);
  if (!ts) return new Worker(url, { workerData: { key }, transferList: [key.buffer as ArrayBuffer] });
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: { key }, transferList: [key.buffer as ArrayBuffer] });
}
