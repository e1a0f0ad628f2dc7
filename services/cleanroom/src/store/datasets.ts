// Data access for datasets: the version rows, the current-version pointers, and the per-version
// data tables in the schema cleanroom_data (token bigint + one column per attribute). Table and
// column names are built only from validated ids and attribute names, and always quoted.
import type pg from 'pg';
import { SERVICE_ROLE } from './roles.js';

type Queryable = pg.Pool | pg.PoolClient;

export type DatasetSide = 'brand' | 'partner';
export type DatasetStatus = 'loading' | 'published' | 'superseded' | 'deleted';

export const DATA_SCHEMA = 'cleanroom_data';

/** An attribute column of a data table. */
export interface DatasetAttributeColumn {
  readonly name: string;
  /** The column's name (unquoted): `a_<name>`. */
  readonly column: string;
  /** text[] (several values per id) rather than text. */
  readonly multi: boolean;
}

/** The version of one party's data that insights read. */
export interface CurrentDataset {
  readonly id: string;
  readonly version: number;
  /** Schema-qualified and quoted, ready for SQL: cleanroom_data."ds_…". */
  readonly table: string;
  readonly rows: number;
  readonly saltCheck: string;
  readonly attributes: readonly DatasetAttributeColumn[];
  /** Per single-valued attribute and value: ids that joined or left the segment since the previous version. */
  readonly segmentChanges: Readonly<Record<string, Readonly<Record<string, number>>>> | null;
}

export interface DatasetRow {
  readonly id: string;
  readonly agreementId: string;
  readonly side: DatasetSide;
  readonly version: number;
  readonly status: DatasetStatus;
  readonly rows: number | null;
  readonly duplicates: number | null;
  readonly saltCheck: string;
  readonly attributes: readonly DatasetAttributeColumn[];
  readonly idempotencyKey: string | null;
  readonly requestHash: string | null;
  readonly result: unknown;
  readonly createdBy: string;
  readonly createdAt: Date;
  readonly publishedAt: Date | null;
  readonly deletedAt: Date | null;
  readonly current: boolean;
}

interface Db {
  id: string;
  agreement_id: string;
  side: DatasetSide;
  version: number;
  status: DatasetStatus;
  rows: string | null;
  duplicates: string | null;
  salt_check: string;
  attributes: DatasetAttributeColumn[];
  idempotency_key: string | null;
  request_hash: string | null;
  result: unknown;
  created_by: string;
  created_at: Date;
  published_at: Date | null;
  deleted_at: Date | null;
  current: boolean;
}

const COLS = `d.id, d.agreement_id, d.side, d.version, d.status, d.rows, d.duplicates, d.salt_check, d.attributes, d.idempotency_key,
  d.request_hash, d.result, d.created_by, d.created_at, d.published_at, d.deleted_at,
  EXISTS (SELECT 1 FROM current_datasets c WHERE c.dataset_id = d.id) AS current`;

const toRow = (r: Db): DatasetRow => ({
  id: r.id,
  agreementId: r.agreement_id,
  side: r.side,
  version: r.version,
  status: r.status,
  rows: r.rows === null ? null : Number(r.rows),
  duplicates: r.duplicates === null ? null : Number(r.duplicates),
  saltCheck: r.salt_check,
  attributes: r.attributes,
  idempotencyKey: r.idempotency_key,
  requestHash: r.request_hash,
  result: r.result,
  createdBy: r.created_by,
  createdAt: r.created_at,
  publishedAt: r.published_at,
  deletedAt: r.deleted_at,
  current: r.current,
});

// ---- names ----

const DATASET_ID = /^ds_[0-9a-z]{26}$/;
const ATTRIBUTE = /^[a-z][a-z0-9_]{0,39}$/;

