// Data access for releases (the release cache) and the privacy ledgers they are paid from.
import type pg from 'pg';
import type { LedgerSnapshot, Release, ReleaseCost } from '@cleanroom/policies';

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

export async function insertRelease(
  client: pg.PoolClient,
  r: Omit<ReleaseRow, 'createdAt'> & { request: unknown; rhoCharged: number },
): Promise<ReleaseRow> {
  const { rows } = await client.query<DbRow>(
    `INSERT INTO releases (id, agreement_id, agreement_version, recipient_org, protected_org, cache_key, brand_dataset, brand_version,
                           partner_dataset, partner_version, request, release, epsilon_charged, rho_charged)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING ${COLS}`,
    [r.id, r.agreementId, r.agreementVersion, r.recipientOrg, r.protectedOrg, r.cacheKey, r.brandDataset, r.brandVersion, r.partnerDataset, r.partnerVersion, JSON.stringify(r.request), JSON.stringify(r.release), r.epsilonCharged, r.rhoCharged],
  );
  return toRow(rows[0]!);
}

/** Creates the ledger if needed and locks it for the rest of the transaction. */
export async function lockLedger(client: pg.PoolClient, protectedOrg: string, recipientOrg: string): Promise<LedgerSnapshot> {
  await client.query(
    'INSERT INTO privacy_ledgers (protected_org, recipient_org, pure_epsilon_spent) VALUES ($1, $2, 0) ON CONFLICT DO NOTHING',
    [protectedOrg, recipientOrg],
  );
  const { rows } = await client.query<{ rho_spent: number; pure_epsilon_spent: number | null; releases: number }>(
    'SELECT rho_spent, pure_epsilon_spent, releases FROM privacy_ledgers WHERE protected_org = $1 AND recipient_org = $2 FOR UPDATE',
    [protectedOrg, recipientOrg],
  );
  const r = rows[0]!;
  return { rhoSpent: r.rho_spent, pureEpsilonSpent: r.pure_epsilon_spent, releases: r.releases };
}

export async function debitLedger(client: pg.PoolClient, protectedOrg: string, recipientOrg: string, cost: ReleaseCost): Promise<LedgerSnapshot> {
  const { rows } = await client.query<{ rho_spent: number; pure_epsilon_spent: number | null; releases: number }>(
    `UPDATE privacy_ledgers
        SET rho_spent = rho_spent + $3,
            pure_epsilon_spent = CASE WHEN pure_epsilon_spent IS NULL OR $4::double precision IS NULL THEN NULL ELSE pure_epsilon_spent + $4 END,
            releases = releases + 1,
            updated_at = now()
      WHERE protected_org = $1 AND recipient_org = $2
      RETURNING rho_spent, pure_epsilon_spent, releases`,
    [protectedOrg, recipientOrg, cost.rho, cost.pureEpsilon],
  );
  const r = rows[0]!;
  return { rhoSpent: r.rho_spent, pureEpsilonSpent: r.pure_epsilon_spent, releases: r.releases };
}
