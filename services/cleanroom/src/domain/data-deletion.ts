// The end of data (DESIGN §2 step 7): on revocation or expiry the agreement key is destroyed and
// every data table of the agreement dropped; after the retention period a version's table is
// dropped. Each deletion appends a receipt to the audit log (which versions, how many rows), one per
// side, in the same transaction as the deletion itself.
import type pg from 'pg';
import type { ServiceContext } from '../context.js';
import { lockAgreement } from '../store/agreements.js';
import { destroyAgreementKey } from '../store/agreement-keys.js';
import { appendAuditEvent } from '../store/audit.js';
import { dropDataTable, findDataset, markDeleted, pastRetention, undeletedDatasets } from '../store/datasets.js';
import { inTransaction } from '../store/pool.js';

export interface Actor {
  readonly orgId: string | null;
  readonly role: string;
}

export interface DeletedVersion {
  readonly datasetId: string;
  readonly side: 'brand' | 'partner';
  readonly version: number;
  /** Rows in the table dropped now; 0 for a superseded version (its table went when it was replaced). */
  readonly rowsDeleted: number;
  readonly tableDropped: boolean;
}

/**
 * Destroys the agreement's key and deletes all its data, inside the caller's transaction (which
 * holds the agreement row). Appends `key.destroyed` and a `data.deleted` receipt per side that had
 * data (one with no versions when only the key was destroyed). Returns the receipt.
 */
export async function destroyAgreementData(client: pg.PoolClient, agreementId: string, cause: 'revoked' | 'expired', actor: Actor): Promise<DeletedVersion[]> {
  const keyDestroyed = await destroyAgreementKey(client, agreementId);
  const versions = await undeletedDatasets(client, agreementId);
  const receipt: DeletedVersion[] = [];
  for (const d of versions) {
    const rows = await dropDataTable(client, d.id);
    receipt.push({ datasetId: d.id, side: d.side, version: d.version, rowsDeleted: rows ?? 0, tableDropped: rows !== null });
  }
  await markDeleted(client, versions.map((d) => d.id));
  if (keyDestroyed) {
    await appendAuditEvent(client, { actorOrg: actor.orgId, actorRole: actor.role, action: 'key.destroyed', agreementId, detail: { cause } });
  }
  // One receipt per side: each party reads its own in full (rows deleted are an exact count of its
  // data) and sees only that the other's exists (the disclosure gate elides it).
  for (const side of ['brand', 'partner'] as const) {
    const own = receipt.filter((r) => r.side === side);
    if (own.length === 0) continue;
    await appendAuditEvent(client, {
      actorOrg: actor.orgId,
      actorRole: actor.role,
      action: 'data.deleted',
      agreementId,
      detail: { cause, side, versions: own, tablesDropped: own.filter((r) => r.tableDropped).length, rowsDeleted: own.reduce((n, r) => n + r.rowsDeleted, 0), keyDestroyed },
    });
  }
  if (keyDestroyed && receipt.length === 0) {
    await appendAuditEvent(client, { actorOrg: actor.orgId, actorRole: actor.role, action: 'data.deleted', agreementId, detail: { cause, side: null, versions: [], tablesDropped: 0, rowsDeleted: 0, keyDestroyed } });
  }
  return receipt;
}

/** Drops every published version older than its agreement's retentionDays; returns their ids. */
export async function sweepRetention(ctx: Pick<ServiceContext, 'pool'>, now = new Date()): Promise<string[]> {
  const deleted: string[] = [];
  for (const due of await pastRetention(ctx.pool, now)) {
    const done = await inTransaction(ctx.pool, async (client) => {
      await lockAgreement(client, due.agreementId);
      const d = await findDataset(client, due.id);
      if (d?.status !== 'published') return false;
      const rows = await dropDataTable(client, d.id);
      await markDeleted(client, [d.id]);
      const version: DeletedVersion = { datasetId: d.id, side: d.side, version: d.version, rowsDeleted: rows ?? 0, tableDropped: rows !== null };
      await appendAuditEvent(client, {
        actorOrg: null,
        actorRole: 'system',
        action: 'data.deleted',
        agreementId: d.agreementId,
        detail: { cause: 'retention', side: d.side, retentionDays: due.retentionDays, versions: [version], tablesDropped: version.tableDropped ? 1 : 0, rowsDeleted: version.rowsDeleted, keyDestroyed: false },
      });
      return true;
    });
    if (done) deleted.push(due.id);
  }
  return deleted;
}