/** cleanroom_data."ds_…" for a valid dataset id; throws for anything else. */
export function dataTable(datasetId: string): string {
  if (!DATASET_ID.test(datasetId)) throw new RangeError(`not a dataset id: ${JSON.stringify(datasetId)}`);
  return `${DATA_SCHEMA}."${datasetId}"`;
}

/** The column of an attribute: a_<name>, for a valid attribute name. */
export function attributeColumn(name: string): string {
  if (!ATTRIBUTE.test(name)) throw new RangeError(`not an attribute name: ${JSON.stringify(name)}`);
  return `a_${name}`;
}

const quoted = (column: string): string => `"${attributeColumn(column.slice(2))}"`;

// ---- reads ----

/** The current (published) version of each party's data under an agreement. */
/** A current version's row (as both insight reads select it) → what the aggregate queries need. */
export function toCurrentDataset(r: {
  id: string;
  version: number;
  rows: string | number;
  salt_check: string;
  attributes: DatasetAttributeColumn[];
  segment_changes: CurrentDataset['segmentChanges'];
}): CurrentDataset {
  return { id: r.id, version: r.version, table: dataTable(r.id), rows: Number(r.rows), saltCheck: r.salt_check, attributes: r.attributes, segmentChanges: r.segment_changes };
}

export async function currentDatasets(db: Queryable, agreementId: string): Promise<{ brand: CurrentDataset | null; partner: CurrentDataset | null }> {
  const { rows } = await db.query<{ side: DatasetSide; id: string; version: number; rows: string; salt_check: string; attributes: DatasetAttributeColumn[]; segment_changes: CurrentDataset['segmentChanges'] }>(
    `SELECT c.side, d.id, d.version, d.rows, d.salt_check, d.attributes, d.segment_changes
       FROM current_datasets c JOIN datasets d ON d.id = c.dataset_id
      WHERE c.agreement_id = $1 AND d.status = 'published'`,
    [agreementId],
  );
  const out: { brand: CurrentDataset | null; partner: CurrentDataset | null } = { brand: null, partner: null };
  for (const r of rows) {
    out[r.side] = toCurrentDataset(r);
  }
  return out;
}

export async function findDataset(db: Queryable, id: string): Promise<DatasetRow | undefined> {
  const { rows } = await db.query<Db>(`SELECT ${COLS} FROM datasets d WHERE d.id = $1`, [id]);
  return rows[0] && toRow(rows[0]);
}

/** The caller's versions on one or both sides, newest first. */
export async function listDatasets(db: Queryable, agreementId: string, sides: readonly DatasetSide[]): Promise<DatasetRow[]> {
  const { rows } = await db.query<Db>(
    `SELECT ${COLS} FROM datasets d WHERE d.agreement_id = $1 AND d.side = ANY($2::text[]) ORDER BY d.side, d.version DESC`,
    [agreementId, sides],
  );
  return rows.map(toRow);
}

export async function findByIdempotencyKey(db: Queryable, k: { agreementId: string; side: DatasetSide; createdBy: string; key: string }): Promise<DatasetRow | undefined> {
  const { rows } = await db.query<Db>(
    `SELECT ${COLS} FROM datasets d WHERE d.agreement_id = $1 AND d.side = $2 AND d.created_by = $3 AND d.idempotency_key = $4`,
    [k.agreementId, k.side, k.createdBy, k.key],
  );
  return rows[0] && toRow(rows[0]);
}

export async function findLoading(db: Queryable, filter: { agreementId: string; side: DatasetSide } | null): Promise<DatasetRow[]> {
  const { rows } = filter
    ? await db.query<Db>(`SELECT ${COLS} FROM datasets d WHERE d.status = 'loading' AND d.agreement_id = $1 AND d.side = $2`, [filter.agreementId, filter.side])
    : await db.query<Db>(`SELECT ${COLS} FROM datasets d WHERE d.status = 'loading' ORDER BY d.created_at`);
  return rows.map(toRow);
}

// ---- the upload slot: one upload at a time per (agreement, side) ----

