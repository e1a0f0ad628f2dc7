// Property-based fuzzing of every operation in the contract (issue 8, hostile input) against the real
// service on a real database: bodies, query strings, path parameters and headers generated from each
// operation's zod schemas — valid enough to reach handlers, the database and the policy engine, with
// hostile parts mixed in — plus arbitrary JSON and bytes, with tokens of every role, forged, tampered
// and missing. Every answer must be below 500, every error application/problem+json with a
// urn:cleanroom:problem: type and nothing internal in it; afterwards the audit chain still verifies.
// At least 10,000 requests a run (FUZZ_REQUESTS to change, FUZZ_SEED to replay a run).
import { createPrivateKey, generateKeyPairSync, sign } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations, verifyChain, type Operation } from '@cleanroom/contracts';
import { issueAccessToken } from '../../services/cleanroom/src/auth/tokens.js';
import { allAuditEvents } from '../../services/cleanroom/src/store/audit.js';
import { digests, SALT_CHECK, upload, type Person } from '../support/data.js';
import { testPolicy } from '../support/policy.js';
import { startTestService, type OrgHandle, type TestService } from '../support/service.js';
import { deepValue, fromSchema, invalidUtf8, oddStrings, pathParam, percentEncode, queryString, rarely, wrongValue, type Pools } from './arbitraries.js';
import { answerProblems, keepAliveAgent, send, type RawRequest } from './http.js';

const TOTAL = Number(process.env.FUZZ_REQUESTS ?? 10_000);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
/** Operations fuzzed at once (each property runs its requests one after another). */
const CONCURRENCY = 6;
const UPLOAD_LIMIT = 256 * 1024;

const b64url = (v: unknown): string => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');

/** The failing request, abbreviated (bodies can be a megabyte), and what was wrong with its answer. */
function describeFailure(result: fc.RunDetails<[RawRequest]>): string {
  const req = result.counterexample?.[0];
  const cut = (v: unknown, n: number): string => {
    const text = Buffer.isBuffer(v) ? `<${v.length} bytes> ${v.toString('latin1')}` : String(v);
    return text.length > n ? `${text.slice(0, n)}… (${text.length} chars)` : text;
  };
  const error = result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
  if (!req) return cut(error, 2000);
  return `${cut(error, 1500)}\n  request: ${req.method} ${cut(req.path, 300)}\n  headers: ${cut(JSON.stringify(req.headers), 600)}\n  body: ${cut(req.body, 400)}`;
}

