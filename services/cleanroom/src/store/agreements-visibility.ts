// Which organisations deal with each other: parties and auditors of a common agreement.
import type pg from 'pg';

export async function orgsShareAgreement(db: pg.Pool | pg.PoolClient, a: string, b: string): Promise<boolean> {
  const { rows } = await db.query(
    'SELECT 1 FROM agreement_members x JOIN agreement_members y USING (agreement_id) WHERE x.org_id = $1 AND y.org_id = $2 LIMIT 1',
    [a, b],
  );
  return rows.length > 0;
}