// Two-key advisory locks (a space apart from the one-key locks of migrations and the audit log),
// held by the session that loads, so they vanish with it if the process dies.
const UPLOAD_LOCK_CLASS = 0x64617461; // "data"
const LOCK_KEY = `hashtext($1 || '/' || $2)`;

/** Waits up to `timeoutMs` for the slot; false if another upload holds it. */
export async function lockUploadSlot(client: pg.PoolClient, agreementId: string, side: DatasetSide, timeoutMs: number): Promise<boolean> {
  await client.query(`SELECT set_config('lock_timeout', $1, false)`, [`${Math.max(1, Math.round(timeoutMs))}ms`]);
  try {
    await client.query(`SELECT pg_advisory_lock(${UPLOAD_LOCK_CLASS}, ${LOCK_KEY})`, [agreementId, side]);
    return true;
  } catch (err) {
    if ((err as { code?: string }).code === SQLSTATE.lockNotAvailable) return false;
    throw err;
  } finally {
    await client.query('RESET lock_timeout');
  }
}

export async function tryLockUploadSlot(client: pg.PoolClient, agreementId: string, side: DatasetSide): Promise<boolean> {
  const { rows } = await client.query<{ ok: boolean }>(`SELECT pg_try_advisory_lock(${UPLOAD_LOCK_CLASS}, ${LOCK_KEY}) AS ok`, [agreementId, side]);
  return rows[0]?.ok === true;
}

export async function unlockUploadSlot(client: pg.PoolClient, agreementId: string, side: DatasetSide): Promise<void> {
  await client.query(`SELECT pg_advisory_unlock(${UPLOAD_LOCK_CLASS}, ${LOCK_KEY})`, [agreementId, side]);
}

export const SQLSTATE = {
  uniqueViolation: '23505',
  lockNotAvailable: '55P03',
} as const;

// ---- loading ----

/** The next version number of a party's data (run under the upload slot). */
export async function nextVersion(db: Queryable, agreementId: string, side: DatasetSide): Promise<number> {
  const { rows } = await db.query<{ v: number }>('SELECT coalesce(max(version), 0) + 1 AS v FROM datasets WHERE agreement_id = $1 AND side = $2', [agreementId, side]);
  return rows[0]!.v;
}

export async function insertLoading(
  db: Queryable,
  d: {
    id: string;
    agreementId: string;
    side: DatasetSide;
    version: number;
    saltCheck: string;
    attributes: readonly DatasetAttributeColumn[];
    partitions: number;
    idempotencyKey: string | null;
    createdBy: string;
  },
): Promise<Date> {
  const { rows } = await db.query<{ created_at: Date }>(
    `INSERT INTO datasets (id, agreement_id, side, version, table_name, status, salt_check, attributes, partitions, idempotency_key, created_by)
     VALUES ($1, $2, $3, $4, $1, 'loading', $5, $6, $7, $8, $9) RETURNING created_at`,
    [d.id, d.agreementId, d.side, d.version, d.saltCheck, JSON.stringify(d.attributes), d.partitions, d.idempotencyKey, d.createdBy],
  );
  return rows[0]!.created_at;
}

export async function deleteLoading(db: Queryable, id: string): Promise<void> {
  await db.query(`DELETE FROM datasets WHERE id = $1 AND status = 'loading'`, [id]);
}

/**
 * The version's table, without an index (COPY into it, then index). In the loading transaction.
 * With partitions > 1 it is hash-partitioned by token into `<id>_p<i>`: brand and partner versions
 * with the same modulus are joined partition by partition (DESIGN §6), and a partition is the unit
 * a scale-out moves to another server (docs/scale-out.md).
 */
