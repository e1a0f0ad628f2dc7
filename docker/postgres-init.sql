-- docker-compose: run once by the postgres image on an empty volume (/docker-entrypoint-initdb.d,
-- as POSTGRES_USER on POSTGRES_DB). Makes the two roles of DESIGN §7 "Least privilege":
--   cleanroom_owner  owns the database and runs the migrations (DATABASE_MIGRATION_URL);
--   cleanroom_app    the service's login (DATABASE_URL): a member of cleanroom_service only, the
--                    group role migration 000008 grants to (INSERT and SELECT on the audit log).
-- Neither is a superuser; the superuser (POSTGRES_USER) is for the DBA, not for the service.
-- Passwords come from the container's environment (psql 15's \getenv), set by docker-compose.yml.
\set ON_ERROR_STOP on
\getenv owner_password CLEANROOM_DB_OWNER_PASSWORD
\getenv service_password CLEANROOM_DB_PASSWORD

CREATE ROLE cleanroom_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'owner_password';
CREATE ROLE cleanroom_service NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
CREATE ROLE cleanroom_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT PASSWORD :'service_password' IN ROLE cleanroom_service;

-- The owner of the database also owns its public schema (PostgreSQL 15: pg_database_owner).
ALTER DATABASE cleanroom OWNER TO cleanroom_owner;
