-- Least privilege (DESIGN §7, issue 14). Migrations run as the schema owner; the service connects
-- as a login role that is a member of the group role cleanroom_service, which holds only what the
-- service needs. On the audit log that is INSERT and SELECT: no UPDATE, DELETE or TRUNCATE, no
-- ownership (an owner could disable the append-only triggers), and, not being a superuser, no
-- `SET session_replication_role` (which would silence them).
--
-- Dataset tables: cleanroom_service has USAGE and CREATE on the schema cleanroom_data, and owns
-- the per-version tables there (store/datasets.ts hands each new table and partition to it). We
-- chose a group role that owns them over SECURITY DEFINER functions because an upload does more
-- than create and drop: COPY (FREEZE needs the table created in the same transaction by the
-- session), ALTER TABLE … ADD PRIMARY KEY, DELETE of repeated ids, ANALYZE — each would need a
-- definer function building DDL from names and running with its owner's rights (the audit log's
-- owner's): a larger and more dangerous surface than ownership of tables that hold nothing but
-- re-keyed tokens. Owning them lets the service do exactly that, and nothing in the public schema.
--
-- Roles are cluster-wide, migrations per database: the group role is created here (NOLOGIN) only
-- when absent, so that many databases on one cluster share it; the login role that is a member of
-- it is made by the embedded start, by docker-compose's init SQL, or by the operator (README).
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cleanroom_service') THEN
    CREATE ROLE cleanroom_service NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
  END IF;
EXCEPTION
  -- Another database's migration created it at the same moment.
  WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

GRANT SELECT ON cleanroom_migrations TO cleanroom_service;

GRANT SELECT, INSERT ON audit_events TO cleanroom_service;
GRANT SELECT, INSERT ON releases TO cleanroom_service;
GRANT SELECT, INSERT, UPDATE ON organizations, agreements, agreement_versions, privacy_ledgers, agreement_keys TO cleanroom_service;
GRANT SELECT, INSERT, DELETE ON agreement_members TO cleanroom_service;
GRANT SELECT, INSERT, UPDATE, DELETE ON datasets, current_datasets TO cleanroom_service;

GRANT USAGE, CREATE ON SCHEMA cleanroom_data TO cleanroom_service;

-- Tables loaded before this migration belong to whoever created them: hand them to the group role
-- (which PostgreSQL allows a member of it: the owner becomes one if it must, having more already).
DO $$
DECLARE
  r record;
BEGIN
  IF EXISTS (SELECT 1 FROM pg_class WHERE relnamespace = 'cleanroom_data'::regnamespace AND relkind IN ('r', 'p'))
     AND NOT pg_has_role(current_user, 'cleanroom_service', 'MEMBER') THEN
    EXECUTE format('GRANT cleanroom_service TO %I', current_user);
  END IF;
  FOR r IN SELECT c.relname FROM pg_class c
            WHERE c.relnamespace = 'cleanroom_data'::regnamespace AND c.relkind IN ('r', 'p')
              AND c.relowner <> 'cleanroom_service'::regrole
  LOOP
    EXECUTE format('ALTER TABLE cleanroom_data.%I OWNER TO cleanroom_service', r.relname);
  END LOOP;
END
$$;
