// Worker thread of RekeyPool: fills in the tokens of a chunk of COPY tuples from the id hashes the
// parser collected, so parsing and HMAC run on two cores. Holds the agreement key only for the
// length of one upload (the pool terminates it).
import { parentPort, workerData } from 'node:worker_threads';
import { Rekeyer } from './rekey.js';
import type { RekeyJob } from './rekey-pool.js';

const rekeyer = new Rekeyer((workerData as { key: Uint8Array }).key);
(workerData as { key: Uint8Array }).key.fill(0);

parentPort!.on('message', (job: RekeyJob) => {
  const { chunk, digests, offsets, count } = job;
  for (let i = 0; i < count; i++) rekeyer.tokenAt(digests, i * 8, chunk, offsets[i]!);
  parentPort!.postMessage(job, [chunk.buffer as ArrayBuffer, digests.buffer as ArrayBuffer, offsets.buffer as ArrayBuffer]);
});
