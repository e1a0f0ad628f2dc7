// The database roles (migration 000008, DESIGN §7 "Least privilege"): the group role that holds the
// service's rights, the login the embedded database gives the service, and the start-up check that
// the service's own role cannot bypass the audit log's protection.
import pg from 'pg';

type Queryable = pg.Pool | pg.PoolClient | pg.Client;

/** The NOLOGIN group role the migrations grant to; the service logs in as a member of it. */
export const SERVICE_ROLE = 'cleanroom_service';
/** The service's login on the embedded cluster (the superuser runs the migrations). */
export const EMBEDDED_SERVICE_LOGIN = 'cleanroom_app';

/** What the connected role could do to the audit log beyond appending and reading. */
export interface RoleRisks {
  readonly role: string;
  readonly superuser: boolean;
  /** Owner (or member of the owner) of audit_events: may disable its triggers. */
  readonly ownsAuditLog: boolean;
  /** May `SET session_replication_role = replica`, which silences the triggers. */
  readonly canSetReplicationRole: boolean;
}

export async function roleRisks(db: Queryable): Promise<RoleRisks> {
  const { rows } = await db.query<{ role: string; superuser: boolean; owns: boolean; replication: boolean }>(
    `SELECT current_user AS role, r.rolsuper AS superuser,
            pg_has_role(current_user, c.relowner, 'USAGE') AS owns,
            has_parameter_privilege('session_replication_role', 'SET') AS replication
       FROM pg_roles r CROSS JOIN pg_class c
      WHERE r.rolname = current_user AND c.oid = 'audit_events'::regclass`,
  );
  const r = rows[0]!;
  return { role: r.role, superuser: r.superuser, ownsAuditLog: r.owns, canSetReplicationRole: r.replication };
}

export const canBypassAuditLog = (r: RoleRisks): boolean => r.superuser || r.ownsAuditLog || r.canSetReplicationRole;

/**
 * Creates (or resets the password of) a login role that is a member of SERVICE_ROLE and nothing
 * else. Run by a role allowed to create roles, after the migrations (which create SERVICE_ROLE).
 */
export async function ensureServiceLogin(db: Queryable, login: string, password: string): Promise<void> {
  const name = pg.escapeIdentifier(login);
  const { rows } = await db.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [login]);
  const attributes = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT PASSWORD ${pg.escapeLiteral(password)}`;
  await db.query(rows.length === 0 ? `CREATE ROLE ${name} ${attributes}` : `ALTER ROLE ${name} ${attributes}`);
  await db.query(`GRANT ${SERVICE_ROLE} TO ${name}`);
}
