// What an insight request is decided on — the agreement, the caller's membership, the governing
// version, both parties' current datasets and the caller's privacy ledger — read in one statement.
// The same rows agreements.ts, datasets.ts and the ledger queries read one by one; together because a
// cached answer is the hot path (npm run bench:load) and every query is a round trip through the
// kernel on both sides. Read-only; one statement sees one snapshot.
import type pg from 'pg';
import type { LedgerSnapshot, PolicyDocument } from '@cleanroom/policies';
import { toAgreement, type AgreementRow, type VersionRow } from './agreements.js';
import { toLedger } from './ledgers.js';
import { toCurrentDataset, type CurrentDataset, type DatasetAttributeColumn, type DatasetSide } from './datasets.js';

export interface InsightSituationRow {
  readonly agreement: AgreementRow;
  /** The caller's roles in the agreement (none: not a member). */
  readonly roles: readonly ('brand' | 'partner' | 'auditor')[];
  /** The version named by active_version, if any. */
  readonly governing: VersionRow | undefined;
  readonly datasets: { brand: CurrentDataset | null; partner: CurrentDataset | null };
  /** The ledger of (the other party's data, the caller); null when no approval has opened it. */
  readonly ledger: LedgerSnapshot | null;
}

interface Db {
  id: string;
  brand_org: string;
  partner_org: string;
  state: AgreementRow['state'];
  active_version: number | null;
  created_by: string;
  created_at: Date;
  state_changed_at: Date;
  roles: ('brand' | 'partner' | 'auditor')[];
  v_version: number | null;
  v_version_hash: string | null;
  v_document: PolicyDocument | null;
  v_status: VersionRow['status'] | null;
  v_proposed_by: string | null;
  v_proposed_at: Date | null;
  v_approved_by: string | null;
  v_approved_at: Date | null;
  datasets: { side: DatasetSide; id: string; version: number; rows: number; salt_check: string; attributes: DatasetAttributeColumn[]; segment_changes: CurrentDataset['segmentChanges'] }[];
  rho_spent: number | null;
  pure_epsilon_spent: number | null;
  releases: number | null;
  epsilon_budget: number | null;
  delta: number | null;
}

// The protected party is the other one: the brand's data when the partner asks, else the partner's
// (as insights.ts derives it).
const SQL = `
SELECT a.id, a.brand_org, a.partner_org, a.state, a.active_version, a.created_by, a.created_at, a.state_changed_at,
       ARRAY(SELECT m.role FROM agreement_members m WHERE m.agreement_id = a.id AND m.org_id = $2 ORDER BY m.role) AS roles,
       v.version AS v_version, v.version_hash AS v_version_hash, v.document AS v_document, v.status AS v_status,
       v.proposed_by AS v_proposed_by, v.proposed_at AS v_proposed_at, v.approved_by AS v_approved_by, v.approved_at AS v_approved_at,
       COALESCE((SELECT json_agg(json_build_object('side', c.side, 'id', d.id, 'version', d.version, 'rows', d.rows,
                                                   'salt_check', d.salt_check, 'attributes', d.attributes,
                                                   'segment_changes', d.segment_changes))
                   FROM current_datasets c JOIN datasets d ON d.id = c.dataset_id
                  WHERE c.agreement_id = a.id AND d.status = 'published'), '[]'::json) AS datasets,
       l.rho_spent, l.pure_epsilon_spent, l.releases, l.epsilon_budget, l.delta
  FROM agreements a
  LEFT JOIN agreement_versions v ON v.agreement_id = a.id AND v.version = a.active_version
  LEFT JOIN privacy_ledgers l ON l.recipient_org = $2
                             AND l.protected_org = CASE WHEN a.partner_org = $2 THEN a.brand_org ELSE a.partner_org END
 WHERE a.id = $1`;

export async function readInsightSituation(db: pg.Pool | pg.PoolClient, agreementId: string, orgId: string): Promise<InsightSituationRow | undefined> {
  // Named: each connection parses and plans it once, not on every request.
  const { rows } = await db.query<Db>({ name: 'insight-situation', text: SQL, values: [agreementId, orgId] });
  const r = rows[0];
  if (!r) return undefined;
  const datasets: InsightSituationRow['datasets'] = { brand: null, partner: null };
  for (const d of r.datasets) {
    datasets[d.side] = toCurrentDataset(d);
  }
  return {
    agreement: toAgreement(r),
    roles: r.roles,
    governing:
      r.v_version === null
        ? undefined
        : {
            agreementId: r.id,
            version: r.v_version,
            versionHash: r.v_version_hash!,
            document: r.v_document!,
            status: r.v_status!,
            proposedBy: r.v_proposed_by!,
            proposedAt: r.v_proposed_at!,
            approvedBy: r.v_approved_by,
            approvedAt: r.v_approved_at,
          },
    datasets,
    ledger:
      r.releases === null
        ? null
        : toLedger({ rho_spent: r.rho_spent!, pure_epsilon_spent: r.pure_epsilon_spent, releases: r.releases, epsilon_budget: r.epsilon_budget!, delta: r.delta! }),
  };
}
