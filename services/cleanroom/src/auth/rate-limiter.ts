// Fixed-window counters kept in memory, per key (e.g. client address). Enough for one instance; a
// fleet behind a load balancer would share them (documented in the README).
export interface RateLimiterOptions {
  readonly limit: number;
  readonly windowMs: number;
  readonly now?: () => number;
}

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  private readonly now: () => number;

  constructor(private readonly options: RateLimiterOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Seconds until `key` may try again, or 0 when it is under the limit. Does not count. */
  retryAfter(key: string): number {
    const w = this.current(key);
    return w && w.count >= this.options.limit ? Math.ceil((w.start + this.options.windowMs - this.now()) / 1000) : 0;
  }

  /** Counts one event for `key`. */
  hit(key: string): void {
    const w = this.current(key);
    if (w) w.count++;
    else this.windows.set(key, { start: this.now(), count: 1 });
    if (this.windows.size > 100_000) this.sweep();
  }

  private current(key: string): { start: number; count: number } | undefined {
    const w = this.windows.get(key);
    if (!w) return undefined;
    if (this.now() - w.start >= this.options.windowMs) {
      this.windows.delete(key);
      return undefined;
    }
    return w;
  }

  private sweep(): void {
    const now = this.now();
    for (const [key, w] of this.windows) if (now - w.start >= this.options.windowMs) this.windows.delete(key);
  }
}
