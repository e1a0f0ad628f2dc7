// Done means (issue 14, item 1): least privilege. The service connects with its own credentials — a
// login that is a member of the group role the migrations grant to — and that connection cannot
// rewrite the audit log (UPDATE, DELETE, TRUNCATE, `SET session_replication_role`, disabling the
// triggers all fail), while the service's normal work (uploads that create, index, analyze and
// drop dataset tables; insights) runs as it. The superuser-only set-up of the test suite still
// works, with one start-up warning. docker-compose's configuration says the same (read here: no
// Docker on these machines).
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { canBypassAuditLog, roleRisks, SERVICE_ROLE } from '../src/store/roles.js';
import { digests, upload, type Person } from '../../../test/support/data.js';
import { adminQuery, createTestDatabase, dataTables, type TestDatabase } from '../../../test/support/db.js';
import { activeAgreement, testPolicy } from '../../../test/support/policy.js';
import { startTestService, type TestService } from '../../../test/support/service.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const INSUFFICIENT_PRIVILEGE = '42501';

function capture(): { logger: pino.Logger; warnings: () => { msg: string }[] } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { logger: pino({ level: 'warn' }, sink), warnings: () => lines.map((l) => JSON.parse(l) as { level: number; msg: string }).filter((l) => l.level === 40) };
}

const people = (n: number): Person[] => digests(n).map((digest, i) => ({ digest, attributes: { value_tier: i % 2 ? 'high' : 'low' } }));
const partnerPeople = (shared: readonly Person[], n: number): Person[] =>
  [...shared.map((p) => p.digest), ...digests(n)].map((digest, i) => ({ digest, attributes: { device: i % 2 ? 'mobile' : 'tv' } }));

