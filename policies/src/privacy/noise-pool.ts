// A pre-filled pool of noise draws for one mechanism and scale, so that serving a release takes the
// same time whatever noise it gets (DESIGN §5 rule 8): rejection samplers take a random number of
// steps, and that time would otherwise leak how large the noise was. Draws are made in fixed-size
// batches by `refill`, which the caller schedules off the request path (no timers in here);
// `take` only falls back to drawing when the pool runs dry. Each draw is handed out once.
import { checkCount } from './checks.js';

export interface NoisePoolOptions {
  /** How many draws `refill` keeps ready. */
  size: number;
  /** Draws per batch; `refill` and the fallback in `take` draw whole batches. Defaults to `size`. */
  batch?: number;
}

export class NoisePool {
  readonly #sample: () => bigint;
  readonly #size: number;
  readonly #batch: number;
  #ready: bigint[] = [];

  constructor(sample: () => bigint, options: NoisePoolOptions) {
    if (typeof sample !== 'function') throw new TypeError(`"sample" expected function, got ${typeof sample}`);
    checkCount(options.size, 'size', 1);
    const batch = options.batch ?? options.size;
    checkCount(batch, 'batch', 1);
    this.#sample = sample;
    this.#size = options.size;
    this.#batch = batch;
  }

  /** Draws ready to be served. */
  get available(): number {
    return this.#ready.length;
  }

  /** Tops the pool up to at least `size` draws, in whole batches. Returns the number drawn. */
  refill(): number {
    return this.#fillTo(this.#size);
  }

  /** Removes and returns `count` draws, drawing whole batches first if the pool holds too few. */
  take(count: number): bigint[] {
    checkCount(count, 'count', 0);
    this.#fillTo(count);
    return this.#ready.splice(0, count);
  }

  #fillTo(target: number): number {
    let drawn = 0;
    while (this.#ready.length < target) {
      for (let i = 0; i < this.#batch; i += 1) this.#ready.push(this.#sample());
      drawn += this.#batch;
    }
    return drawn;
  }
}
