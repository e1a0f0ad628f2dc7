// Uniform integers from a cryptographic source, the only randomness the DP samplers use
// (DESIGN §5 rule 2). Rejection sampling over whole bytes, as in OpenDP's
// `sample_uniform_ubig_below`, but masking the top byte to the bit length of n − 1 so at most half
// of the draws are rejected: every value in [0, n) is exactly equally likely, with no modulo bias.
import { checkBigInt } from './checks.js';

/** A source of uniformly distributed integers. */
export interface RandomSource {
  /** A uniform integer in [0, n); `n` must be a bigint ≥ 1. */
  uniformBelow(n: bigint): bigint;
}

/** Fills its argument with random bytes (e.g. `crypto.getRandomValues`). */
export type FillBytes = (bytes: Uint8Array) => void;

// getRandomValues has a fixed cost per call that dominates one-byte draws, so bytes are taken in
// blocks (as Node's `crypto.randomInt` caches its draws too).
const BLOCK_BYTES = 4096;

function bitLength(x: bigint): number {
  return x === 0n ? 0 : x.toString(2).length;
}

/**
 * A RandomSource over a byte generator. Bytes are read in blocks of 4 KiB and wiped as they are
 * consumed, so a memory dump does not reveal noise already drawn.
 */
export function createRandomSource(fill: FillBytes): RandomSource {
  if (typeof fill !== 'function') throw new TypeError(`"fill" expected function, got ${typeof fill}`);
  const block = new Uint8Array(BLOCK_BYTES);
  let used = BLOCK_BYTES;

  function nextByte(): number {
    if (used === BLOCK_BYTES) {
      fill(block);
      used = 0;
    }
    const byte = block[used] ?? 0;
    block[used] = 0;
    used += 1;
    return byte;
  }

  return {
    uniformBelow(n: bigint): bigint {
      checkBigInt(n, 'n', 1n);
      const bits = bitLength(n - 1n);
      if (bits === 0) return 0n;
      const bytes = (bits + 7) >> 3;
      // Keep only the bits of the most significant byte that n − 1 uses: each draw is then
      // uniform in [0, 2^bits) with 2^bits < 2n, so a draw is accepted with probability > 1/2.
      const topMask = 0xff >> (bytes * 8 - bits);
      for (;;) {
        let x = BigInt(nextByte() & topMask);
        for (let i = 1; i < bytes; i += 1) x = (x << 8n) | BigInt(nextByte());
        if (x < n) return x;
      }
    },
  };
}

/** The RandomSource backed by `globalThis.crypto.getRandomValues` (Node ≥ 20 and browsers). */
export const cryptoRandom: RandomSource = createRandomSource((bytes) => {
  globalThis.crypto.getRandomValues(bytes);
});
