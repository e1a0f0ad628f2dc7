// Data access for the organizations table.
import type pg from 'pg';

export type OrgKind = 'admin' | 'brand' | 'media_partner' | 'auditor';

export interface OrganizationRow {
  readonly id: string;
  readonly kind: OrgKind;
  readonly name: string;
  readonly clientId: string;
  readonly secretHash: string;
  /** The secret before the last rotation and until when it still works (the overlap). */
  readonly previousSecret: { readonly hash: string; readonly expiresAt: Date } | null;
  /** Set while the organisation is disabled: no tokens, and its issued ones are refused. */
  readonly disabledAt: Date | null;
  readonly publicKey: Uint8Array | null;
  readonly publicKeyUpdatedAt: Date | null;
  readonly createdAt: Date;
}

type Queryable = pg.Pool | pg.PoolClient;

interface DbRow {
  id: string;
  kind: OrgKind;
  name: string;
  client_id: string;
  secret_hash: string;
  previous_secret_hash: string | null;
  previous_secret_expires_at: Date | null;
  disabled_at: Date | null;
  public_key: Buffer | null;
  public_key_updated_at: Date | null;
  created_at: Date;
}

const COLUMNS =
  'id, kind, name, client_id, secret_hash, previous_secret_hash, previous_secret_expires_at, disabled_at, public_key, public_key_updated_at, created_at';

function toRow(r: DbRow): OrganizationRow {
  return {
    id: r.id,
    kind: r.kind,
    name: r.name,
    clientId: r.client_id,
    secretHash: r.secret_hash,
    previousSecret:
      r.previous_secret_hash !== null && r.previous_secret_expires_at !== null ? { hash: r.previous_secret_hash, expiresAt: r.previous_secret_expires_at } : null,
    disabledAt: r.disabled_at,
    publicKey: r.public_key ? new Uint8Array(r.public_key) : null,
    publicKeyUpdatedAt: r.public_key_updated_at,
    createdAt: r.created_at,
  };
}

export async function insertOrganization(
  db: Queryable,
  org: { id: string; kind: OrgKind; name: string; clientId: string; secretHash: string },
): Promise<OrganizationRow> {
  const { rows } = await db.query<DbRow>(
    `INSERT INTO organizations (id, kind, name, client_id, secret_hash) VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
    [org.id, org.kind, org.name, org.clientId, org.secretHash],
  );
  return toRow(rows[0]!);
}

export async function findOrganizationById(db: Queryable, id: string): Promise<OrganizationRow | undefined> {
  const { rows } = await db.query<DbRow>(`SELECT ${COLUMNS} FROM organizations WHERE id = $1`, [id]);
  return rows[0] && toRow(rows[0]);
}

export async function findOrganizationByClientId(db: Queryable, clientId: string): Promise<OrganizationRow | undefined> {
  const { rows } = await db.query<DbRow>(`SELECT ${COLUMNS} FROM organizations WHERE client_id = $1`, [clientId]);
  return rows[0] && toRow(rows[0]);
}

/** The organisations among `clientIds` that exist (one query for many lookups: domain/client-lookup.ts). */
export async function findOrganizationsByClientIds(db: Queryable, clientIds: readonly string[]): Promise<OrganizationRow[]> {
  const { rows } = await db.query<DbRow>(`SELECT ${COLUMNS} FROM organizations WHERE client_id = ANY($1::text[])`, [clientIds]);
  return rows.map(toRow);
}

export async function findAdmin(db: Queryable): Promise<OrganizationRow | undefined> {
  const { rows } = await db.query<DbRow>(`SELECT ${COLUMNS} FROM organizations WHERE kind = 'admin'`);
  return rows[0] && toRow(rows[0]);
}

export async function updateAdminCredentials(db: Queryable, id: string, clientId: string, secretHash: string): Promise<void> {
  await db.query(`UPDATE organizations SET client_id = $2, secret_hash = $3 WHERE id = $1 AND kind = 'admin'`, [id, clientId, secretHash]);
}

export async function setPublicKey(db: Queryable, id: string, publicKey: Uint8Array): Promise<OrganizationRow | undefined> {
  const { rows } = await db.query<DbRow>(
    `UPDATE organizations SET public_key = $2, public_key_updated_at = now() WHERE id = $1 RETURNING ${COLUMNS}`,
    [id, Buffer.from(publicKey)],
  );
  return rows[0] && toRow(rows[0]);
}
