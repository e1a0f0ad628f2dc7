-- Schema snapshot made by `npm run schema:update` from a freshly migrated database. Do not edit.

TABLE agreement_keys
  agreement_id text NOT NULL
  wrapped_key bytea NULL
  created_at timestamp with time zone NOT NULL DEFAULT now()
  destroyed_at timestamp with time zone NULL

TABLE agreement_members
  agreement_id text NOT NULL
  org_id text NOT NULL
  role text NOT NULL

TABLE agreement_versions
  agreement_id text NOT NULL
  version integer NOT NULL
  version_hash text NOT NULL
  document jsonb NOT NULL
  status text NOT NULL
  proposed_by text NOT NULL
  proposed_at timestamp with time zone NOT NULL DEFAULT now()
  approved_by text NULL
  approved_at timestamp with time zone NULL
  valid_until timestamp with time zone NOT NULL

TABLE agreements
  id text NOT NULL
  brand_org text NOT NULL
  partner_org text NOT NULL
  state text NOT NULL
  active_version integer NULL
  created_by text NOT NULL
  created_at timestamp with time zone NOT NULL DEFAULT now()
  state_changed_at timestamp with time zone NOT NULL DEFAULT now()

TABLE audit_events
  seq bigint NOT NULL
  at timestamp with time zone NOT NULL
  actor_org text NULL
  actor_role text NULL
  action text NOT NULL
  agreement_id text NULL
  decision text NULL
  detail jsonb NOT NULL
  prev_hash bytea NOT NULL
  hash bytea NOT NULL

TABLE cleanroom_migrations
  id integer NOT NULL
  name text NOT NULL
  applied_at timestamp with time zone NOT NULL DEFAULT now()

TABLE current_datasets
  agreement_id text NOT NULL
  side text NOT NULL
  dataset_id text NOT NULL
  updated_at timestamp with time zone NOT NULL DEFAULT now()

TABLE datasets
  id text NOT NULL
  agreement_id text NOT NULL
  side text NOT NULL
  version integer NOT NULL
  table_name text NOT NULL
  status text NOT NULL
  rows bigint NULL
  duplicates bigint NULL
  salt_check text NOT NULL
  attributes jsonb NOT NULL
  idempotency_key text NULL
  request_hash text NULL
  result jsonb NULL
  created_by text NOT NULL
  created_at timestamp with time zone NOT NULL DEFAULT now()
  published_at timestamp with time zone NULL
  deleted_at timestamp with time zone NULL
  segment_changes jsonb NULL
  partitions integer NULL

TABLE organizations
  id text NOT NULL
  kind text NOT NULL
  name text NOT NULL
  client_id text NOT NULL
  secret_hash text NOT NULL
  public_key bytea NULL
  public_key_updated_at timestamp with time zone NULL
  created_at timestamp with time zone NOT NULL DEFAULT now()
  previous_secret_hash text NULL
  previous_secret_expires_at timestamp with time zone NULL
  disabled_at timestamp with time zone NULL

TABLE privacy_ledgers
  protected_org text NOT NULL
  recipient_org text NOT NULL
  rho_spent double precision NOT NULL DEFAULT 0
  pure_epsilon_spent double precision NULL
  releases integer NOT NULL DEFAULT 0
  updated_at timestamp with time zone NOT NULL DEFAULT now()
  epsilon_budget double precision NOT NULL
  delta double precision NOT NULL

TABLE releases
  id text NOT NULL
  agreement_id text NOT NULL
  agreement_version integer NOT NULL
  recipient_org text NOT NULL
  protected_org text NOT NULL
  cache_key text NOT NULL
  brand_dataset text NOT NULL
  brand_version integer NOT NULL
  partner_dataset text NOT NULL
  partner_version integer NOT NULL
  request jsonb NOT NULL
  release jsonb NOT NULL
  epsilon_charged double precision NOT NULL
  rho_charged double precision NOT NULL
  created_at timestamp with time zone NOT NULL DEFAULT now()

TABLE revoked_tokens
  jti text NOT NULL
  revoked_by text NOT NULL
  revoked_at timestamp with time zone NOT NULL DEFAULT now()
  forget_after timestamp with time zone NOT NULL