describe('least privilege: the service runs as a restricted login', () => {
  const login = `cleanroom_test_${randomBytes(5).toString('hex')}`;
  let db: TestDatabase;
  let serviceUrl: string;
  let svc: TestService;
  let own: pg.Client;
  const log = capture();

  beforeAll(async () => {
    db = await createTestDatabase();
    // As the embedded start, docker-compose's init SQL or an operator would (roles are cluster-wide).
    await adminQuery(`CREATE ROLE ${login} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '${randomBytes(12).toString('hex')}'`);
    await adminQuery(`GRANT ${SERVICE_ROLE} TO ${login}`);
    const url = new URL(db.url);
    url.username = login;
    url.password = '';
    serviceUrl = url.toString();
    svc = await startTestService({ DATABASE_URL: serviceUrl, DATABASE_MIGRATION_URL: db.url, CLEANROOM_MIN_DATASET_SIZE: '100' }, db, log.logger);
    own = new pg.Client({ connectionString: serviceUrl });
    await own.connect();
  }, 60_000);
  afterAll(async () => {
    await own?.end();
    await svc?.stop();
    await db?.drop();
    await adminQuery(`DROP ROLE IF EXISTS ${login}`);
  });

  it('uploads (tables created, indexed, analyzed, superseded and dropped) and an insight work as that login, with no warning', async () => {
    const [brand, partner] = await Promise.all([svc.createOrg('brand'), svc.createOrg('media_partner')]);
    const agreementId = await activeAgreement(svc, brand, partner, testPolicy({ brand: brand.id, partner: partner.id }));
    expect((await upload(svc, brand.token, agreementId, 'brand', people(400))).status).toBe(201);
    // A second version (different enough to be allowed) supersedes and drops the first.
    const brandData = people(1200);
    const again = await upload(svc, brand.token, agreementId, 'brand', brandData);
    expect(again.status, await again.clone().text()).toBe(201);
    expect((await upload(svc, partner.token, agreementId, 'partner', partnerPeople(brandData, 300))).status).toBe(201);
    const res = await svc.fetch(`/v1/agreements/${agreementId}/insights/overlap`, { method: 'POST', token: brand.token, body: JSON.stringify({ brandAttribute: 'value_tier' }) });
    expect(res.status).toBe(200);

    const sessions = await db.pool.query<{ n: string }>('SELECT count(*) AS n FROM pg_stat_activity WHERE usename = $1 AND datname = current_database()', [login]);
    expect(Number(sessions.rows[0]!.n)).toBeGreaterThan(1); // the service's pool, besides this test's own client
    const owners = await db.pool.query<{ relname: string; owner: string }>(
      `SELECT c.relname, c.relowner::regrole::text AS owner FROM pg_class c WHERE c.relnamespace = 'cleanroom_data'::regnamespace AND c.relkind IN ('r', 'p')`,
    );
    expect(await dataTables(db.pool)).toHaveLength(2); // the superseded version's table was dropped
    expect(owners.rows.length).toBeGreaterThan(2); // the two current versions, with their partitions
    expect(new Set(owners.rows.map((r) => r.owner))).toEqual(new Set([SERVICE_ROLE]));
    expect(log.warnings()).toEqual([]);
  }, 120_000);

  it('the login is not a superuser, owns nothing, and cannot set session_replication_role', async () => {
    const risks = await roleRisks(own);
    expect(risks).toEqual({ role: login, superuser: false, ownsAuditLog: false, canSetReplicationRole: false });
    expect(canBypassAuditLog(risks)).toBe(false);
  });

  it.each([
    ['UPDATE', `UPDATE audit_events SET action = 'forged'`],
    ['DELETE', 'DELETE FROM audit_events'],
    ['TRUNCATE', 'TRUNCATE audit_events'],
    ['SET session_replication_role', 'SET session_replication_role = replica'],
    ['ALTER TABLE … DISABLE TRIGGER', 'ALTER TABLE audit_events DISABLE TRIGGER ALL'],
    ['DROP TABLE', 'DROP TABLE audit_events'],
  ])('%s on the audit log is refused to the service’s own connection', async (_what, sql) => {
    const before = await db.pool.query<{ n: string; last: string }>('SELECT count(*) AS n, max(seq)::text AS last FROM audit_events');
    expect(Number(before.rows[0]!.n)).toBeGreaterThan(0);
    await expect(own.query(sql)).rejects.toMatchObject({ code: INSUFFICIENT_PRIVILEGE });
    const after = await db.pool.query<{ n: string; last: string }>('SELECT count(*) AS n, max(seq)::text AS last FROM audit_events');
    expect(after.rows[0]).toEqual(before.rows[0]);
  });

  it('every table of the schema is granted to the group role (a new table without a grant breaks the embedded start), the audit log INSERT and SELECT only', async () => {
    const { rows } = await db.pool.query<{ table: string; privileges: string[] }>(
      `SELECT c.relname AS table, array(SELECT p FROM unnest(array['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER']) p
                                        WHERE has_table_privilege($1, c.oid, p) ORDER BY p) AS privileges
         FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') ORDER BY 1`,
      [SERVICE_ROLE],
    );
    expect(rows.filter((r) => r.privileges.length === 0).map((r) => r.table)).toEqual([]);
    expect(rows.find((r) => r.table === 'audit_events')?.privileges).toEqual(['INSERT', 'SELECT']);
  });

  it('it may append to and read the log, and nothing outside its grants', async () => {
    await expect(own.query('SELECT count(*) FROM audit_events')).resolves.toBeDefined();
    await expect(own.query('CREATE TABLE public.intruder (x int)')).rejects.toMatchObject({ code: INSUFFICIENT_PRIVILEGE });
    await expect(own.query('DELETE FROM releases')).rejects.toMatchObject({ code: INSUFFICIENT_PRIVILEGE });
    await expect(own.query('DELETE FROM organizations')).rejects.toMatchObject({ code: INSUFFICIENT_PRIVILEGE });
  });
});