/** Requests sent and answers by status, over the whole file. */
const statuses = new Map<number, number>();
const perOperation = new Map<string, Map<number, number>>();
const histogram = (m: ReadonlyMap<number, number>): string => [...m].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}: ${n}`).join(', ');
let sent = 0;

describe('fuzzing every operation of the contract', () => {
  let svc: TestService;
  let brand: OrgHandle;
  let partner: OrgHandle;
  let auditor: OrgHandle;
  let outsider: OrgHandle;
  let main: string;
  let adminToken: string;
  const agent = keepAliveAgent(CONCURRENCY + 2);
  const pools = new Map<string, string[]>();
  const revocable: string[] = [];
  let authorizations: string[] = [];
  let basicCredentials: string[] = [];

  beforeAll(async () => {
    svc = await startTestService({ CLEANROOM_MIN_DATASET_SIZE: '100', CLEANROOM_MIN_COHORT_FLOOR: '10', CLEANROOM_UPLOAD_LIMIT_BYTES: String(UPLOAD_LIMIT) });
    [brand, partner, auditor, outsider] = await Promise.all([svc.createOrg('brand'), svc.createOrg('media_partner'), svc.createOrg('auditor'), svc.createOrg('brand')]);
    const policy = testPolicy(
      { brand: brand.id, partner: partner.id, auditors: [auditor.id] },
      {
        purpose: 'Fuzzing',
        partnerAttributes: { content_category: { maxValuesPerId: 2 }, device: {} },
        minCohort: 10,
        privacy: { mechanism: 'discrete-gaussian', epsilonPerRelease: 0.5, budget: 100, delta: 1e-9 },
        attributeValues: { value_tier: ['high', 'mid', 'low'], content_category: ['news', 'sports', 'cooking'], device: ['mobile', 'tv'] },
      },
    );
    const post = async (path: string, token: string, body: unknown): Promise<{ id: string; pendingVersionHash: string; activeVersionHash: string | null }> => {
      const res = await svc.fetch(path, { method: 'POST', token, body: JSON.stringify(body) });
      if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as never;
    };
    const activeAgreement = async (): Promise<{ id: string; versionHash: string }> => {
      const proposed = await post('/v1/agreements', brand.token, policy);
      await post(`/v1/agreements/${proposed.id}/approve`, partner.token, { versionHash: proposed.pendingVersionHash });
      return { id: proposed.id, versionHash: proposed.pendingVersionHash };
    };
    const active = await activeAgreement();
    main = active.id;
    const pending = await post('/v1/agreements', brand.token, { ...policy, purpose: 'Fuzzing: awaiting approval' });
    revocable.push((await activeAgreement()).id, (await activeAgreement()).id);

    // Data on both sides of the main agreement and one cached insight, so insight requests reach the store.
    const ids = digests(400);
    const brandRows: Person[] = ids.slice(0, 300).map((digest, i) => ({ digest, attributes: { value_tier: ['high', 'mid', 'low'][i % 3]! } }));
    const partnerRows: Person[] = ids.slice(100).map((digest, i) => ({ digest, attributes: { content_category: [['news', 'sports', 'cooking'][i % 3]!], device: ['mobile', 'tv'][i % 2]! } }));
    expect((await upload(svc, brand.token, main, 'brand', brandRows)).status).toBe(201);
    expect((await upload(svc, partner.token, main, 'partner', partnerRows)).status).toBe(201);
    expect((await svc.fetch(`/v1/agreements/${main}/insights/overlap`, { method: 'POST', token: brand.token, body: '{}' })).status).toBe(200);

    const publicKey = generateKeyPairSync('x25519').publicKey.export({ format: 'jwk' }).x!;
    const orgIds = [brand.id, partner.id, auditor.id, outsider.id];
    pools.set('^org_[0-9a-z]{26}$', orgIds);
    pools.set('^agr_[0-9a-z]{26}$', [main, pending.id]);
    pools.set('^[0-9a-f]{64}$', [pending.pendingVersionHash, active.versionHash, SALT_CHECK]);
    pools.set('^[A-Za-z0-9_-]{43}$', [publicKey]);
    pools.set('^[a-z][a-z0-9_]{0,39}$', ['value_tier', 'content_category', 'device', 'lifecycle']);
    pools.set('^[\\x21-\\x7e]{1,255}$', ['fuzz-key-1', 'fuzz-key-2']);

    // Tokens: every role; then tokens the service must refuse — forged with another key under the
    // real kid, alg none, a tampered payload, the wrong audience or issuer, or no token at all.
    const admin = (adminToken = await svc.adminToken());
    const ctx = svc.service.ctx;
    const kid = ctx.keys.current.kid;
    const [header, payload] = brand.token.split('.') as [string, string];
    const elevated = b64url({ ...(JSON.parse(Buffer.from(payload, 'base64url').toString()) as object), role: 'admin' });
    const forgedKey = createPrivateKey(generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }));
    const forgedInput = `${b64url({ alg: 'EdDSA', typ: 'at+jwt', kid })}.${elevated}`;
    const forged = `${forgedInput}.${sign(null, Buffer.from(forgedInput), forgedKey).toString('base64url')}`;
    const settings = { issuer: ctx.config.issuer, audience: ctx.config.audience, ttlSeconds: 60 };
    const who = { orgId: brand.id, clientId: brand.clientId, role: 'brand' as const };
    authorizations = [
      ...[admin, brand.token, partner.token, auditor.token, outsider.token].map((t) => `Bearer ${t}`),
      `Bearer ${forged}`,
      `Bearer ${b64url({ alg: 'none', typ: 'at+jwt' })}.${elevated}.`,
      `Bearer ${header}.${elevated}.${brand.token.split('.')[2]!}`,
      `Bearer ${await issueAccessToken(ctx.keys, { ...settings, audience: 'urn:other' }, who)}`,
      `Bearer ${await issueAccessToken(ctx.keys, { ...settings, issuer: 'urn:other' }, who)}`,
      `Bearer ${brand.token}x`,
      `bearer ${partner.token}`,
      'Bearer',
      'Bearer ',
      'Bearer a.b.c',
      `Bearer ${'A'.repeat(6000)}`,
      `Bearer ${brand.token} ${brand.token}`,
      `Basic ${Buffer.from(`${brand.clientId}:${brand.clientSecret}`).toString('base64')}`,
      'Digest username="x"',
    ];
    basicCredentials = [
      `Basic ${Buffer.from(`${partner.clientId}:${partner.clientSecret}`).toString('base64')}`,
      `Basic ${Buffer.from(`${brand.clientId}:wrong`).toString('base64')}`,
      `Basic ${Buffer.from('nobody:nothing').toString('base64')}`,
      `Basic ${Buffer.from('%zz:%zz').toString('base64')}`,
      'Basic !!!',
      'Basic ',
      `Basic ${Buffer.from(':').toString('base64')}`,
      `Basic ${Buffer.from(`${brand.clientId}\u0000:x`).toString('base64')}`,
      `Basic ${Buffer.from('a%00b:x').toString('base64')}`,
      `Basic ${Buffer.from('x'.repeat(3000)).toString('base64')}`,
    ];
  }, 120_000);

  afterAll(async () => {
    agent.destroy();
    await svc?.stop();
  });

  /** A header set: maybe a token, maybe the operation's own headers, maybe odd ones. */
  const headersFor = (op: Operation, contentType: fc.Arbitrary<string | undefined>): fc.Arbitrary<Record<string, string>> => {
    const auth = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...authorizations.slice(0, 5)) },
      { weight: 3, arbitrary: fc.constantFrom(...authorizations.slice(5)) },
      { weight: op.operationId === 'issueToken' ? 4 : 1, arbitrary: fc.constantFrom(...basicCredentials) },
      { weight: 2, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 80 }) },
    );
    const visible = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 300 });
    const saltCheck = fc.oneof(fc.constant(SALT_CHECK), fc.constantFrom(...pools.get('^[0-9a-f]{64}$')!), visible, fc.constant(undefined));
    const idempotencyKey = fc.oneof(fc.constant(undefined), fc.constantFrom('fuzz-key-1', 'fuzz-key-2'), visible, fc.constant('k'.repeat(300)));
    const encoding = rarely(fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'x-unknown', 'gzip, gzip'), 12);
    const extra = fc.dictionary(fc.constantFrom('accept', 'x-forwarded-for', 'x-request-id', 'origin', 'accept-charset', 'range', 'if-none-match', 'x-http-method-override'), visible, { maxKeys: 2 });
    return fc.record({ auth, contentType, saltCheck, idempotencyKey, encoding, extra }).map((h) => {
      const out: Record<string, string> = { ...h.extra };
      if (h.auth !== undefined) out.authorization = h.auth;
      if (h.contentType !== undefined) out['content-type'] = h.contentType;
      if (h.saltCheck !== undefined) out['cleanroom-salt-check'] = h.saltCheck;
      if (h.idempotencyKey !== undefined) out['idempotency-key'] = h.idempotencyKey;
      if (h.encoding !== undefined) out['content-encoding'] = h.encoding;
      return out;
    });
  };

  const contentTypes = (op: Operation): fc.Arbitrary<string | undefined> =>
    fc.oneof(
      { weight: op.body ? 12 : 1, arbitrary: fc.constantFrom(...(op.body?.contentTypes ?? ['application/json'])) },
      {
        weight: 2,
        arbitrary: fc.constantFrom(
          'application/json; charset=utf-8',
          'application/json; charset=utf-16',
          'application/json; charset=latin1',
          'application/json;charset="UTF-8"',
          'application/merge-patch+json',
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'text/csv; charset=iso-8859-1',
          'application/x-ndjson; charset=utf-8',
          '',
          '*/*',
          'application/json, text/plain',
          'application',
          'x'.repeat(500),
        ),
      },
      { weight: 1, arbitrary: fc.constant(undefined) },
    );

  /** Body bytes for a JSON or form operation. */
  const structuredBody = (op: Operation): fc.Arbitrary<Buffer | string | undefined> => {
    const schema = op.body?.schema;
    const json = (hostility: number) => (schema ? fromSchema(schema, pools, hostility).map((v) => JSON.stringify(v) ?? '') : fc.constant('{}'));
    const form = (hostility: number) =>
      (schema ? fromSchema(schema, pools, hostility) : fc.constant({})).map((v) => {
        const q = new URLSearchParams();
        if (v && typeof v === 'object') for (const [k, x] of Object.entries(v as Record<string, unknown>)) q.append(k, typeof x === 'string' ? x : JSON.stringify(x));
        return q.toString();
      });
    return fc.oneof(
      { weight: 5, arbitrary: op.operationId === 'issueToken' ? fc.oneof(form(0), json(0)) : json(0) },
      { weight: 4, arbitrary: op.operationId === 'issueToken' ? fc.oneof(form(15), json(15)) : json(15) },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
      { weight: 1, arbitrary: fc.constantFrom('', '{', '{"a":', 'null', '[]', '"s"', '{"a":1}{"b":2}', '\ufeff{}', "{'a':1}", 'NaN', '{"a":1,}', '1'.repeat(1000), 'grant_type=client_credentials&grant_type=password', '%') },
      { weight: 1, arbitrary: invalidUtf8.map((bad) => Buffer.concat([Buffer.from('{"purpose":"'), bad, Buffer.from('","name":"'), bad, Buffer.from('"}')])) },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 600 }).map((b) => Buffer.from(b)) },
      { weight: 1, arbitrary: fc.integer({ min: 10, max: 20_000 }).map((n) => '['.repeat(n) + ']'.repeat(n)) },
      { weight: 1, arbitrary: deepValue.map((v) => JSON.stringify({ purpose: v, kind: v, versionHash: v, brandAttribute: v })) },
      { weight: 1, arbitrary: fc.integer({ min: 900_000, max: 1_200_000 }).map((n) => JSON.stringify({ purpose: 'x'.repeat(n), name: 'n' })) },
      { weight: 1, arbitrary: fc.constant(undefined) },
    );
  };

  /** Upload bodies: NDJSON or CSV rows, well-formed or not, or bytes. */
  const uploadBody: fc.Arbitrary<Buffer | string | undefined> = (() => {
    const id = fc.oneof(
      // From fast-check's own generator, so that FUZZ_SEED replays a run exactly.
      { weight: 6, arbitrary: fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString('hex')) },
      { weight: 1, arbitrary: fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString('base64url')) },
      { weight: 2, arbitrary: fc.constantFrom('alice@example.com', '+14155550123', 'ABC', '', 'z'.repeat(64), 'g'.repeat(43)) },
      { weight: 1, arbitrary: wrongValue },
    );
    const value = fc.oneof(fc.constantFrom('high', 'mid', 'low', 'news', 'sports', 'mobile', 'tv'), oddStrings, wrongValue);
    const row = fc.record({ id, value_tier: value, content_category: fc.oneof(value, fc.array(value, { maxLength: 4 })), device: value, extra: rarely(value, 6) }, { requiredKeys: [] });
    const ndjson = fc.array(fc.oneof({ weight: 8, arbitrary: row.map((r) => JSON.stringify(r)) }, { weight: 1, arbitrary: fc.string({ maxLength: 60 }) }, { weight: 1, arbitrary: invalidUtf8.map((b) => b.toString('latin1')) }), { maxLength: 40 });
    const csvCell = fc.oneof(fc.constantFrom('high', 'news|sports', 'mobile', '', '"q""uoted"', '"open', '=1+2', 'a,b'), id.map(String));
    const csv = fc.tuple(fc.subarray(['id', 'value_tier', 'content_category', 'device', 'x'], { minLength: 0 }), fc.array(fc.array(csvCell, { maxLength: 6 }), { maxLength: 40 })).map(([header, rows]) => [header.join(','), ...rows.map((r) => r.join(','))]);
    return fc.oneof(
      { weight: 5, arbitrary: fc.tuple(ndjson, fc.constantFrom('\n', '\r\n')).map(([lines, nl]) => lines.join(nl)) },
      { weight: 3, arbitrary: csv.map((lines) => lines.join('\r\n')) },
      { weight: 1, arbitrary: fc.tuple(ndjson, invalidUtf8).map(([lines, bad]) => Buffer.concat([Buffer.from(lines.join('\n')), Buffer.from('\n{"id":"'), bad, Buffer.from('"}\n')])) },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 800 }).map((b) => Buffer.from(b)) },
      { weight: 1, arbitrary: fc.integer({ min: UPLOAD_LIMIT - 1000, max: UPLOAD_LIMIT + 50_000 }).map((n) => `${JSON.stringify({ id: 'a'.repeat(64) })}\n`.repeat(Math.ceil(n / 77))) },
      { weight: 1, arbitrary: fc.integer({ min: 10, max: 20_000 }).map((n) => `{"id":${'['.repeat(n)}${']'.repeat(n)}}\n`) },
      { weight: 1, arbitrary: fc.constant(undefined) },
    );
  })();

  const requestFor = (op: Operation): fc.Arbitrary<RawRequest> => {
    const paramShape = (op.params as { shape?: Record<string, never> } | undefined)?.shape ?? {};
    const names = [...op.path.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]!);
    // Revocation ends an agreement for good: it gets agreements of its own.
    const opPools: Pools = op.operationId === 'revokeAgreement' ? new Map([...pools, ['^agr_[0-9a-z]{26}$', [...revocable, main]]]) : pools;
    const params = fc.tuple(...names.map((n) => pathParam(paramShape[n], opPools)));
    const body = op.body?.stream ? uploadBody : op.body ? structuredBody(op) : rarely(structuredBody(op), 10);
    const method = fc.oneof({ weight: 20, arbitrary: fc.constant(op.method.toUpperCase()) }, { weight: 1, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD') });
    return fc.record({ method, params, query: op.query ? fc.option(queryString(op.query, opPools), { freq: 8, nil: undefined }) : rarely(queryString(undefined, opPools), 4), headers: headersFor(op, contentTypes(op)), body }).map((r) => {
      let path = op.path;
      names.forEach((n, i) => (path = path.replace(`{${n}}`, r.params[i]!)));
      if (r.query !== undefined && r.query !== '') path += `?${r.query}`;
      // A body needs a method that carries one (node:http sends it regardless).
      return { method: r.method, path, headers: r.headers, body: r.body };
    });
  };

  /** Anything at all: any method, odd paths (traversal, encodings, length), any body. */
  const garbageRequest = (): fc.Arbitrary<RawRequest> =>
    fc.record({
    method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'TRACE', 'PROPFIND'),
    path: fc.oneof(
      fc.constantFrom('/', '//', '/v1', '/v1/', '/v1/agreements/', '/v1//agreements', '/console/..%2f..%2fpackage.json', '/console/%2e%2e/%2e%2e/package.json', '/%', '/%00', '/v1/agreements/%ZZ', '/.well-known/../v1/agreements', '/openapi.json/..;/x', '/docs/', '/metrics?x=%'),
      fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }).map(percentEncode), fc.constantFrom('v1', 'agreements', 'audit', '..', '.', '%2e', 'insights')), { maxLength: 6 }).map((s) => `/${s.join('/')}`),
      fc.integer({ min: 2000, max: 12_000 }).map((n) => `/v1/${'a'.repeat(n)}`),
    ),
    headers: headersFor(operations.healthz, fc.option(fc.constantFrom('application/json', 'text/plain', 'application/x-ndjson'), { nil: undefined })),
    body: fc.option(fc.oneof(fc.jsonValue().map((v) => JSON.stringify(v)), fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b))), { nil: undefined }),
  });

  const check = (name: string) => async (req: RawRequest): Promise<void> => {
    const res = await send(svc.url, req, agent);
    sent++;
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    const mine = perOperation.get(name) ?? new Map<number, number>();
    perOperation.set(name, mine.set(res.status, (mine.get(res.status) ?? 0) + 1));
    const problems = answerProblems(res, req.method);
    // The console's files are the only files served; nothing of the source tree ever is.
    if (/"devDependencies"|"workspaces"|import \{ /.test(res.body.toString('utf8')) && !req.path.startsWith('/console/console.js')) problems.push('a source file in the body');
    if (problems.length > 0) throw new Error(`${req.method} ${req.path.slice(0, 200)} → ${res.status}: ${problems.join('; ')}`);
  };

  it(
    `answers ≥ ${TOTAL.toLocaleString()} generated requests without a 5xx, a non-problem error or a leak`,
    async () => {
      const ops = Object.values(operations) as Operation[];
      // Operations whose work grows with the audit log (verify recomputes it, export streams it) get fewer runs.
      const weight = (op: Operation): number => (op.operationId === 'verifyAuditChain' || op.operationId === 'exportAuditEvents' ? 0.3 : op.body ? 1.5 : 1);
      const units = ops.reduce((s, op) => s + weight(op), 0) + 1;
      const runsOf = (w: number): number => Math.ceil((TOTAL * 1.02 * w) / units);
      const properties: { name: string; arb: fc.Arbitrary<RawRequest>; runs: number }[] = [
        ...ops.map((op) => ({ name: op.operationId, arb: requestFor(op), runs: runsOf(weight(op)) })),
        { name: 'garbage', arb: garbageRequest(), runs: runsOf(1) },
      ];
      const started = performance.now();
      const failures: string[] = [];
      const queue = [...properties];
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          for (let p = queue.shift(); p; p = queue.shift()) {
            const result = await fc.check(fc.asyncProperty(p.arb, check(p.name)), { numRuns: p.runs, ...(SEED === undefined ? {} : { seed: SEED }), interruptAfterTimeLimit: 60_000 });
            if (result.failed) failures.push(`${p.name} (seed ${result.seed}, path ${result.counterexamplePath ?? '?'}): ${describeFailure(result)}`);
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      console.log(`fuzz: ${sent.toLocaleString()} requests in ${seconds.toFixed(1)} s (${Math.round(sent / seconds)}/s); statuses ${histogram(statuses)}`);
      if (process.env.FUZZ_VERBOSE) for (const [name, m] of perOperation) console.log(`  ${name}: ${histogram(m)}`);
      expect(failures, failures.join('\n\n')).toEqual([]);
      expect(sent).toBeGreaterThanOrEqual(TOTAL);
    },
    240_000,
  );

  it('leaves the audit chain whole: every event chained, as the service itself verifies', async () => {
    const events = [];
    for await (const e of allAuditEvents(svc.db.pool)) events.push(e);
    const verdict = verifyChain(events);
    expect(verdict).toMatchObject({ ok: true, length: events.length });
    expect(events.length).toBeGreaterThan(50);
    // (The fuzzing's failed sign-ins have this address rate-limited by now: the token from the setup.)
    const res = await svc.fetch('/v1/audit/verify', { token: adminToken });
    expect(res.status).toBe(200);
    const verified = (await res.json()) as { ok: boolean; length: number };
    expect(verified.ok).toBe(true);
    expect(verified.length).toBeGreaterThanOrEqual(events.length);
  });
});
