// Data access for releases (the release cache); the ledgers they are paid from are in ledgers.ts.
import type pg from 'pg';
import type { Release } from '@cleanroom/policies';

export interface ReleaseRow {
  readonly id: string;
  readonly agreementId: string;
  readonly agreementVersion: number;
  readonly recipientOrg: string;
  readonly protectedOrg: string;
  readonly cacheKey: string;
  readonly brandDataset: string;
  readonly brandVersion: number;
  readonly partnerDataset: string;
  readonly partnerVersion: number;
  readonly release: Release;
  readonly epsilonCharged: number;
  readonly createdAt: Date;
}

interface DbRow {
  id: string;
  agreement_id: string;
  agreement_version: number;
  recipient_org: string;
  protected_org: string;
  cache_key: string;
  brand_dataset: string;
  brand_version: number;
  partner_dataset: string;
  partner_version: number;
  release: Release;
  epsilon_charged: number;
  created_at: Date;
}

const COLS = 'id, agreement_id, agreement_version, recipient_org, protected_org, cache_key, brand_dataset, brand_version, partner_dataset, partner_version, release, epsilon_charged, created_at';

const toRow = (r: DbRow): ReleaseRow => ({
  id: r.id,
  agreementId: r.agreement_id,
  agreementVersion: r.agreement_version,
  recipientOrg: r.recipient_org,
  protectedOrg: r.protected_org,
  cacheKey: r.cache_key,
  brandDataset: r.brand_dataset,
  brandVersion: r.brand_version,
  partnerDataset: r.partner_dataset,
  partnerVersion: r.partner_version,
  release: r.release,
  epsilonCharged: r.epsilon_charged,
  createdAt: r.created_at,
});

export async function findReleaseByCacheKey(db: pg.Pool | pg.PoolClient, cacheKey: string): Promise<ReleaseRow | undefined> {
  // Named (planned once per connection): every cached answer starts here.
  const { rows } = await db.query<DbRow>({ name: 'release-by-cache-key', text: `SELECT ${COLS} FROM releases WHERE cache_key = $1`, values: [cacheKey] });
  return rows[0] && toRow(rows[0]);
}

/** Stores a release; undefined when one with the same cache key is already stored (a concurrent identical request). */
export async function insertRelease(
  client: pg.PoolClient,
  r: Omit<ReleaseRow, 'createdAt'> & { request: unknown; rhoCharged: number },
): Promise<ReleaseRow | undefined> {
  const { rows } = await client.query<DbRow>(
    `INSERT INTO releases (id, agreement_id, agreement_version, recipient_org, protected_org, cache_key, brand_dataset, brand_version,
                           partner_dataset, partner_version, request, release, epsilon_charged, rho_charged)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
     ON CONFLICT (cache_key) DO NOTHING RETURNING ${COLS}`,
    [r.id, r.agreementId, r.agreementVersion, r.recipientOrg, r.protectedOrg, r.cacheKey, r.brandDataset, r.brandVersion, r.partnerDataset, r.partnerVersion, JSON.stringify(r.request), JSON.stringify(r.release), r.epsilonCharged, r.rhoCharged],
  );
  return rows[0] && toRow(rows[0]);
}
