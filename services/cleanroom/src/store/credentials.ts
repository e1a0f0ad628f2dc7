// Data access for the credential lifecycle: secret rotation with an overlap, disabling an
// organisation, revoked token ids (organizations, revoked_tokens).
import type pg from 'pg';

type Queryable = pg.Pool | pg.PoolClient;

/**
 * Replaces the current secret hash; the current one becomes the previous one until `overlapSeconds`
 * from now (0: dropped at once). Only a secret stored as `expected` is replaced, so two rotations at
 * once cannot both win. Undefined when no such organisation (or it changed meanwhile).
 */
export async function rotateSecretHash(
  db: Queryable,
  orgId: string,
  expected: string,
  newHash: string,
  overlapSeconds: number,
): Promise<{ previousSecretExpiresAt: Date | null } | undefined> {
  const { rows } = await db.query<{ previous_secret_expires_at: Date | null }>(
    `UPDATE organizations
        SET previous_secret_hash = CASE WHEN $4::int > 0 THEN secret_hash END,
            previous_secret_expires_at = CASE WHEN $4::int > 0 THEN now() + make_interval(secs => $4::int) END,
            secret_hash = $3
      WHERE id = $1 AND secret_hash = $2
      RETURNING previous_secret_expires_at`,
    [orgId, expected, newHash, overlapSeconds],
  );
  return rows[0] && { previousSecretExpiresAt: rows[0].previous_secret_expires_at };
}

/** Re-hashes a secret in the same place it is stored (current or previous), if still stored as `expected`. */
export async function replaceSecretHash(db: Queryable, orgId: string, which: 'current' | 'previous', expected: string, newHash: string): Promise<void> {
  const column = which === 'current' ? 'secret_hash' : 'previous_secret_hash';
  await db.query(`UPDATE organizations SET ${column} = $3 WHERE id = $1 AND ${column} = $2`, [orgId, expected, newHash]);
}

/**
 * Sets or clears `disabled_at` (in the caller's transaction: the row is locked first). Returns the
 * state after and whether this call changed it; undefined for no such organisation.
 */
export async function setDisabled(db: pg.PoolClient, orgId: string, disabled: boolean): Promise<{ disabledAt: Date | null; changed: boolean } | undefined> {
  const before = await db.query<{ disabled_at: Date | null }>(`SELECT disabled_at FROM organizations WHERE id = $1 FOR UPDATE`, [orgId]);
  const row = before.rows[0];
  if (!row) return undefined;
  if ((row.disabled_at !== null) === disabled) return { disabledAt: row.disabled_at, changed: false };
  const { rows } = await db.query<{ disabled_at: Date | null }>(
    `UPDATE organizations SET disabled_at = CASE WHEN $2 THEN now() END WHERE id = $1 RETURNING disabled_at`,
    [orgId, disabled],
  );
  return { disabledAt: rows[0]!.disabled_at, changed: true };
}

/** Records a revoked token id; `revokedAt` of the first revocation, and whether this call made it. */
export async function insertRevokedToken(db: Queryable, jti: string, revokedBy: string, forgetAfter: Date): Promise<{ revokedAt: Date; forgetAfter: Date; created: boolean }> {
  const { rows } = await db.query<{ revoked_at: Date; forget_after: Date; created: boolean }>(
    `WITH ins AS (
       INSERT INTO revoked_tokens (jti, revoked_by, forget_after) VALUES ($1, $2, $3)
       ON CONFLICT (jti) DO NOTHING
       RETURNING revoked_at, forget_after)
     SELECT revoked_at, forget_after, true AS created FROM ins
     UNION ALL
     SELECT revoked_at, forget_after, false FROM revoked_tokens WHERE jti = $1 AND NOT EXISTS (SELECT 1 FROM ins)`,
    [jti, revokedBy, forgetAfter],
  );
  const r = rows[0]!;
  return { revokedAt: r.revoked_at, forgetAfter: r.forget_after, created: r.created };
}

/** Every disabled organisation and every revoked token id still worth remembering. */
export async function readRevocations(db: Queryable): Promise<{ disabledOrgs: string[]; revokedTokens: { jti: string; forgetAfter: Date }[] }> {
  const [orgs, tokens] = await Promise.all([
    db.query<{ id: string }>(`SELECT id FROM organizations WHERE disabled_at IS NOT NULL`),
    db.query<{ jti: string; forget_after: Date }>(`SELECT jti, forget_after FROM revoked_tokens WHERE forget_after > now()`),
  ]);
  return { disabledOrgs: orgs.rows.map((r) => r.id), revokedTokens: tokens.rows.map((r) => ({ jti: r.jti, forgetAfter: r.forget_after })) };
}

/** Removes revoked token ids no token can bear any longer. */
export async function deleteForgottenRevocations(db: Queryable): Promise<number> {
  const { rowCount } = await db.query(`DELETE FROM revoked_tokens WHERE forget_after <= now()`);
  return rowCount ?? 0;
}
