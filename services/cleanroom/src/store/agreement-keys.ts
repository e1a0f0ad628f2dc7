// Data access for agreement keys: stored only wrapped; destroying one clears it for good.
import type pg from 'pg';

type Queryable = pg.Pool | pg.PoolClient;

export interface AgreementKeyRow {
  readonly agreementId: string;
  /** nonce ‖ ciphertext ‖ tag; null once destroyed. */
  readonly wrappedKey: Buffer | null;
  readonly createdAt: Date;
  readonly destroyedAt: Date | null;
}

interface Db {
  agreement_id: string;
  wrapped_key: Buffer | null;
  created_at: Date;
  destroyed_at: Date | null;
}

const toRow = (r: Db): AgreementKeyRow => ({ agreementId: r.agreement_id, wrappedKey: r.wrapped_key, createdAt: r.created_at, destroyedAt: r.destroyed_at });

export async function findAgreementKey(db: Queryable, agreementId: string): Promise<AgreementKeyRow | undefined> {
  const { rows } = await db.query<Db>('SELECT agreement_id, wrapped_key, created_at, destroyed_at FROM agreement_keys WHERE agreement_id = $1', [agreementId]);
  return rows[0] && toRow(rows[0]);
}

/** Inserts the key unless one exists (created concurrently, or destroyed); returns whichever row stands. */
export async function insertAgreementKey(db: Queryable, agreementId: string, wrappedKey: Buffer): Promise<AgreementKeyRow> {
  await db.query('INSERT INTO agreement_keys (agreement_id, wrapped_key) VALUES ($1, $2) ON CONFLICT (agreement_id) DO NOTHING', [agreementId, wrappedKey]);
  const row = await findAgreementKey(db, agreementId);
  if (!row) throw new Error(`agreement key of ${agreementId} vanished`);
  return row;
}

/** Clears the wrapped key; true if there was a live key to destroy. */
export async function destroyAgreementKey(db: Queryable, agreementId: string): Promise<boolean> {
  const { rowCount } = await db.query(
    'UPDATE agreement_keys SET wrapped_key = NULL, destroyed_at = now() WHERE agreement_id = $1 AND destroyed_at IS NULL',
    [agreementId],
  );
  return (rowCount ?? 0) > 0;
}
