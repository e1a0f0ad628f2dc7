// The token endpoint's organisation lookup by client id, grouped: while one lookup query runs,
// every lookup that arrives waits for the next, which asks for all of them at once. Idle, a lookup
// runs at once as before. Under a flood of wrong secrets for random client ids (issue 14) this
// turns a query per request — a database round trip and the PostgreSQL backend's CPU on the same
// few cores as the service — into about one per round trip, however fast the flood comes. The
// answer is always the table's current row (no cache), so rotations and disabling on another
// instance are seen at once.
import type pg from 'pg';
import { findOrganizationsByClientIds, type OrganizationRow } from '../store/organizations.js';

/** Client ids asked for in one query at most. */
const MAX_BATCH = 500;

interface Waiting {
  readonly clientId: string;
  readonly resolve: (row: OrganizationRow | undefined) => void;
  readonly reject: (err: unknown) => void;
}

class ClientLookup {
  #queue: Waiting[] = [];
  #running = false;

  constructor(private readonly pool: pg.Pool) {}

  find(clientId: string): Promise<OrganizationRow | undefined> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ clientId, resolve, reject });
      if (!this.#running) void this.#drain();
    });
  }

  async #drain(): Promise<void> {
    this.#running = true;
    try {
      while (this.#queue.length > 0) {
        const batch = this.#queue.splice(0, MAX_BATCH);
        try {
          const rows = await findOrganizationsByClientIds(this.pool, [...new Set(batch.map((w) => w.clientId))]);
          const byId = new Map(rows.map((r) => [r.clientId, r]));
          for (const w of batch) w.resolve(byId.get(w.clientId));
        } catch (err) {
          for (const w of batch) w.reject(err);
        }
      }
    } finally {
      this.#running = false;
    }
  }
}

const lookups = new WeakMap<pg.Pool, ClientLookup>();

export function findOrganizationForClient(pool: pg.Pool, clientId: string): Promise<OrganizationRow | undefined> {
  let lookup = lookups.get(pool);
  if (!lookup) lookups.set(pool, (lookup = new ClientLookup(pool)));
  return lookup.find(clientId);
}