describe('one URL only (the test suite, CI): the fallback', () => {
  it('DATABASE_URL alone serves both; DATABASE_MIGRATION_URL alone too; both: each its own', () => {
    const key = randomBytes(32).toString('hex');
    const a = 'postgres://app@db/cleanroom';
    const b = 'postgres://owner@db/cleanroom';
    expect(loadConfig({ DATABASE_URL: a, CLEANROOM_MASTER_KEY: key }).database).toEqual({ kind: 'external', url: a, migrationUrl: a });
    expect(loadConfig({ DATABASE_MIGRATION_URL: b, CLEANROOM_MASTER_KEY: key }).database).toEqual({ kind: 'external', url: b, migrationUrl: b });
    expect(loadConfig({ DATABASE_URL: a, DATABASE_MIGRATION_URL: b, CLEANROOM_MASTER_KEY: key }).database).toEqual({ kind: 'external', url: a, migrationUrl: b });
    expect(loadConfig({}).database).toEqual({ kind: 'embedded' });
  });

  it('a superuser DATABASE_URL starts, with one warning that the log can be bypassed', async () => {
    const log = capture();
    // startTestService's default: DATABASE_URL only, the suite's superuser.
    const svc = await startTestService({}, undefined, log.logger);
    try {
      expect((await svc.fetch('/readyz')).status).toBe(200);
      const warnings = log.warnings();
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatchObject({ superuser: true, ownsAuditLog: true, canSetReplicationRole: true });
      expect(warnings[0]!.msg).toMatch(/can bypass the audit log's protection/);
    } finally {
      await svc.stop();
    }
  }, 60_000);
});

describe("docker-compose's configuration", () => {
  let compose: string;
  let init: string;
  let initPath: string;
  beforeAll(async () => {
    compose = await readFile(`${ROOT}docker-compose.yml`, 'utf8');
    const mount = compose.match(/^\s*-\s*\.\/([^:\s]+\.sql):\/docker-entrypoint-initdb\.d\/[^\s:]+\.sql(:ro)?\s*$/m);
    expect(mount, 'the postgres service mounts an init SQL file into /docker-entrypoint-initdb.d').not.toBeNull();
    initPath = mount![1]!;
    init = await readFile(`${ROOT}${initPath}`, 'utf8');
  });
  const envOf = (name: string): URL => {
    const m = compose.match(new RegExp(`^\\s*${name}:\\s*(postgres://\\S+)\\s*$`, 'm'));
    expect(m, `${name} is set for the service`).not.toBeNull();
    return new URL(m![1]!.replace(/\$\{[^}]+\}/g, 'x'));
  };

  it('the service gets two URLs: a restricted login for DATABASE_URL, the schema owner for DATABASE_MIGRATION_URL', () => {
    const service = envOf('DATABASE_URL');
    const migration = envOf('DATABASE_MIGRATION_URL');
    expect(service.username).toBe('cleanroom_app');
    expect(migration.username).toBe('cleanroom_owner');
    expect(service.host).toBe(migration.host);
    expect(service.pathname).toBe(migration.pathname);
    // Neither is the container's superuser.
    const superuser = compose.match(/^\s*POSTGRES_USER:\s*(\S+)\s*$/m)?.[1];
    expect(superuser).toBeDefined();
    expect([service.username, migration.username]).not.toContain(superuser);
  });

  it('the init SQL makes the owner (no superuser) own the database, and the service login a member of the group role only', () => {
    const sql = init.replace(/--.*$/gm, '');
    expect(sql).toMatch(/CREATE ROLE cleanroom_owner LOGIN NOSUPERUSER\b[^;]*PASSWORD :'owner_password'/);
    expect(sql).toMatch(new RegExp(`CREATE ROLE ${SERVICE_ROLE} NOLOGIN\\b`));
    expect(sql).toMatch(new RegExp(`CREATE ROLE cleanroom_app LOGIN NOSUPERUSER\\b[^;]*PASSWORD :'service_password'[^;]*IN ROLE ${SERVICE_ROLE}\\b`));
    expect(sql).toMatch(/ALTER DATABASE cleanroom OWNER TO cleanroom_owner/);
    expect(sql).not.toMatch(/\bSUPERUSER\b(?<!NOSUPERUSER)/);
    expect(sql).not.toMatch(/session_replication_role|GRANT\s+SET/i);
    // The passwords come from the postgres container's environment, as compose passes them.
    const variables = [...sql.matchAll(/\\getenv \w+ (\w+)/g)].map((m) => m[1]!);
    expect(variables).toHaveLength(2);
    for (const name of variables) expect(compose).toMatch(new RegExp(`^\\s*${name}:`, 'm'));
  });
});
