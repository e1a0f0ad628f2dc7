// Data access for the privacy ledgers: one per (protected party's data, recipient), spanning
// agreements; what is spent and the cap it may be spent up to. policies/src/budget.ts decides the
// terms and the cost; this module only reads, locks and writes them.
import type pg from 'pg';
import type { LedgerSnapshot, LedgerTerms, ReleaseCost } from '@cleanroom/policies';

type Queryable = pg.Pool | pg.PoolClient;

interface Db {
  rho_spent: number;
  pure_epsilon_spent: number | null;
  releases: number;
  epsilon_budget: number;
  delta: number;
}

const COLS = 'rho_spent, pure_epsilon_spent, releases, epsilon_budget, delta';

export const toLedger = (r: Db): LedgerSnapshot => ({
  rhoSpent: r.rho_spent,
  pureEpsilonSpent: r.pure_epsilon_spent,
  releases: r.releases,
  budget: r.epsilon_budget,
  delta: r.delta,
});

/** The ledger, or null when no agreement between the two has opened it yet. */
export async function readLedger(db: Queryable, protectedOrg: string, recipientOrg: string): Promise<LedgerSnapshot | null> {
  const { rows } = await db.query<Db>(`SELECT ${COLS} FROM privacy_ledgers WHERE protected_org = $1 AND recipient_org = $2`, [protectedOrg, recipientOrg]);
  return rows[0] ? toLedger(rows[0]) : null;
}

/** The ledger's terms locked for the rest of the transaction, or null when it is not open. */
export async function lockLedgerTerms(client: pg.PoolClient, protectedOrg: string, recipientOrg: string): Promise<LedgerTerms | null> {
  const { rows } = await client.query<Db>(`SELECT ${COLS} FROM privacy_ledgers WHERE protected_org = $1 AND recipient_org = $2 FOR UPDATE`, [protectedOrg, recipientOrg]);
  return rows[0] ? { budget: rows[0].epsilon_budget, delta: rows[0].delta } : null;
}

/** Opens the ledger with `terms`, or sets the terms of an open one (the caller decided them under lockLedgerTerms). */
export async function writeLedgerTerms(client: pg.PoolClient, protectedOrg: string, recipientOrg: string, terms: LedgerTerms): Promise<void> {
  await client.query(
    `INSERT INTO privacy_ledgers (protected_org, recipient_org, pure_epsilon_spent, epsilon_budget, delta) VALUES ($1, $2, 0, $3, $4)
     ON CONFLICT (protected_org, recipient_org) DO UPDATE SET epsilon_budget = EXCLUDED.epsilon_budget, delta = EXCLUDED.delta, updated_at = now()`,
    [protectedOrg, recipientOrg, terms.budget, terms.delta],
  );
}

/**
 * Locks the ledger for the rest of the transaction, opening it with `terms` if no approval opened
 * it (a ledger of an agreement approved before caps were stored).
 */
export async function lockLedger(client: pg.PoolClient, protectedOrg: string, recipientOrg: string, terms: LedgerTerms): Promise<LedgerSnapshot> {
  await client.query(
    'INSERT INTO privacy_ledgers (protected_org, recipient_org, pure_epsilon_spent, epsilon_budget, delta) VALUES ($1, $2, 0, $3, $4) ON CONFLICT DO NOTHING',
    [protectedOrg, recipientOrg, terms.budget, terms.delta],
  );
  const { rows } = await client.query<Db>(`SELECT ${COLS} FROM privacy_ledgers WHERE protected_org = $1 AND recipient_org = $2 FOR UPDATE`, [protectedOrg, recipientOrg]);
  return toLedger(rows[0]!);
}

export async function debitLedger(client: pg.PoolClient, protectedOrg: string, recipientOrg: string, cost: ReleaseCost): Promise<LedgerSnapshot> {
  const { rows } = await client.query<Db>(
    `UPDATE privacy_ledgers
        SET rho_spent = rho_spent + $3,
            pure_epsilon_spent = CASE WHEN pure_epsilon_spent IS NULL OR $4::double precision IS NULL THEN NULL ELSE pure_epsilon_spent + $4 END,
            releases = releases + 1,
            updated_at = now()
      WHERE protected_org = $1 AND recipient_org = $2
      RETURNING ${COLS}`,
    [protectedOrg, recipientOrg, cost.rho, cost.pureEpsilon],
  );
  return toLedger(rows[0]!);
}