CONSTRAINTS
  agreement_keys.agreement_keys_agreement_id_fkey: FOREIGN KEY (agreement_id) REFERENCES agreements(id)
  agreement_keys.agreement_keys_check: CHECK ((wrapped_key IS NULL) = (destroyed_at IS NOT NULL))
  agreement_keys.agreement_keys_pkey: PRIMARY KEY (agreement_id)
  agreement_keys.agreement_keys_wrapped_key_check: CHECK (wrapped_key IS NULL OR length(wrapped_key) = 60)
  agreement_members.agreement_members_agreement_id_fkey: FOREIGN KEY (agreement_id) REFERENCES agreements(id)
  agreement_members.agreement_members_org_id_fkey: FOREIGN KEY (org_id) REFERENCES organizations(id)
  agreement_members.agreement_members_pkey: PRIMARY KEY (agreement_id, org_id, role)
  agreement_members.agreement_members_role_check: CHECK (role = ANY (ARRAY['brand'::text, 'partner'::text, 'auditor'::text]))
  agreement_versions.agreement_versions_agreement_id_fkey: FOREIGN KEY (agreement_id) REFERENCES agreements(id)
  agreement_versions.agreement_versions_approved_by_fkey: FOREIGN KEY (approved_by) REFERENCES organizations(id)
  agreement_versions.agreement_versions_check: CHECK ((status = ANY (ARRAY['approved'::text, 'superseded'::text])) = (approved_by IS NOT NULL))
  agreement_versions.agreement_versions_pkey: PRIMARY KEY (agreement_id, version)
  agreement_versions.agreement_versions_proposed_by_fkey: FOREIGN KEY (proposed_by) REFERENCES organizations(id)
  agreement_versions.agreement_versions_status_check: CHECK (status = ANY (ARRAY['pending'::text, 'approved'::text, 'superseded'::text, 'withdrawn'::text]))
  agreement_versions.agreement_versions_version_check: CHECK (version > 0)
  agreement_versions.agreement_versions_version_hash_check: CHECK (version_hash ~ '^[0-9a-f]{64}$'::text)
  agreements.agreements_brand_org_fkey: FOREIGN KEY (brand_org) REFERENCES organizations(id)
  agreements.agreements_check: CHECK (brand_org <> partner_org)
  agreements.agreements_created_by_fkey: FOREIGN KEY (created_by) REFERENCES organizations(id)
  agreements.agreements_id_active_version_fkey: FOREIGN KEY (id, active_version) REFERENCES agreement_versions(agreement_id, version) DEFERRABLE INITIALLY DEFERRED
  agreements.agreements_id_check: CHECK (id ~ '^agr_[0-9a-z]{26}$'::text)
  agreements.agreements_partner_org_fkey: FOREIGN KEY (partner_org) REFERENCES organizations(id)
  agreements.agreements_pkey: PRIMARY KEY (id)
  agreements.agreements_state_check: CHECK (state = ANY (ARRAY['draft'::text, 'proposed'::text, 'active'::text, 'suspended'::text, 'revoked'::text, 'expired'::text]))
  audit_events.audit_events_decision_check: CHECK (decision = ANY (ARRAY['allow'::text, 'deny'::text]))
  audit_events.audit_events_hash_check: CHECK (length(hash) = 32)
  audit_events.audit_events_hash_key: UNIQUE (hash)
  audit_events.audit_events_pkey: PRIMARY KEY (seq)
  audit_events.audit_events_prev_hash_check: CHECK (length(prev_hash) = 32)
  audit_events.audit_events_seq_check: CHECK (seq > 0)
  cleanroom_migrations.cleanroom_migrations_pkey: PRIMARY KEY (id)
  current_datasets.current_datasets_agreement_id_fkey: FOREIGN KEY (agreement_id) REFERENCES agreements(id)
  current_datasets.current_datasets_dataset_id_fkey: FOREIGN KEY (dataset_id) REFERENCES datasets(id)
  current_datasets.current_datasets_dataset_id_key: UNIQUE (dataset_id)
  current_datasets.current_datasets_pkey: PRIMARY KEY (agreement_id, side)
  current_datasets.current_datasets_side_check: CHECK (side = ANY (ARRAY['brand'::text, 'partner'::text]))
  datasets.datasets_agreement_id_fkey: FOREIGN KEY (agreement_id) REFERENCES agreements(id)
  datasets.datasets_agreement_id_side_version_key: UNIQUE (agreement_id, side, version)
  datasets.datasets_check: CHECK (table_name = id)
  datasets.datasets_check1: CHECK (status = 'loading'::text OR rows IS NOT NULL AND duplicates IS NOT NULL AND published_at IS NOT NULL AND result IS NOT NULL)
  datasets.datasets_check2: CHECK ((status = 'deleted'::text) = (deleted_at IS NOT NULL))
  datasets.datasets_created_by_fkey: FOREIGN KEY (created_by) REFERENCES organizations(id)
  datasets.datasets_duplicates_check: CHECK (duplicates >= 0)
  datasets.datasets_id_check: CHECK (id ~ '^ds_[0-9a-z]{26}$'::text)
  datasets.datasets_idempotency_key_check: CHECK (length(idempotency_key) >= 1 AND length(idempotency_key) <= 255)
  datasets.datasets_partitions_check: CHECK (partitions IS NULL OR partitions >= 1 AND partitions <= 256)
  datasets.datasets_pkey: PRIMARY KEY (id)
  datasets.datasets_request_hash_check: CHECK (request_hash ~ '^[0-9a-f]{64}$'::text)
  datasets.datasets_rows_check: CHECK (rows >= 0)
  datasets.datasets_salt_check_check: CHECK (salt_check ~ '^[0-9a-f]{64}$'::text)
  datasets.datasets_side_check: CHECK (side = ANY (ARRAY['brand'::text, 'partner'::text]))
  datasets.datasets_status_check: CHECK (status = ANY (ARRAY['loading'::text, 'published'::text, 'superseded'::text, 'deleted'::text]))
  datasets.datasets_table_name_key: UNIQUE (table_name)
  datasets.datasets_version_check: CHECK (version > 0)
  organizations.organizations_client_id_key: UNIQUE (client_id)
  organizations.organizations_id_check: CHECK (id ~ '^org_[0-9a-z]{26}$'::text)
  organizations.organizations_kind_check: CHECK (kind = ANY (ARRAY['admin'::text, 'brand'::text, 'media_partner'::text, 'auditor'::text]))
  organizations.organizations_name_check: CHECK (length(name) >= 1 AND length(name) <= 200)
  organizations.organizations_pkey: PRIMARY KEY (id)
  organizations.organizations_previous_secret_whole: CHECK ((previous_secret_hash IS NULL) = (previous_secret_expires_at IS NULL))
  organizations.organizations_public_key_check: CHECK (public_key IS NULL OR length(public_key) = 32)
  privacy_ledgers.privacy_ledgers_cap: CHECK (epsilon_budget >= 0::double precision AND delta > 0::double precision AND delta < 1::double precision)
  privacy_ledgers.privacy_ledgers_pkey: PRIMARY KEY (protected_org, recipient_org)
  privacy_ledgers.privacy_ledgers_protected_org_fkey: FOREIGN KEY (protected_org) REFERENCES organizations(id)
  privacy_ledgers.privacy_ledgers_pure_epsilon_spent_check: CHECK (pure_epsilon_spent IS NULL OR pure_epsilon_spent >= 0::double precision)
  privacy_ledgers.privacy_ledgers_recipient_org_fkey: FOREIGN KEY (recipient_org) REFERENCES organizations(id)
  privacy_ledgers.privacy_ledgers_releases_check: CHECK (releases >= 0)
  privacy_ledgers.privacy_ledgers_rho_spent_check: CHECK (rho_spent >= 0::double precision)
  releases.releases_agreement_id_fkey: FOREIGN KEY (agreement_id) REFERENCES agreements(id)
  releases.releases_cache_key_check: CHECK (cache_key ~ '^[0-9a-f]{64}$'::text)
  releases.releases_cache_key_key: UNIQUE (cache_key)
  releases.releases_epsilon_charged_check: CHECK (epsilon_charged >= 0::double precision)
  releases.releases_id_check: CHECK (id ~ '^rel_[0-9a-z]{26}$'::text)
  releases.releases_pkey: PRIMARY KEY (id)
  releases.releases_protected_org_fkey: FOREIGN KEY (protected_org) REFERENCES organizations(id)
  releases.releases_recipient_org_fkey: FOREIGN KEY (recipient_org) REFERENCES organizations(id)
  releases.releases_rho_charged_check: CHECK (rho_charged >= 0::double precision)
  revoked_tokens.revoked_tokens_jti_check: CHECK (length(jti) >= 1 AND length(jti) <= 200)
  revoked_tokens.revoked_tokens_pkey: PRIMARY KEY (jti)
  revoked_tokens.revoked_tokens_revoked_by_fkey: FOREIGN KEY (revoked_by) REFERENCES organizations(id)