export async function createDataTable(client: pg.PoolClient, id: string, attributes: readonly DatasetAttributeColumn[], partitions: number): Promise<void> {
  if (!Number.isInteger(partitions) || partitions < 1 || partitions > 256) throw new RangeError(`partitions must be 1–256, not ${partitions}`);
  const columns = ['token bigint NOT NULL', ...attributes.map((a) => `${quoted(a.column)} ${a.multi ? 'text[]' : 'text'}`)];
  if (partitions === 1) {
    await client.query(`CREATE TABLE ${dataTable(id)} (${columns.join(', ')})`);
  } else {
    await client.query(`CREATE TABLE ${dataTable(id)} (${columns.join(', ')}) PARTITION BY HASH (token)`);
    for (let i = 0; i < partitions; i++) {
      await client.query(`CREATE TABLE ${DATA_SCHEMA}."${id}_p${i}" PARTITION OF ${dataTable(id)} FOR VALUES WITH (MODULUS ${partitions}, REMAINDER ${i})`);
    }
  }
  // Owned by the service's group role (migration 000008), not by the login that created them, so
  // that any member — another login, a rotated one — may index, analyze and drop them. ALTER
  // OWNER does not recurse into partitions.
  const tables = partitions === 1 ? [dataTable(id)] : [dataTable(id), ...Array.from({ length: partitions }, (_, i) => `${DATA_SCHEMA}."${id}_p${i}"`)];
  await client.query(tables.map((t) => `ALTER TABLE ${t} OWNER TO ${SERVICE_ROLE}`).join('; '));
}

/**
 * COPY in binary. Into a plain table created in this transaction, FREEZE (no later rewrite);
 * PostgreSQL refuses FREEZE on a partitioned table, whose rows are routed to the partitions.
 */
export function copyIntoSql(id: string, attributes: readonly DatasetAttributeColumn[], partitions: number): string {
  const columns = ['token', ...attributes.map((a) => quoted(a.column))];
  return `COPY ${dataTable(id)} (${columns.join(', ')}) FROM STDIN (FORMAT binary${partitions === 1 ? ', FREEZE' : ''})`;
}

/**
 * Makes token the primary key, first removing repeated ids (the first row of each is kept: a
 * fresh table's physical order is the load order). Returns the number of rows removed.
 */
export async function indexAndDeduplicate(client: pg.PoolClient, id: string): Promise<number> {
  const table = dataTable(id);
  const pk = `ALTER TABLE ${table} ADD CONSTRAINT "${id}_pkey" PRIMARY KEY (token)`;
  await client.query('SAVEPOINT add_pk');
  try {
    await client.query(pk);
    await client.query('RELEASE SAVEPOINT add_pk');
    return 0;
  } catch (err) {
    await client.query('ROLLBACK TO SAVEPOINT add_pk');
    if ((err as { code?: string }).code !== SQLSTATE.uniqueViolation) throw err;
  }
  const { rowCount } = await client.query(
    // (tableoid, ctid): a row's ctid is unique only within its partition. Repeats of a token share
    // a partition, where physical order is load order.
    `DELETE FROM ${table} WHERE (tableoid, ctid) IN (
       SELECT tableoid, ctid FROM (SELECT tableoid, ctid, row_number() OVER (PARTITION BY token ORDER BY ctid) AS n FROM ${table}) d WHERE n > 1)`,
  );
  await client.query(pk);
  return rowCount ?? 0;
}

export async function analyzeTable(client: pg.PoolClient, id: string): Promise<void> {
  await client.query(`ANALYZE ${dataTable(id)}`);
}

/**
 * How a new version compares with the previous one: ids in both, and of those, ids whose values
 * differ in the attributes both versions carry.
 */
