// Uploads over HTTP on real PostgreSQL (issue 4, done means 2 and 3): plaintext anywhere → 422
// naming the line and nothing stored; a connection cut mid-upload → no new version; Idempotency-Key
// → the same result and no second version; attributes the policy does not allow → 422; the
// upload rules (minimum size, input difference); revocation destroys the key and drops the data,
// with the deletion receipt in the audit chain; retention; and tokens that equal
// HMAC-SHA256(agreement key, id hash) cut to 8 bytes.
import { createHmac, randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCleanroomClient } from '../../../sdk/src/client.js';
import { uploadDataset } from '../../../sdk/src/datasets.js';
import { unwrapKey } from '../src/domain/agreement-keys.js';
import { sweepRetention } from '../src/domain/data-deletion.js';
import { currentDatasets } from '../src/store/datasets.js';
import { digests, ndjson, SALT_CHECK, upload, type Person } from '../../../test/support/data.js';
import { dataRelations, dataTables as listDataTables } from '../../../test/support/db.js';
import { problemOf, startTestService, type OrgHandle, type TestService } from '../../../test/support/service.js';

const MIN = 100;

function policyFor(brand: string, partner: string, overrides: Record<string, unknown> = {}) {
  return {
    purpose: 'Upload tests',
    parties: { brand, partner },
    auditors: [],
    identity: { profile: 'email' },
    brandAttributes: ['value_tier', 'lifecycle'],
    partnerAttributes: { content_category: { maxValuesPerId: 2 }, device: {} },
    insights: ['overlap', 'context'],
    minCohort: 50,
    privacy: { mechanism: 'discrete-gaussian', epsilonPerRelease: 0.5, budget: 3, delta: 1e-9 },
    attributeValues: {
      value_tier: ['high', 'mid', 'low'],
      lifecycle: ['new', 'active', 'lapsed'],
      content_category: ['news', 'sports', 'travel', 'cooking', 'home, "garden" & diy'],
      device: ['mobile', 'desktop', 'tv'],
    },
    validUntil: '2099-01-01T00:00:00Z',
    retentionDays: 30,
    ...overrides,
  };
}

const people = (ids: readonly string[], attributes: (i: number) => Person['attributes'] = () => ({})): Person[] => ids.map((digest, i) => ({ digest, attributes: attributes(i) }));

interface Result {
  id: string;
  version: number;
  rows: number;
  duplicates: number;
  rowsReceived: number;
  valuesCapped: number;
  peerSaltCheck: string;
  supersededVersion: number | null;
}

