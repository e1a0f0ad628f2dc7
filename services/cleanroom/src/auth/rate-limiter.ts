// The token endpoint's limits, kept in memory: fixed-window request counters per address, failure
// back-off per client id and per address, and the pacing of failure answers under a flood. Enough
// for one instance; a fleet behind a load balancer would share them (documented in the README).
import { randomInt } from 'node:crypto';

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

export interface BackOffOptions {
  /** Failures after which the first wait begins (the `free`-th failure starts it). */
  readonly free: number;
  /** The first wait; each further failure doubles it. */
  readonly baseMs: number;
  /** The longest wait. */
  readonly maxMs: number;
  /** A key with no failure for this long is forgotten (its count starts again). */
  readonly forgetMs: number;
  /** Keys remembered at most; past it the longest-idle are forgotten first. */
  readonly maxKeys?: number;
  readonly now?: () => number;
}

/**
 * Failure counts with exponential back-off, per key (a client id, an address): from the `free`-th
 * failure on, each failure makes the key wait `baseMs · 2^k` (k = 0, 1, …; at most `maxMs`) before
 * it is tried again. A wait ends by itself — no long lockout an attacker could renew for someone else — and a
 * success clears the key. Attempts refused during a wait are not counted.
 */
export class BackOff {
  private readonly entries = new Map<string, { failures: number; blockedUntil: number; last: number }>();
  private readonly now: () => number;

  constructor(private readonly options: BackOffOptions) {
    if (options.free < 0 || options.baseMs <= 0 || options.maxMs < options.baseMs) throw new RangeError('back-off: free ≥ 0, 0 < baseMs ≤ maxMs');
    this.now = options.now ?? Date.now;
  }

  /** Seconds until `key` may be tried again (rounded up), or 0. */
  retryAfter(key: string): number {
    const e = this.current(key);
    const wait = e ? e.blockedUntil - this.now() : 0;
    return wait > 0 ? Math.ceil(wait / 1000) : 0;
  }

  /** Counts one failure for `key`. */
  fail(key: string): void {
    const now = this.now();
    let e = this.current(key);
    if (e) this.entries.delete(key); // re-inserted last: the map stays in order of last failure
    else e = { failures: 0, blockedUntil: 0, last: now };
    e.failures++;
    e.last = now;
    const over = e.failures - this.options.free;
    if (over >= 0) e.blockedUntil = now + Math.min(this.options.maxMs, this.options.baseMs * 2 ** Math.min(over, 40));
    this.entries.set(key, e);
    if (this.entries.size > (this.options.maxKeys ?? 100_000)) this.evict();
  }

  /** A success: `key` starts again from nothing. */
  succeed(key: string): void {
    this.entries.delete(key);
  }

  private current(key: string): { failures: number; blockedUntil: number; last: number } | undefined {
    const e = this.entries.get(key);
    if (e && this.now() - e.last >= this.options.forgetMs && this.now() >= e.blockedUntil) {
      this.entries.delete(key);
      return undefined;
    }
    return e;
  }

  /** Drops the least recently failed tenth (the map's oldest entries); blocked keys go last. */
  private evict(): void {
    const drop = Math.ceil(this.entries.size / 10);
    const now = this.now();
    let dropped = 0;
    for (const [key, e] of this.entries) {
      if (dropped >= drop) break;
      if (e.blockedUntil > now) continue;
      this.entries.delete(key);
      dropped++;
    }
    for (const key of this.entries.keys()) {
      if (dropped >= drop) break;
      this.entries.delete(key);
      dropped++;
    }
  }
}

/**
 * The key an address is counted under: an IPv4 address as itself (IPv4-mapped IPv6 too), an IPv6
 * address by its /64 — one subscriber usually holds a whole /64, so counting single addresses would
 * give it 2^64 fresh counters.
 */
export function addressKey(ip: string | undefined): string {
  if (!ip) return 'unknown';
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (!ip.includes(':')) return ip;
  const bare = ip.split('%')[0]!.toLowerCase();
  const [head = '', tail = ''] = bare.split('::') as [string?, string?];
  const left = head === '' ? [] : head.split(':');
  const right = bare.includes('::') ? (tail === '' ? [] : tail.split(':')) : [];
  const groups = bare.includes('::') ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => (g === '' ? '0' : g.replace(/^0+(?=.)/, '')))
    .join(':')}::/64`;
}

/**
 * Paces failure answers under a flood. A closed-loop sender (one request per connection at a time,
 * as HTTP/1.1 is) asks for as much work as the service answers quickly; once more than `threshold`
 * failures arrive within a second — and for `holdMs` after — each failure is answered no sooner
 * than `delayMs` plus a random share of it after its request arrived, so a connection can cost at
 * most one check per `delayMs` (200 connections: under 400 checks/s at 500 ms) and the event loop
 * stays free for everyone else. The random share keeps the flood's connections from coming back
 * in step (a burst of hundreds of requests at once is what queues everyone else). Below the
 * threshold answers are immediate. Waiting costs a timer, no CPU.
 */
export class FailurePacer {
  private windowStart = 0;
  private count = 0;
  private pacedUntil = 0;
  private readonly now: () => number;

  constructor(private readonly options: { readonly threshold: number; readonly delayMs: number; readonly holdMs: number; readonly now?: () => number }) {
    this.now = options.now ?? Date.now;
  }

  /** Counts a failure of a request that arrived at `arrivedAt`; returns the ms to wait before answering it. */
  fail(arrivedAt: number): number {
    const now = this.now();
    if (now - this.windowStart >= 1000) {
      this.windowStart = now;
      this.count = 0;
    }
    if (++this.count > this.options.threshold) this.pacedUntil = now + this.options.holdMs;
    if (now >= this.pacedUntil) return 0;
    return Math.max(0, arrivedAt + this.options.delayMs + randomInt(this.options.delayMs) - now);
  }
}