INDEXES
  CREATE UNIQUE INDEX agreement_keys_pkey ON public.agreement_keys USING btree (agreement_id)
  CREATE INDEX agreement_members_org ON public.agreement_members USING btree (org_id, agreement_id)
  CREATE UNIQUE INDEX agreement_members_pkey ON public.agreement_members USING btree (agreement_id, org_id, role)
  CREATE UNIQUE INDEX agreement_versions_one_pending ON public.agreement_versions USING btree (agreement_id) WHERE (status = 'pending'::text)
  CREATE UNIQUE INDEX agreement_versions_pkey ON public.agreement_versions USING btree (agreement_id, version)
  CREATE UNIQUE INDEX agreements_pkey ON public.agreements USING btree (id)
  CREATE INDEX audit_events_actor ON public.audit_events USING btree (actor_org, seq)
  CREATE INDEX audit_events_agreement ON public.audit_events USING btree (agreement_id, seq)
  CREATE INDEX audit_events_at ON public.audit_events USING btree (at)
  CREATE UNIQUE INDEX audit_events_hash_key ON public.audit_events USING btree (hash)
  CREATE UNIQUE INDEX audit_events_pkey ON public.audit_events USING btree (seq)
  CREATE UNIQUE INDEX cleanroom_migrations_pkey ON public.cleanroom_migrations USING btree (id)
  CREATE UNIQUE INDEX current_datasets_dataset_id_key ON public.current_datasets USING btree (dataset_id)
  CREATE UNIQUE INDEX current_datasets_pkey ON public.current_datasets USING btree (agreement_id, side)
  CREATE UNIQUE INDEX datasets_agreement_id_side_version_key ON public.datasets USING btree (agreement_id, side, version)
  CREATE UNIQUE INDEX datasets_idempotency ON public.datasets USING btree (agreement_id, side, created_by, idempotency_key) WHERE (idempotency_key IS NOT NULL)
  CREATE INDEX datasets_loading ON public.datasets USING btree (created_at) WHERE (status = 'loading'::text)
  CREATE UNIQUE INDEX datasets_pkey ON public.datasets USING btree (id)
  CREATE UNIQUE INDEX datasets_table_name_key ON public.datasets USING btree (table_name)
  CREATE UNIQUE INDEX organizations_client_id_key ON public.organizations USING btree (client_id)
  CREATE UNIQUE INDEX organizations_one_admin ON public.organizations USING btree (kind) WHERE (kind = 'admin'::text)
  CREATE UNIQUE INDEX organizations_pkey ON public.organizations USING btree (id)
  CREATE UNIQUE INDEX privacy_ledgers_pkey ON public.privacy_ledgers USING btree (protected_org, recipient_org)
  CREATE INDEX releases_agreement ON public.releases USING btree (agreement_id, created_at)
  CREATE UNIQUE INDEX releases_cache_key_key ON public.releases USING btree (cache_key)
  CREATE UNIQUE INDEX releases_pkey ON public.releases USING btree (id)
  CREATE INDEX revoked_tokens_forget_after ON public.revoked_tokens USING btree (forget_after)
  CREATE UNIQUE INDEX revoked_tokens_pkey ON public.revoked_tokens USING btree (jti)

TRIGGERS
  CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()
  CREATE TRIGGER audit_events_no_update_delete BEFORE DELETE OR UPDATE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()

FUNCTIONS
CREATE OR REPLACE FUNCTION public.audit_events_append_only()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$function$
