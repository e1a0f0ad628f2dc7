-- Releases: every answer that left the room, keyed by (canonical request, agreement version, data
-- versions, recipient) so the same question on the same data returns the stored release and spends
-- nothing (DESIGN §5 rule 6). A release holds only noisy aggregates.
CREATE TABLE releases (
  id                text PRIMARY KEY CHECK (id ~ '^rel_[0-9a-z]{26}$'),
  agreement_id      text NOT NULL REFERENCES agreements (id),
  agreement_version integer NOT NULL,
  recipient_org     text NOT NULL REFERENCES organizations (id),
  protected_org     text NOT NULL REFERENCES organizations (id),
  cache_key         text NOT NULL UNIQUE CHECK (cache_key ~ '^[0-9a-f]{64}$'),
  brand_dataset     text NOT NULL,
  brand_version     integer NOT NULL,
  partner_dataset   text NOT NULL,
  partner_version   integer NOT NULL,
  request           jsonb NOT NULL,
  release           jsonb NOT NULL,
  epsilon_charged   double precision NOT NULL CHECK (epsilon_charged >= 0),
  rho_charged       double precision NOT NULL CHECK (rho_charged >= 0),
  created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX releases_agreement ON releases (agreement_id, created_at);