export async function compareVersions(
  client: pg.PoolClient,
  next: { id: string; attributes: readonly DatasetAttributeColumn[] },
  previous: { id: string; attributes: readonly DatasetAttributeColumn[] },
): Promise<{ common: number; changed: number }> {
  const shared = next.attributes.filter((a) => previous.attributes.some((p) => p.column === a.column && p.multi === a.multi)).map((a) => quoted(a.column));
  const row = (alias: string): string => `ROW(${shared.map((c) => `${alias}.${c}`).join(', ')})`;
  const changed = shared.length === 0 ? '0' : `count(*) FILTER (WHERE ${row('n')} IS DISTINCT FROM ${row('p')})`;
  const { rows } = await client.query<{ common: string; changed: string }>(
    `SELECT count(*) AS common, ${changed} AS changed FROM ${dataTable(next.id)} n JOIN ${dataTable(previous.id)} p ON p.token = n.token`,
  );
  return { common: Number(rows[0]!.common), changed: Number(rows[0]!.changed) };
}

/**
 * Per single-valued attribute both versions carry: for each value, the ids that are in that segment
 * in one version and not the other (joined, left, or moved) — each moved id counts for both values.
 */
export async function segmentChanges(
  client: pg.PoolClient,
  next: { id: string; attributes: readonly DatasetAttributeColumn[] },
  previous: { id: string; attributes: readonly DatasetAttributeColumn[] },
): Promise<Record<string, Record<string, number>>> {
  const out: Record<string, Record<string, number>> = {};
  for (const a of next.attributes.filter((x) => !x.multi && previous.attributes.some((p) => p.column === x.column && !p.multi))) {
    const col = quoted(a.column);
    const { rows } = await client.query<{ v: string; n: string }>(
      `SELECT u.v, count(*) AS n
         FROM (SELECT n.${col} AS nv, p.${col} AS pv
                 FROM ${dataTable(next.id)} n FULL JOIN ${dataTable(previous.id)} p ON p.token = n.token
                WHERE n.${col} IS DISTINCT FROM p.${col}) d
         CROSS JOIN LATERAL (VALUES (d.nv), (d.pv)) AS u(v)
        WHERE u.v IS NOT NULL
        GROUP BY u.v`,
    );
    out[a.name] = Object.fromEntries(rows.map((r) => [r.v, Number(r.n)]));
  }
  return out;
}

export async function setSegmentChanges(client: pg.PoolClient, id: string, changes: Record<string, Record<string, number>>): Promise<void> {
  await client.query('UPDATE datasets SET segment_changes = $2 WHERE id = $1', [id, JSON.stringify(changes)]);
}

// ---- publishing ----

/** The agreement's state, read with a share lock: revocation waits for a publish and vice versa. */
export async function lockAgreementShared(client: pg.PoolClient, agreementId: string): Promise<{ state: string; keyDestroyed: boolean } | undefined> {
  const { rows } = await client.query<{ state: string; key_destroyed: boolean }>(
    `SELECT a.state, coalesce(k.destroyed_at IS NOT NULL, false) AS key_destroyed
       FROM agreements a LEFT JOIN agreement_keys k ON k.agreement_id = a.id
      WHERE a.id = $1 FOR SHARE OF a`,
    [agreementId],
  );
  const r = rows[0];
  return r && { state: r.state, keyDestroyed: r.key_destroyed };
}

/** The current version of one side (locked until the transaction ends), if any. */
export async function currentForUpdate(client: pg.PoolClient, agreementId: string, side: DatasetSide): Promise<DatasetRow | undefined> {
  const { rows } = await client.query<{ dataset_id: string }>('SELECT dataset_id FROM current_datasets WHERE agreement_id = $1 AND side = $2 FOR UPDATE', [agreementId, side]);
  const id = rows[0]?.dataset_id;
  return id === undefined ? undefined : findDataset(client, id);
}

export async function currentSaltCheck(db: Queryable, agreementId: string, side: DatasetSide): Promise<string | null> {
  const { rows } = await db.query<{ salt_check: string }>(
    'SELECT d.salt_check FROM current_datasets c JOIN datasets d ON d.id = c.dataset_id WHERE c.agreement_id = $1 AND c.side = $2',
    [agreementId, side],
  );
  return rows[0]?.salt_check ?? null;
}

