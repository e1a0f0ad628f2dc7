-- Data agreements: each version of the policy document both parties sign, who is party to what,
-- the privacy ledgers, and the append-only, hash-chained audit log.
CREATE TABLE agreements (
  id               text PRIMARY KEY CHECK (id ~ '^agr_[0-9a-z]{26}$'),
  brand_org        text NOT NULL REFERENCES organizations (id),
  partner_org      text NOT NULL REFERENCES organizations (id),
  state            text NOT NULL CHECK (state IN ('draft', 'proposed', 'active', 'suspended', 'revoked', 'expired')),
  active_version   integer,
  created_by       text NOT NULL REFERENCES organizations (id),
  created_at       timestamptz NOT NULL DEFAULT now(),
  state_changed_at timestamptz NOT NULL DEFAULT now(),
  CHECK (brand_org <> partner_org)
);

CREATE TABLE agreement_versions (
  agreement_id  text NOT NULL REFERENCES agreements (id),
  version       integer NOT NULL CHECK (version > 0),
  version_hash  text NOT NULL CHECK (version_hash ~ '^[0-9a-f]{64}$'),
  document      jsonb NOT NULL,
  status        text NOT NULL CHECK (status IN ('pending', 'approved', 'superseded', 'withdrawn')),
  proposed_by   text NOT NULL REFERENCES organizations (id),
  proposed_at   timestamptz NOT NULL DEFAULT now(),
  approved_by   text REFERENCES organizations (id),
  approved_at   timestamptz,
  valid_until   timestamptz NOT NULL,
  PRIMARY KEY (agreement_id, version),
  CHECK ((status IN ('approved', 'superseded')) = (approved_by IS NOT NULL))
);

-- At most one version awaits approval at a time.
CREATE UNIQUE INDEX agreement_versions_one_pending ON agreement_versions (agreement_id) WHERE status = 'pending';

ALTER TABLE agreements
  ADD FOREIGN KEY (id, active_version) REFERENCES agreement_versions (agreement_id, version) DEFERRABLE INITIALLY DEFERRED;

-- Who deals with whom: the parties and auditors named by any version of an agreement.
CREATE TABLE agreement_members (
  agreement_id text NOT NULL REFERENCES agreements (id),
  org_id       text NOT NULL REFERENCES organizations (id),
  role         text NOT NULL CHECK (role IN ('brand', 'partner', 'auditor')),
  PRIMARY KEY (agreement_id, org_id, role)
);
CREATE INDEX agreement_members_org ON agreement_members (org_id, agreement_id);

-- One privacy ledger per (protected party's data, recipient), spanning agreements; never refreshed.
CREATE TABLE privacy_ledgers (
  protected_org      text NOT NULL REFERENCES organizations (id),
  recipient_org      text NOT NULL REFERENCES organizations (id),
  rho_spent          double precision NOT NULL DEFAULT 0 CHECK (rho_spent >= 0),
  pure_epsilon_spent double precision CHECK (pure_epsilon_spent IS NULL OR pure_epsilon_spent >= 0),
  releases           integer NOT NULL DEFAULT 0 CHECK (releases >= 0),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (protected_org, recipient_org)
);

-- The audit log. Each event's hash = SHA-256(prev_hash ‖ canonical event); appended under an
-- advisory lock so the chain never forks. agreement_id is not a foreign key: events outlive data.
CREATE TABLE audit_events (
  seq          bigint PRIMARY KEY CHECK (seq > 0),
  at           timestamptz NOT NULL,
  actor_org    text,
  actor_role   text,
  action       text NOT NULL,
  agreement_id text,
  decision     text CHECK (decision IN ('allow', 'deny')),
  detail       jsonb NOT NULL,
  prev_hash    bytea NOT NULL CHECK (length(prev_hash) = 32),
  hash         bytea NOT NULL UNIQUE CHECK (length(hash) = 32)
);
CREATE INDEX audit_events_agreement ON audit_events (agreement_id, seq);
CREATE INDEX audit_events_actor ON audit_events (actor_org, seq);
CREATE INDEX audit_events_at ON audit_events (at);

CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_events_no_update_delete BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
