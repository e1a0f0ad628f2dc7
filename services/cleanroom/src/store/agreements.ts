// Data access for agreements, their versions and members (the ledgers are in ledgers.ts).
import type pg from 'pg';
import type { PolicyDocument, AgreementState } from '@cleanroom/policies';

type Queryable = pg.Pool | pg.PoolClient;

export interface AgreementRow {
  readonly id: string;
  readonly brandOrg: string;
  readonly partnerOrg: string;
  readonly state: AgreementState;
  readonly activeVersion: number | null;
  readonly createdBy: string;
  readonly createdAt: Date;
  readonly stateChangedAt: Date;
}

export interface VersionRow {
  readonly agreementId: string;
  readonly version: number;
  readonly versionHash: string;
  readonly document: PolicyDocument;
  readonly status: 'pending' | 'approved' | 'superseded' | 'withdrawn';
  readonly proposedBy: string;
  readonly proposedAt: Date;
  readonly approvedBy: string | null;
  readonly approvedAt: Date | null;
}

export interface AgreementDb {
  id: string;
  brand_org: string;
  partner_org: string;
  state: AgreementState;
  active_version: number | null;
  created_by: string;
  created_at: Date;
  state_changed_at: Date;
}

interface VersionDb {
  agreement_id: string;
  version: number;
  version_hash: string;
  document: PolicyDocument;
  status: VersionRow['status'];
  proposed_by: string;
  proposed_at: Date;
  approved_by: string | null;
  approved_at: Date | null;
}

const A_COLS = 'id, brand_org, partner_org, state, active_version, created_by, created_at, state_changed_at';
const V_COLS = 'agreement_id, version, version_hash, document, status, proposed_by, proposed_at, approved_by, approved_at';

export const toAgreement = (r: AgreementDb): AgreementRow => ({
  id: r.id,
  brandOrg: r.brand_org,
  partnerOrg: r.partner_org,
  state: r.state,
  activeVersion: r.active_version,
  createdBy: r.created_by,
  createdAt: r.created_at,
  stateChangedAt: r.state_changed_at,
});

const toVersion = (r: VersionDb): VersionRow => ({
  agreementId: r.agreement_id,
  version: r.version,
  versionHash: r.version_hash,
  document: r.document,
  status: r.status,
  proposedBy: r.proposed_by,
  proposedAt: r.proposed_at,
  approvedBy: r.approved_by,
  approvedAt: r.approved_at,
});

export async function insertAgreement(db: Queryable, a: { id: string; brandOrg: string; partnerOrg: string; state: AgreementState; createdBy: string }): Promise<AgreementRow> {
  const { rows } = await db.query<AgreementDb>(
    `INSERT INTO agreements (id, brand_org, partner_org, state, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING ${A_COLS}`,
    [a.id, a.brandOrg, a.partnerOrg, a.state, a.createdBy],
  );
  return toAgreement(rows[0]!);
}

export async function insertVersion(db: Queryable, v: { agreementId: string; version: number; versionHash: string; document: PolicyDocument; proposedBy: string }): Promise<VersionRow> {
  const { rows } = await db.query<VersionDb>(
    `INSERT INTO agreement_versions (agreement_id, version, version_hash, document, status, proposed_by, valid_until)
     VALUES ($1, $2, $3, $4, 'pending', $5, $6) RETURNING ${V_COLS}`,
    [v.agreementId, v.version, v.versionHash, JSON.stringify(v.document), v.proposedBy, v.document.validUntil],
  );
  return toVersion(rows[0]!);
}

/**
 * Makes `auditors` the agreement's auditors: membership follows the governing version, so an auditor
 * named only in a pending proposal is not a member, and one a newer approved version drops is removed.
 */
export async function setAuditors(db: Queryable, agreementId: string, auditors: readonly string[]): Promise<void> {
  await db.query(`DELETE FROM agreement_members WHERE agreement_id = $1 AND role = 'auditor' AND NOT (org_id = ANY($2::text[]))`, [agreementId, auditors]);
  await addMembers(db, agreementId, auditors.map((orgId) => ({ orgId, role: 'auditor' as const })));
}

/** The parties and governing auditors of each agreement named (for the disclosure gate). */
export async function membershipsOf(db: Queryable, agreementIds: readonly string[]): Promise<Map<string, { brand: string; partner: string; auditors: string[] }>> {
  const { rows } = await db.query<{ id: string; brand_org: string; partner_org: string; auditors: string[] }>(
    `SELECT a.id, a.brand_org, a.partner_org,
            ARRAY(SELECT m.org_id FROM agreement_members m WHERE m.agreement_id = a.id AND m.role = 'auditor' ORDER BY m.org_id) AS auditors
       FROM agreements a WHERE a.id = ANY($1::text[])`,
    [agreementIds],
  );
  return new Map(rows.map((r) => [r.id, { brand: r.brand_org, partner: r.partner_org, auditors: r.auditors }]));
}