/** Publishes a loaded version: its row, the pointer, and the previous version superseded and dropped. */
export async function publish(
  client: pg.PoolClient,
  p: {
    id: string;
    agreementId: string;
    side: DatasetSide;
    rows: number;
    duplicates: number;
    attributes: readonly DatasetAttributeColumn[];
    requestHash: string | null;
    result: (publishedAt: Date) => unknown;
    previousId: string | null;
  },
): Promise<Date> {
  const { rows } = await client.query<{ now: Date }>('SELECT now() AS now');
  const publishedAt = rows[0]!.now;
  await client.query(
    `UPDATE datasets SET status = 'published', rows = $2, duplicates = $3, attributes = $4, request_hash = $5, result = $6, published_at = $7
      WHERE id = $1 AND status = 'loading'`,
    [p.id, p.rows, p.duplicates, JSON.stringify(p.attributes), p.requestHash, JSON.stringify(p.result(publishedAt)), publishedAt],
  );
  if (p.previousId !== null) {
    await client.query(`UPDATE datasets SET status = 'superseded' WHERE id = $1 AND status = 'published'`, [p.previousId]);
    await client.query(`DROP TABLE IF EXISTS ${dataTable(p.previousId)}`);
  }
  await client.query(
    `INSERT INTO current_datasets (agreement_id, side, dataset_id) VALUES ($1, $2, $3)
     ON CONFLICT (agreement_id, side) DO UPDATE SET dataset_id = EXCLUDED.dataset_id, updated_at = now()`,
    [p.agreementId, p.side, p.id],
  );
  return publishedAt;
}

// ---- deletion ----

/** Drops a version's table; its row count first (for the deletion receipt), null if there was no table. */
export async function dropDataTable(client: pg.PoolClient, id: string): Promise<number | null> {
  const { rows } = await client.query<{ t: string | null }>('SELECT to_regclass($1)::text AS t', [dataTable(id)]);
  if (!rows[0]?.t) return null;
  const count = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${dataTable(id)}`);
  await client.query(`DROP TABLE ${dataTable(id)}`);
  return Number(count.rows[0]!.n);
}

/** Versions whose data has not been deleted yet (published or superseded), oldest first. */
export async function undeletedDatasets(client: pg.PoolClient, agreementId: string): Promise<DatasetRow[]> {
  const { rows } = await client.query<Db>(
    `SELECT ${COLS} FROM datasets d WHERE d.agreement_id = $1 AND d.status IN ('published', 'superseded') ORDER BY d.side, d.version FOR UPDATE OF d`,
    [agreementId],
  );
  return rows.map(toRow);
}

export async function markDeleted(client: pg.PoolClient, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await client.query('DELETE FROM current_datasets WHERE dataset_id = ANY($1::text[])', [ids]);
  await client.query(`UPDATE datasets SET status = 'deleted', deleted_at = now() WHERE id = ANY($1::text[]) AND status <> 'deleted'`, [ids]);
}

/** Published versions older than their agreement's retention period (governing version). */
export async function pastRetention(db: Queryable, now: Date): Promise<{ id: string; agreementId: string; retentionDays: number }[]> {
  const { rows } = await db.query<{ id: string; agreement_id: string; retention_days: number }>(
    `SELECT d.id, d.agreement_id, (v.document->>'retentionDays')::int AS retention_days
       FROM datasets d
       JOIN agreements a ON a.id = d.agreement_id
       JOIN agreement_versions v ON v.agreement_id = a.id AND v.version = a.active_version
      WHERE d.status = 'published'
        AND d.published_at + make_interval(days => (v.document->>'retentionDays')::int) <= $1
      ORDER BY d.agreement_id, d.published_at`,
    [now],
  );
  return rows.map((r) => ({ id: r.id, agreementId: r.agreement_id, retentionDays: r.retention_days }));
}
