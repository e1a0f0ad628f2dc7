// Data access for the audit log. Appends take a transaction-scoped advisory lock, read the head and
// insert the next event, so concurrent writers line up and the chain never forks. There is no
// function here (or anywhere) that updates or deletes an event; the table's triggers refuse it too.
import type pg from 'pg';
import { eventHash, GENESIS_HASH, type ChainedEvent, type ChainedFields } from '@cleanroom/contracts';

const AUDIT_LOCK_ID = 0x61756474; // "audt"

export interface NewAuditEvent {
  readonly actorOrg: string | null;
  readonly actorRole: string | null;
  readonly action: string;
  readonly agreementId?: string | null;
  readonly decision?: 'allow' | 'deny' | null;
  readonly detail?: Readonly<Record<string, unknown>>;
}

interface DbRow {
  seq: string;
  at: Date;
  actor_org: string | null;
  actor_role: string | null;
  action: string;
  agreement_id: string | null;
  decision: 'allow' | 'deny' | null;
  detail: Record<string, unknown>;
  prev_hash: Buffer;
  hash: Buffer;
}

const COLUMNS = 'seq, at, actor_org, actor_role, action, agreement_id, decision, detail, prev_hash, hash';

function toEvent(r: DbRow): ChainedEvent {
  return {
    seq: Number(r.seq),
    at: r.at.toISOString(),
    actorOrg: r.actor_org,
    actorRole: r.actor_role,
    action: r.action,
    agreementId: r.agreement_id,
    decision: r.decision,
    detail: r.detail,
    prevHash: r.prev_hash.toString('hex'),
    hash: r.hash.toString('hex'),
  };
}

/** Appends one event; `client` must be inside a transaction (the event commits with the change it records). */
export async function appendAuditEvent(client: pg.PoolClient, event: NewAuditEvent): Promise<ChainedEvent> {
  const [appended] = await appendAuditEvents(client, [event]);
  return appended!;
}

/**
 * Appends events in order under one lock and one read of the head, in one INSERT: consecutive seqs,
 * each hash chained on the one before, exactly as one append at a time would make them. Lets
 * recordEvent commit many events with one WAL flush (domain/audit-log.ts).
 */
export async function appendAuditEvents(client: pg.PoolClient, events: readonly NewAuditEvent[]): Promise<ChainedEvent[]> {
  if (events.length === 0) return [];
  await client.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK_ID]);
  const head = await client.query<{ seq: string; hash: Buffer }>('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1');
  let prevHash = head.rows[0]?.hash.toString('hex') ?? GENESIS_HASH;
  let seq = Number(head.rows[0]?.seq ?? 0);
  const appended: ChainedEvent[] = [];
  const params: unknown[] = [];
  const tuples: string[] = [];
  for (const event of events) {
    const fields: ChainedFields = {
      seq: ++seq,
      // Millisecond precision, so the value hashed is exactly the value stored and read back.
      at: new Date().toISOString(),
      actorOrg: event.actorOrg,
      actorRole: event.actorRole,
      action: event.action,
      agreementId: event.agreementId ?? null,
      decision: event.decision ?? null,
      detail: event.detail ?? {},
    };
    const hash = eventHash(prevHash, fields);
    const n = params.length;
    tuples.push(`(${Array.from({ length: 10 }, (_, i) => `$${n + i + 1}`).join(', ')})`);
    params.push(fields.seq, fields.at, fields.actorOrg, fields.actorRole, fields.action, fields.agreementId, fields.decision, JSON.stringify(fields.detail), Buffer.from(prevHash, 'hex'), Buffer.from(hash, 'hex'));
    appended.push({ ...fields, prevHash, hash });
    prevHash = hash;
  }
  await client.query(`INSERT INTO audit_events (${COLUMNS}) VALUES ${tuples.join(', ')}`, params);
  return appended;
}

/** What a caller may filter events by (the list and the export take the same). */
export interface AuditEventCriteria {
  readonly agreementId?: string | undefined;
  readonly actor?: string | undefined;
  readonly action?: string | undefined;
  readonly decision?: 'allow' | 'deny' | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

export interface AuditFilter extends AuditEventCriteria {
  /** Restrict to events of agreements this organisation is a member of (null: no restriction — operator). */
  readonly visibleTo: string | null;
  /** Only events with seq greater than this. */
  readonly afterSeq?: number | undefined;
  /** Only events with seq up to this (an export ends at a fixed head). */
  readonly throughSeq?: number | undefined;
}

function where(filter: AuditFilter): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown): string => {
    params.push(v);
    return `$${params.length}`;
  };
  if (filter.visibleTo !== null) {
    clauses.push(`agreement_id IN (SELECT agreement_id FROM agreement_members WHERE org_id = ${p(filter.visibleTo)})`);
  }
  if (filter.agreementId !== undefined) clauses.push(`agreement_id = ${p(filter.agreementId)}`);
  if (filter.actor !== undefined) clauses.push(`actor_org = ${p(filter.actor)}`);
  if (filter.action !== undefined) clauses.push(`action = ${p(filter.action)}`);
  if (filter.decision !== undefined) clauses.push(`decision = ${p(filter.decision)}`);
  if (filter.from !== undefined) clauses.push(`at >= ${p(filter.from)}`);
  if (filter.to !== undefined) clauses.push(`at < ${p(filter.to)}`);
  if (filter.afterSeq !== undefined) clauses.push(`seq > ${p(filter.afterSeq)}`);
  if (filter.throughSeq !== undefined) clauses.push(`seq <= ${p(filter.throughSeq)}`);
  return { sql: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export async function listAuditEvents(db: pg.Pool, filter: AuditFilter, limit: number): Promise<ChainedEvent[]> {
  const w = where(filter);
  const { rows } = await db.query<DbRow>(`SELECT ${COLUMNS} FROM audit_events ${w.sql} ORDER BY seq LIMIT ${Number(limit)}`, w.params);
  return rows.map(toEvent);
}

/** Every event in order, in pages, for chain verification and export. */
export async function* allAuditEvents(db: pg.Pool, filter: AuditFilter = { visibleTo: null }, pageSize = 5000): AsyncGenerator<ChainedEvent> {
  let after = filter.afterSeq ?? 0;
  for (;;) {
    const page = await listAuditEvents(db, { ...filter, afterSeq: after }, pageSize);
    yield* page;
    const last = page.at(-1);
    if (!last || page.length < pageSize) return;
    after = last.seq;
  }
}

/** The last event's seq and hash (seq 0 and the genesis hash for an empty log). */
export async function auditHead(db: pg.Pool): Promise<{ seq: number; hash: string }> {
  const { rows } = await db.query<{ seq: string; hash: Buffer }>('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1');
  const head = rows[0];
  return head ? { seq: Number(head.seq), hash: head.hash.toString('hex') } : { seq: 0, hash: GENESIS_HASH };
}