export async function addMembers(db: Queryable, agreementId: string, members: readonly { orgId: string; role: 'brand' | 'partner' | 'auditor' }[]): Promise<void> {
  for (const m of members) {
    await db.query('INSERT INTO agreement_members (agreement_id, org_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [agreementId, m.orgId, m.role]);
  }
}

/** Locks the agreement row for the rest of the transaction (state changes are serialised per agreement). */
export async function lockAgreement(client: pg.PoolClient, id: string): Promise<AgreementRow | undefined> {
  const { rows } = await client.query<AgreementDb>(`SELECT ${A_COLS} FROM agreements WHERE id = $1 FOR UPDATE`, [id]);
  return rows[0] && toAgreement(rows[0]);
}

/** The agreement held against state changes until the transaction ends (a release decides on it). */
export async function shareLockAgreement(client: pg.PoolClient, id: string): Promise<AgreementRow | undefined> {
  const { rows } = await client.query<AgreementDb>(`SELECT ${A_COLS} FROM agreements WHERE id = $1 FOR SHARE`, [id]);
  return rows[0] && toAgreement(rows[0]);
}

export async function findAgreement(db: Queryable, id: string): Promise<AgreementRow | undefined> {
  const { rows } = await db.query<AgreementDb>(`SELECT ${A_COLS} FROM agreements WHERE id = $1`, [id]);
  return rows[0] && toAgreement(rows[0]);
}

export async function listVersions(db: Queryable, agreementId: string): Promise<VersionRow[]> {
  const { rows } = await db.query<VersionDb>(`SELECT ${V_COLS} FROM agreement_versions WHERE agreement_id = $1 ORDER BY version`, [agreementId]);
  return rows.map(toVersion);
}

export async function setState(db: Queryable, id: string, state: AgreementState): Promise<void> {
  await db.query('UPDATE agreements SET state = $2, state_changed_at = now() WHERE id = $1', [id, state]);
}

/** Marks `version` approved, supersedes the one it replaces, and makes it govern the agreement. */
export async function approveVersion(db: Queryable, agreementId: string, version: number, approvedBy: string): Promise<void> {
  await db.query(`UPDATE agreement_versions SET status = 'superseded' WHERE agreement_id = $1 AND status = 'approved'`, [agreementId]);
  await db.query(
    `UPDATE agreement_versions SET status = 'approved', approved_by = $3, approved_at = now() WHERE agreement_id = $1 AND version = $2`,
    [agreementId, version, approvedBy],
  );
  await db.query('UPDATE agreements SET active_version = $2 WHERE id = $1', [agreementId, version]);
}

export async function withdrawPending(db: Queryable, agreementId: string): Promise<void> {
  await db.query(`UPDATE agreement_versions SET status = 'withdrawn' WHERE agreement_id = $1 AND status = 'pending'`, [agreementId]);
}

export async function memberRoles(db: Queryable, agreementId: string, orgId: string): Promise<('brand' | 'partner' | 'auditor')[]> {
  const { rows } = await db.query<{ role: 'brand' | 'partner' | 'auditor' }>('SELECT role FROM agreement_members WHERE agreement_id = $1 AND org_id = $2', [agreementId, orgId]);
  return rows.map((r) => r.role);
}

export async function listAgreementsFor(db: Queryable, orgId: string | null): Promise<AgreementRow[]> {
  const { rows } =
    orgId === null
      ? await db.query<AgreementDb>(`SELECT ${A_COLS} FROM agreements ORDER BY created_at DESC, id`)
      : await db.query<AgreementDb>(
          `SELECT ${A_COLS} FROM agreements WHERE id IN (SELECT agreement_id FROM agreement_members WHERE org_id = $1) ORDER BY created_at DESC, id`,
          [orgId],
        );
  return rows.map(toAgreement);
}

export async function auditorsOf(db: Queryable, agreementId: string): Promise<string[]> {
  const { rows } = await db.query<{ org_id: string }>(`SELECT org_id FROM agreement_members WHERE agreement_id = $1 AND role = 'auditor' ORDER BY org_id`, [agreementId]);
  return rows.map((r) => r.org_id);
}

/** Active agreements whose governing version has passed its validUntil (for the sweeper). */
export async function findExpiredActive(db: Queryable, now: Date): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT a.id FROM agreements a
       LEFT JOIN agreement_versions v ON v.agreement_id = a.id AND v.version = a.active_version
      WHERE (a.state IN ('active', 'suspended') AND v.valid_until <= $1)
         OR (a.state = 'proposed' AND NOT EXISTS (
               SELECT 1 FROM agreement_versions p WHERE p.agreement_id = a.id AND p.status = 'pending' AND p.valid_until > $1))`,
    [now],
  );
  return rows.map((r) => r.id);
}
