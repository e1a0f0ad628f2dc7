// Pre-filled noise pools, one per (mechanism, scale), refilled off the request path so that a
// release's latency does not depend on the noise it draws (DESIGN §5 rule 8).
import { cryptoRandom, NoisePool, sampleDiscreteGaussian, sampleDiscreteLaplace, type NoiseParameters } from '@cleanroom/policies';

const POOL_SIZE = 4096;
const BATCH = 256;

export class NoiseSource {
  private readonly pools = new Map<string, NoisePool>();
  private refillScheduled = false;

  /** `count` fresh draws for the given parameters; never the same draw twice. */
  take(params: NoiseParameters, count: number): bigint[] {
    const draws = this.pool(params).take(count);
    this.scheduleRefill();
    return draws;
  }

  /** Fills a pool ahead of use (e.g. when an agreement becomes active). */
  warm(params: NoiseParameters): void {
    this.pool(params).refill();
  }

  private pool(params: NoiseParameters): NoisePool {
    const key =
      params.mechanism === 'discrete-gaussian'
        ? `g:${params.sigma2.num}/${params.sigma2.den}`
        : `l:${params.scale.num}/${params.scale.den}`;
    let pool = this.pools.get(key);
    if (!pool) {
      const sample =
        params.mechanism === 'discrete-gaussian'
          ? () => sampleDiscreteGaussian(params.sigma2.num, params.sigma2.den, cryptoRandom)
          : () => sampleDiscreteLaplace(params.scale.num, params.scale.den, cryptoRandom);
      pool = new NoisePool(sample, { size: POOL_SIZE, batch: BATCH });
      pool.refill();
      this.pools.set(key, pool);
    }
    return pool;
  }

  private scheduleRefill(): void {
    if (this.refillScheduled) return;
    this.refillScheduled = true;
    setImmediate(() => {
      this.refillScheduled = false;
      for (const pool of this.pools.values()) pool.refill();
    });
  }
}
