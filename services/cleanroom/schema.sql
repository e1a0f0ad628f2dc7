-- Schema snapshot made by `npm run schema:update` from a freshly migrated database. Do not edit.

TABLE cleanroom_migrations
  id integer NOT NULL
  name text NOT NULL
  applied_at timestamp with time zone NOT NULL DEFAULT now()

TABLE organizations
  id text NOT NULL
  kind text NOT NULL
  name text NOT NULL
  client_id text NOT NULL
  secret_hash text NOT NULL
  public_key bytea NULL
  public_key_updated_at timestamp with time zone NULL
  created_at timestamp with time zone NOT NULL DEFAULT now()

CONSTRAINTS
  cleanroom_migrations.cleanroom_migrations_pkey: PRIMARY KEY (id)
  organizations.organizations_client_id_key: UNIQUE (client_id)
  organizations.organizations_id_check: CHECK (id ~ '^org_[0-9a-z]{26}$'::text)
  organizations.organizations_kind_check: CHECK (kind = ANY (ARRAY['admin'::text, 'brand'::text, 'media_partner'::text, 'auditor'::text]))
  organizations.organizations_name_check: CHECK (length(name) >= 1 AND length(name) <= 200)
  organizations.organizations_pkey: PRIMARY KEY (id)
  organizations.organizations_public_key_check: CHECK (public_key IS NULL OR length(public_key) = 32)

INDEXES
  CREATE UNIQUE INDEX cleanroom_migrations_pkey ON public.cleanroom_migrations USING btree (id)
  CREATE UNIQUE INDEX organizations_client_id_key ON public.organizations USING btree (client_id)
  CREATE UNIQUE INDEX organizations_one_admin ON public.organizations USING btree (kind) WHERE (kind = 'admin'::text)
  CREATE UNIQUE INDEX organizations_pkey ON public.organizations USING btree (id)

TRIGGERS

FUNCTIONS
