-- Side doors (issue 12). A ledger's cap — budget and δ — is fixed when it opens and can only be
-- lowered by later agreements, so a new agreement with a larger budget cannot re-open a spent ledger.
-- Existing ledgers take the strictest terms of the approved versions between their two parties.
ALTER TABLE privacy_ledgers ADD COLUMN epsilon_budget double precision, ADD COLUMN delta double precision;

UPDATE privacy_ledgers l
   SET epsilon_budget = t.budget, delta = t.delta
  FROM (SELECT x.protected_org, x.recipient_org,
               min((v.document -> 'privacy' ->> 'budget')::double precision) AS budget,
               min((v.document -> 'privacy' ->> 'delta')::double precision) AS delta
          FROM agreements a
          JOIN agreement_versions v ON v.agreement_id = a.id AND v.status IN ('approved', 'superseded')
         CROSS JOIN LATERAL (VALUES (a.brand_org, a.partner_org), (a.partner_org, a.brand_org)) AS x (protected_org, recipient_org)
         GROUP BY 1, 2) t
 WHERE t.protected_org = l.protected_org AND t.recipient_org = l.recipient_org;

-- A ledger no approved version covers has nothing it may spend.
UPDATE privacy_ledgers SET epsilon_budget = 0, delta = 1e-9 WHERE epsilon_budget IS NULL OR delta IS NULL;

ALTER TABLE privacy_ledgers
  ALTER COLUMN epsilon_budget SET NOT NULL,
  ALTER COLUMN delta SET NOT NULL,
  ADD CONSTRAINT privacy_ledgers_cap CHECK (epsilon_budget >= 0 AND delta > 0 AND delta < 1);

-- Auditors are members only while the governing version names them: drop those added by a proposal
-- that was never approved, or by a version since replaced by one that no longer names them.
DELETE FROM agreement_members m
 WHERE m.role = 'auditor'
   AND NOT EXISTS (SELECT 1
                     FROM agreements a
                     JOIN agreement_versions v ON v.agreement_id = a.id AND v.version = a.active_version
                    WHERE a.id = m.agreement_id AND v.document -> 'auditors' ? m.org_id);