describe('dataset uploads', () => {
  let svc: TestService;
  let brand: OrgHandle;
  let partner: OrgHandle;

  const post = (path: string, token: string, body: unknown) => svc.fetch(path, { method: 'POST', token, body: JSON.stringify(body) });
  const activeAgreement = async (overrides: Record<string, unknown> = {}): Promise<string> => {
    const proposed = (await (await post('/v1/agreements', brand.token, policyFor(brand.id, partner.id, overrides))).json()) as { id: string; pendingVersionHash: string };
    const approved = await post(`/v1/agreements/${proposed.id}/approve`, partner.token, { versionHash: proposed.pendingVersionHash });
    expect(approved.status).toBe(200);
    return proposed.id;
  };
  const put = (agreementId: string, side: string, token: string, body: string, type = 'application/x-ndjson', headers: Record<string, string> = {}) =>
    svc.fetch(`/v1/agreements/${agreementId}/datasets/${side}`, { method: 'PUT', token, body, headers: { 'Content-Type': type, 'Cleanroom-Salt-Check': SALT_CHECK, ...headers } });
  const versions = async (agreementId: string): Promise<{ rows: { id: string; version: number; status: string }[] }> =>
    svc.db.pool.query('SELECT id, version, status FROM datasets WHERE agreement_id = $1 ORDER BY side, version', [agreementId]);
  const dataTables = (): Promise<string[]> => listDataTables(svc.db.pool);
  const events = async (agreementId: string, action: string): Promise<{ detail: Record<string, unknown>; actor_org: string | null }[]> =>
    (await svc.db.pool.query<{ detail: Record<string, unknown>; actor_org: string | null }>('SELECT detail, actor_org FROM audit_events WHERE agreement_id = $1 AND action = $2 ORDER BY seq', [agreementId, action])).rows;

  beforeAll(async () => {
    svc = await startTestService({ CLEANROOM_MIN_DATASET_SIZE: String(MIN) });
    [brand, partner] = await Promise.all([svc.createOrg('brand'), svc.createOrg('media_partner')]);
  });
  afterAll(async () => svc.stop());

  it('publishes an NDJSON upload: distinct ids, duplicates counted, tokens = HMAC(agreement key, id hash)[0..8]', async () => {
    const agreementId = await activeAgreement();
    const ids = digests(300);
    const rows = people([...ids, ...ids.slice(0, 7)], (i) => ({ value_tier: ['high', 'mid', 'low'][i % 3]!, lifecycle: i % 2 ? 'active' : 'new' }));
    const res = await upload(svc, brand.token, agreementId, 'brand', rows);
    expect(res.status).toBe(201);
    const result = (await res.json()) as Result;
    expect(result).toMatchObject({ version: 1, rowsReceived: 307, rows: 300, duplicates: 7, rowsRejected: 0, peerSaltCheck: 'no_peer_data', supersededVersion: null, status: 'published' });

    const current = await currentDatasets(svc.db.pool, agreementId);
    expect(current.partner).toBeNull();
    expect(current.brand).toMatchObject({ id: result.id, version: 1, rows: 300, saltCheck: SALT_CHECK, table: `cleanroom_data."${result.id}"` });
    expect(current.brand!.attributes).toEqual([
      { name: 'value_tier', column: 'a_value_tier', multi: false },
      { name: 'lifecycle', column: 'a_lifecycle', multi: false },
    ]);
    // Re-derive the tokens from the wrapped key: the first row of a repeated id is the one kept.
    const { rows: keyRows } = await svc.db.pool.query<{ wrapped_key: Buffer }>('SELECT wrapped_key FROM agreement_keys WHERE agreement_id = $1', [agreementId]);
    const key = unwrapKey(svc.service.ctx.config.masterKey!, agreementId, keyRows[0]!.wrapped_key);
    const { rows: stored } = await svc.db.pool.query<{ token: string; a_value_tier: string }>(`SELECT token::text, a_value_tier FROM ${current.brand!.table}`);
    const byToken = new Map(stored.map((r) => [r.token, r.a_value_tier]));
    expect(byToken.size).toBe(300);
    ids.forEach((id, i) => {
      const token = createHmac('sha256', key).update(Buffer.from(id, 'hex')).digest().readBigInt64BE(0).toString();
      expect(byToken.get(token)).toBe(['high', 'mid', 'low'][i % 3]);
    });
    // The primary key enforces one row per id (the contribution bound) in the database itself.
    const pk = await svc.db.pool.query(`SELECT 1 FROM pg_indexes WHERE schemaname = 'cleanroom_data' AND tablename = $1 AND indexdef LIKE '%UNIQUE%(token)%'`, [result.id]);
    expect(pk.rowCount).toBe(1);
    // Hash-partitioned by token (8 by default): every partition holds some of the 300 ids.
    const parts = await svc.db.pool.query<{ part: string; n: string }>(
      `SELECT c.relname AS part, (SELECT count(*) FROM ${current.brand!.table} t WHERE t.tableoid = c.oid) AS n
         FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = $1::regclass ORDER BY 1`,
      [current.brand!.table],
    );
    expect(parts.rows.map((r) => r.part)).toEqual(Array.from({ length: 8 }, (_, i) => `${result.id}_p${i}`));
    expect(parts.rows.every((r) => Number(r.n) > 0)).toBe(true);
    expect((await svc.db.pool.query<{ partitions: number }>('SELECT partitions FROM datasets WHERE id = $1', [result.id])).rows[0]!.partitions).toBe(8);
    const [accepted] = await events(agreementId, 'upload.accepted');
    expect(accepted!.detail).toMatchObject({ datasetId: result.id, version: 1, rows: 300, duplicates: 7, side: 'brand' });
    expect(JSON.stringify(accepted!.detail)).not.toContain(ids[0]!.slice(0, 16));
  });

  it('publishes CSV with quoting, a BOM and CRLF; partner values de-duplicated, capped and sorted; base64url ids', async () => {
    const agreementId = await activeAgreement();
    const ids = digests(150);
    const lines = ids.map((d, i) => {
      const id = i % 2 ? Buffer.from(d, 'hex').toString('base64url') : d.toUpperCase();
      const cats = i === 0 ? '"travel|news|news|sports"' : i === 1 ? '"home, ""garden"" & diy"' : 'news';
      return `${i === 2 ? `"${id}"` : id},${cats},${i % 3 === 0 ? '' : 'tv'}`;
    });
    const body = '\ufeffid,content_category,device\r\n' + lines.join('\r\n') + '\r\n';
    const res = await put(agreementId, 'partner', partner.token, body, 'text/csv');
    expect(res.status).toBe(201);
    const result = (await res.json()) as Result;
    expect(result).toMatchObject({ rows: 150, rowsReceived: 150, valuesCapped: 1, duplicates: 0 });
    const current = (await currentDatasets(svc.db.pool, agreementId)).partner!;
    expect(current.attributes).toEqual([
      { name: 'content_category', column: 'a_content_category', multi: true },
      { name: 'device', column: 'a_device', multi: false },
    ]);
    const { rows } = await svc.db.pool.query<{ c: string[]; d: string | null }>(`SELECT a_content_category AS c, a_device AS d FROM ${current.table} ORDER BY a_content_category::text DESC`);
    const flat = rows.map((r) => JSON.stringify(r.c));
    expect(flat).toContain(JSON.stringify(['news', 'travel'])); // first two distinct values, sorted
    expect(flat).toContain(JSON.stringify(['home, "garden" & diy']));
    expect(rows.filter((r) => r.d === null)).toHaveLength(50);
  });

  it('a plaintext email anywhere → 422 naming the line, and nothing is stored', async () => {
    const agreementId = await activeAgreement();
    const before = await dataTables();
    const rows = people(digests(200), () => ({ value_tier: 'high' }));
    const body = ndjson(rows).split('\n');
    body[41] = JSON.stringify({ id: 'Jane.Doe@example.com', value_tier: 'high' }); // line 42
    body[120] = JSON.stringify({ id: rows[120]!.digest, lifecycle: 'jane@example.com' }); // line 121, in an attribute
    body[150] = JSON.stringify({ id: '+1 (415) 555-0100' }); // line 151
    const res = await put(agreementId, 'brand', brand.token, body.join('\n'));
    expect(res.status).toBe(422);
    const problem = (await problemOf(res)) as Awaited<ReturnType<typeof problemOf>> & { rowsRejected: number; rowsReceived: number };
    expect(problem.type).toBe('urn:cleanroom:problem:validation-failed');
    expect(problem.detail).toContain('line 42');
    expect(problem.errors).toEqual([
      expect.objectContaining({ path: 'line/42/id', code: 'plaintext_email' }),
      expect.objectContaining({ path: 'line/121/lifecycle', code: 'plaintext_email' }),
      expect.objectContaining({ path: 'line/151/id', code: 'plaintext_phone' }),
    ]);
    expect(problem).toMatchObject({ rowsReceived: 200, rowsRejected: 3 });
    // Never echoed back.
    expect(JSON.stringify(problem)).not.toContain('Jane');
    expect((await versions(agreementId)).rows).toEqual([]);
    expect(await dataTables()).toEqual(before);
    expect((await currentDatasets(svc.db.pool, agreementId)).brand).toBeNull();
    const [rejected] = await events(agreementId, 'upload.rejected');
    expect(rejected!.detail).toMatchObject({ reason: 'invalid_rows', rowsRejected: 3, firstErrors: [{ line: 42, code: 'plaintext_email' }, { line: 121, code: 'plaintext_email' }, { line: 151, code: 'plaintext_phone' }] });
    expect(JSON.stringify(rejected)).not.toContain('example.com');
  });

  it('an attribute the policy does not allow (or the other side’s) → 422; values outside the agreed list → 422', async () => {
    const agreementId = await activeAgreement();
    const ids = digests(150);
    const withKey = ndjson(people(ids, (i) => (i === 9 ? { value_tier: 'high', income: '100k' } : { value_tier: 'high' })));
    const a = await put(agreementId, 'brand', brand.token, withKey);
    expect(a.status).toBe(422);
    expect((await problemOf(a)).errors).toEqual([expect.objectContaining({ path: 'line/10/income', code: 'attribute_not_allowed' })]);

    const csv = `id,value_tier,device\n${ids.map((d) => `${d},high,tv`).join('\n')}\n`;
    const b = await put(agreementId, 'brand', brand.token, csv, 'text/csv');
    expect(b.status).toBe(422);
    expect((await problemOf(b)).errors).toEqual([expect.objectContaining({ path: 'line/1/device', code: 'attribute_not_allowed' })]);

    const c = await put(agreementId, 'brand', brand.token, ndjson(people(ids, (i) => ({ value_tier: i === 3 ? 'platinum' : 'high' }))));
    expect(c.status).toBe(422);
    expect((await problemOf(c)).errors).toEqual([expect.objectContaining({ path: 'line/4/value_tier', code: 'value_not_allowed' })]);

    const d = await put(agreementId, 'brand', brand.token, ndjson(people(ids, (i) => ({ value_tier: i === 5 ? ['high', 'low'] : 'high' }))));
    expect((await problemOf(d)).errors).toEqual([expect.objectContaining({ path: 'line/6/value_tier', code: 'not_multi_valued' })]);
    expect((await versions(agreementId)).rows).toEqual([]);
  });

  it('malformed rows, ids that are not digests and bad CSV are named by line', async () => {
    const agreementId = await activeAgreement();
    const ids = digests(150);
    const lines = ndjson(people(ids)).split('\n');
    lines[2] = '{"id": "' + ids[2] + '",';
    lines[4] = '{"id": "abc"}';
    lines[6] = '[1,2]';
    lines[8] = '{"value_tier": "high"}';
    lines[10] = '{"id": "' + ids[10]!.slice(0, 63) + 'g"}';
    const res = await put(agreementId, 'brand', brand.token, lines.join('\n'));
    expect((await problemOf(res)).errors!.map((e) => [e.path, e.code])).toEqual([
      ['line/3', 'malformed_row'],
      ['line/5/id', 'id_not_a_digest'],
      ['line/7', 'malformed_row'],
      ['line/9', 'missing_id'],
      ['line/11/id', 'id_not_a_digest'],
    ]);
    const csv = `id,value_tier\n${ids[0]},high\n${ids[1]},high,extra\n"${ids[2]},high\n`;
    const bad = await problemOf(await put(agreementId, 'brand', brand.token, csv, 'text/csv'));
    expect(bad.errors!.map((e) => [e.path, e.code])).toEqual([
      ['line/3', 'wrong_field_count'],
      ['line/4', 'malformed_row'],
    ]);
    const noId = await problemOf(await put(agreementId, 'brand', brand.token, 'value_tier\nhigh\n', 'text/csv'));
    expect(noId.errors!.map((e) => e.code)).toEqual(['missing_id_column']);
  });

  it('a retry with the same Idempotency-Key returns the same result and makes no second version; another body with it → 409', async () => {
    const agreementId = await activeAgreement();
    const rows = people(digests(200));
    const key = { 'Idempotency-Key': `upload-${randomBytes(4).toString('hex')}` };
    const first = await upload(svc, brand.token, agreementId, 'brand', rows, key);
    expect(first.status).toBe(201);
    const second = await upload(svc, brand.token, agreementId, 'brand', rows, key);
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(await second.json()).toEqual(await first.json());
    expect((await versions(agreementId)).rows).toHaveLength(1);
    const other = await upload(svc, brand.token, agreementId, 'brand', people(digests(2000)), key);
    expect(other.status).toBe(409);
    expect((await problemOf(other)).rule).toBe('idempotency_key_reused');
    expect((await versions(agreementId)).rows).toHaveLength(1);
    expect(await events(agreementId, 'upload.accepted')).toHaveLength(1);
  });

  it('the minimum dataset size and the input difference rule refuse, naming the rule; a real change is accepted', async () => {
    const agreementId = await activeAgreement();
    const small = await upload(svc, brand.token, agreementId, 'brand', people(digests(MIN - 1)));
    expect(small.status).toBe(403);
    expect(await problemOf(small)).toMatchObject({ type: 'urn:cleanroom:problem:policy-denied', rule: 'dataset_too_small' });
    // 90 distinct ids sent 20 times each: 1,800 rows, below the minimum after de-duplication.
    const ninety = digests(90);
    const dup = await upload(svc, brand.token, agreementId, 'brand', people(Array.from({ length: 20 }, () => ninety).flat()));
    expect((await problemOf(dup)).rule).toBe('dataset_too_small');

    const base = digests(4000);
    const first = await upload(svc, brand.token, agreementId, 'brand', people(base, () => ({ value_tier: 'low' })));
    expect(first.status).toBe(201);
    // One person added: the classic differencing attack.
    const plusOne = await upload(svc, brand.token, agreementId, 'brand', people([...base, ...digests(1)], () => ({ value_tier: 'low' })));
    expect(plusOne.status).toBe(403);
    const denied = (await problemOf(plusOne)) as Awaited<ReturnType<typeof problemOf>> & { reasons: { code: string }[] };
    expect(denied.rule).toBe('difference_too_small');
    expect(denied.reasons[0]!.code).toBe('difference_too_small');
    // 999 changed values are still too few; 1,000 ids whose tier changed are enough.
    const changed = (n: number) => people(base, (i) => ({ value_tier: i < n ? 'high' : 'low' }));
    expect((await problemOf(await upload(svc, brand.token, agreementId, 'brand', changed(999)))).rule).toBe('difference_too_small');
    const ok = await upload(svc, brand.token, agreementId, 'brand', changed(1000));
    expect(ok.status).toBe(201);
    expect(await ok.json()).toMatchObject({ version: 2, supersededVersion: 1, rows: 4000 });
    const all = (await versions(agreementId)).rows;
    expect(all.map((v) => [v.version, v.status])).toEqual([
      [1, 'superseded'],
      [2, 'published'],
    ]);
    // The superseded version's table is gone; only the current one remains.
    expect((await dataTables()).filter((t) => all.some((v) => v.id === t))).toEqual([all[1]!.id]);
    const rejected = await events(agreementId, 'upload.rejected');
    expect(rejected.map((e) => e.detail.reason)).toEqual(['dataset_too_small', 'dataset_too_small', 'difference_too_small', 'difference_too_small']);
  });

  it('only the party of a side uploads it, only while the agreement is active; parties list their own versions', async () => {
    const agreementId = await activeAgreement();
    const rows = people(digests(150));
    const wrong = await upload(svc, partner.token, agreementId, 'brand', rows);
    expect(wrong.status).toBe(403);
    expect((await problemOf(wrong)).rule).toBe('wrong_side');
    const stranger = await svc.createOrg('brand');
    expect((await upload(svc, stranger.token, agreementId, 'brand', rows)).status).toBe(404);
    const noSalt = await svc.fetch(`/v1/agreements/${agreementId}/datasets/brand`, { method: 'PUT', token: brand.token, body: ndjson(rows), headers: { 'Content-Type': 'application/x-ndjson' } });
    expect((await problemOf(noSalt)).errors![0]!.path).toBe('headers/cleanroom-salt-check');
    const json = await svc.fetch(`/v1/agreements/${agreementId}/datasets/brand`, { method: 'PUT', token: brand.token, body: '{}', headers: { 'Cleanroom-Salt-Check': SALT_CHECK } });
    expect(json.status).toBe(415);

    expect((await upload(svc, brand.token, agreementId, 'brand', rows)).status).toBe(201);
    expect((await upload(svc, partner.token, agreementId, 'partner', rows, { 'Cleanroom-Salt-Check': 'd'.repeat(64) })).status).toBe(201);
    const list = await svc.fetch(`/v1/agreements/${agreementId}/datasets`, { token: partner.token });
    const body = (await list.json()) as { datasets: { side: string; version: number; current: boolean; rows: number }[] };
    expect(body.datasets).toEqual([expect.objectContaining({ side: 'partner', version: 1, current: true, rows: 150 })]);

    const proposed = (await (await post('/v1/agreements', brand.token, policyFor(brand.id, partner.id))).json()) as { id: string };
    const notActive = await upload(svc, brand.token, proposed.id, 'brand', rows);
    expect(notActive.status).toBe(409);
    expect((await problemOf(notActive)).rule).toBe('agreement_not_active');
  });

  it('a large body refused before it is read is answered at once and its connection closed, not drained', async () => {
    const agreementId = await activeAgreement();
    const client = createCleanroomClient({ baseUrl: svc.url, credentials: { clientId: partner.clientId, clientSecret: partner.clientSecret } });
    let sent = 0;
    function* body(): Generator<Uint8Array> {
      const line = Buffer.from(`${JSON.stringify({ id: randomBytes(32).toString('hex') })}\n`.repeat(10_000));
      for (let i = 0; i < 500; i++) {
        sent += line.length;
        yield line; // 370 MB in all, were it read to the end
      }
    }
    const refused = await uploadDataset(client, { agreementId, side: 'brand', saltCheck: SALT_CHECK, body: Readable.from(body()) });
    expect(refused.status).toBe(403);
    expect(refused.error?.rule).toBe('wrong_side');
    expect(sent).toBeLessThan(100_000_000);
  });

  it('a body declared larger than the upload limit is refused with 413 before it is read', async () => {
    const agreementId = await activeAgreement();
    const res = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(new URL(`${svc.url}/v1/agreements/${agreementId}/datasets/brand`), {
        method: 'PUT',
        headers: { Authorization: `Bearer ${brand.token}`, 'Content-Type': 'application/x-ndjson', 'Cleanroom-Salt-Check': SALT_CHECK, 'Content-Length': String(21 * 2 ** 30) },
      });
      req.on('response', (r) => {
        let body = '';
        r.on('data', (d: Buffer) => (body += d.toString()));
        r.on('end', () => resolve({ status: r.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.write(`${JSON.stringify({ id: digests(1)[0] })}\n`);
    });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ type: 'urn:cleanroom:problem:payload-too-large' });
    expect((await events(agreementId, 'upload.rejected')).map((e) => e.detail.reason)).toEqual(['payload_too_large']);
  });

  it('a connection cut mid-upload leaves no new version, no table, and an upload.rejected event', async () => {
    const agreementId = await activeAgreement();
    expect((await upload(svc, brand.token, agreementId, 'brand', people(digests(1500)))).status).toBe(201);
    const before = await dataTables();
    const url = new URL(`${svc.url}/v1/agreements/${agreementId}/datasets/brand`);
    const line = (d: string) => JSON.stringify({ id: d }) + '\n';
    await new Promise<void>((resolve) => {
      const req = request(url, { method: 'PUT', headers: { Authorization: `Bearer ${brand.token}`, 'Content-Type': 'application/x-ndjson', 'Cleanroom-Salt-Check': SALT_CHECK, 'Content-Length': '100000000' } });
      req.on('error', () => resolve());
      req.write(digests(3000).map(line).join(''));
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 300);
    });
    for (let i = 0; i < 50 && (await events(agreementId, 'upload.rejected')).length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    const rejected = await events(agreementId, 'upload.rejected');
    expect(rejected.map((e) => e.detail.reason)).toEqual(['upload_interrupted']);
    expect((await versions(agreementId)).rows.map((v) => [v.version, v.status])).toEqual([[1, 'published']]);
    expect(await dataTables()).toEqual(before);
    // The slot is free again: the next upload goes through.
    expect((await upload(svc, brand.token, agreementId, 'brand', people(digests(1500)))).status).toBe(201);
  });

  it('revoking destroys the key, drops every table of the agreement and logs the deletion receipt in the chain', async () => {
    const agreementId = await activeAgreement();
    const shared = digests(1200);
    expect((await upload(svc, brand.token, agreementId, 'brand', people(shared))).status).toBe(201);
    expect((await upload(svc, brand.token, agreementId, 'brand', people([...shared, ...digests(1100)]))).status).toBe(201);
    expect((await upload(svc, partner.token, agreementId, 'partner', people(shared))).status).toBe(201);
    const ids = (await versions(agreementId)).rows.map((v) => v.id);
    expect((await dataTables()).filter((t) => ids.includes(t))).toHaveLength(2);

    const res = await post(`/v1/agreements/${agreementId}/revoke`, partner.token, { reason: 'campaign over' });
    expect(res.status).toBe(200);
    const key = await svc.db.pool.query<{ wrapped_key: Buffer | null; destroyed_at: Date | null }>('SELECT wrapped_key, destroyed_at FROM agreement_keys WHERE agreement_id = $1', [agreementId]);
    expect(key.rows[0]!.wrapped_key).toBeNull();
    expect(key.rows[0]!.destroyed_at).toBeInstanceOf(Date);
    expect((await dataTables()).filter((t) => ids.includes(t))).toEqual([]);
    // Nothing of them is left behind: no partition, no index.
    expect((await dataRelations(svc.db.pool)).filter((t) => ids.some((id) => t.startsWith(id)))).toEqual([]);
    expect((await versions(agreementId)).rows.every((v) => v.status === 'deleted')).toBe(true);
    expect(await currentDatasets(svc.db.pool, agreementId)).toEqual({ brand: null, partner: null });

    const chain = await svc.db.pool.query<{ action: string; detail: Record<string, unknown>; actor_org: string }>(
      `SELECT action, detail, actor_org FROM audit_events WHERE agreement_id = $1 AND action IN ('agreement.revoked', 'key.destroyed', 'data.deleted') ORDER BY seq`,
      [agreementId],
    );
    // One receipt per side, so each party can read its own and only see that the other's exists.
    expect(chain.rows.map((r) => r.action)).toEqual(['agreement.revoked', 'key.destroyed', 'data.deleted', 'data.deleted']);
    expect(chain.rows[2]!.detail).toMatchObject({ cause: 'revoked', side: 'brand', tablesDropped: 1, rowsDeleted: 2300, keyDestroyed: true });
    expect(chain.rows[3]!.detail).toMatchObject({ cause: 'revoked', side: 'partner', tablesDropped: 1, rowsDeleted: 1200, keyDestroyed: true });
    expect(chain.rows.slice(2).every((r) => r.actor_org === partner.id)).toBe(true);
    // The receipt is part of the chain, which still verifies.
    const verify = await svc.fetch('/v1/audit/verify', { token: await svc.adminToken() });
    expect(verify.status).toBe(200);
    expect(await verify.json()).toMatchObject({ ok: true });
    // Nothing can be uploaded any more.
    expect((await upload(svc, brand.token, agreementId, 'brand', people(digests(150)))).status).toBe(409);
  });

  it('expiry destroys the data too; retention drops versions older than retentionDays', async () => {
    const expiring = await activeAgreement();
    expect((await upload(svc, brand.token, expiring, 'brand', people(digests(150)))).status).toBe(201);
    await svc.db.pool.query(`UPDATE agreement_versions SET valid_until = now() - interval '1 second' WHERE agreement_id = $1`, [expiring]);
    const { expireDueAgreements } = await import('../src/domain/agreements.js');
    expect(await expireDueAgreements(svc.service.ctx)).toContain(expiring);
    expect((await events(expiring, 'data.deleted'))[0]!.detail).toMatchObject({ cause: 'expired', tablesDropped: 1, rowsDeleted: 150 });

    const kept = await activeAgreement({ retentionDays: 3000 });
    const created = (await (await upload(svc, brand.token, kept, 'brand', people(digests(150)))).json()) as Result;
    expect(await sweepRetention(svc.service.ctx, new Date(Date.now() + 2999 * 86_400_000))).not.toContain(created.id);
    const due = await sweepRetention(svc.service.ctx, new Date(Date.now() + 3001 * 86_400_000));
    expect(due).toContain(created.id);
    expect((await events(kept, 'data.deleted'))[0]!.detail).toMatchObject({ cause: 'retention', retentionDays: 3000, rowsDeleted: 150 });
    expect((await currentDatasets(svc.db.pool, kept)).brand).toBeNull();
    expect(await dataTables()).not.toContain(created.id);
  });
});
