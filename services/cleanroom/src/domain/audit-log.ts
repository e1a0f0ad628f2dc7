// Recording events that are not part of a larger transaction (token issuance, refusals, cached
// answers), committed in groups under load (AuditBatcher below).
import type pg from 'pg';
import type { ChainedEvent } from '@cleanroom/contracts';
import type { ServiceContext } from '../context.js';
import { appendAuditEvent, appendAuditEvents, type NewAuditEvent } from '../store/audit.js';
import { inTransaction } from '../store/pool.js';

export async function recordEvent(ctx: Pick<ServiceContext, 'pool'>, event: NewAuditEvent): Promise<ChainedEvent> {
  let batcher = batchers.get(ctx.pool);
  if (!batcher) batchers.set(ctx.pool, (batcher = new AuditBatcher(ctx.pool)));
  return batcher.append(event);
}

/** Events appended in one transaction at most (10 parameters each, far below PostgreSQL's 65,535). */
const MAX_BATCH = 500;

interface Pending {
  readonly event: NewAuditEvent;
  readonly resolve: (event: ChainedEvent) => void;
  readonly reject: (err: unknown) => void;
}

const batchers = new WeakMap<pg.Pool, AuditBatcher>();

/**
 * Group commit. Appends are serialised by the chain's lock, and each commit waits for its WAL flush
 * (~2 ms here), which capped the log — and every audited request, cached insights included — at a
 * few hundred events a second. So one transaction at a time per pool writes every event that queued
 * while the previous one committed. Nothing changes for the chain (the same seqs and hashes, in
 * arrival order) nor for callers: each call still resolves only after its event is committed, so no
 * answer leaves before the event that records it. An idle log writes each event at once.
 */
class AuditBatcher {
  #queue: Pending[] = [];
  #writing = false;

  constructor(private readonly pool: pg.Pool) {}

  append(event: NewAuditEvent): Promise<ChainedEvent> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ event, resolve, reject });
      if (!this.#writing) void this.#drain();
    });
  }

  async #drain(): Promise<void> {
    this.#writing = true;
    try {
      while (this.#queue.length > 0) await this.#write(this.#queue.splice(0, MAX_BATCH));
    } finally {
      this.#writing = false;
    }
  }

  async #write(batch: readonly Pending[]): Promise<void> {
    try {
      const appended = await inTransaction(this.pool, (client) => appendAuditEvents(client, batch.map((p) => p.event)));
      batch.forEach((p, i) => p.resolve(appended[i]!));
    } catch (err) {
      if (batch.length === 1) {
        batch[0]!.reject(err);
        return;
      }
      // One event that cannot be stored must not fail the others: each on its own.
      for (const p of batch) {
        await inTransaction(this.pool, (client) => appendAuditEvent(client, p.event)).then(p.resolve, p.reject);
      }
    }
  }
}
