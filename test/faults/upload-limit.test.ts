// Issue 14, done means 5: uploads have a bounded pool of their own. More slow uploads than the limit
// are opened at once (bodies trickled over raw HTTP, never finished until the test says so): the
// extra ones are answered 503 + Retry-After before their bodies are read, while insights and token
// issuance keep answering in normal time; once the slow ones finish, a new upload goes through.
//
// Without the limit, the 22 uploads below would each hold a connection of the service's 20 (the
// refused ones waiting for the agreement's upload slot), and insights would wait for a free one.
import { request, type ClientRequest, type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digests, SALT_CHECK } from '../support/data.js';
import { activeAgreement, testPolicy } from '../support/policy.js';
import { startTestService, type OrgHandle, type TestService } from '../support/service.js';

const LIMIT = 2;
const EXTRA = 20;
/** What "answer normally" means here: well within this, on a loaded test machine. */
const NORMAL_MS = 2_000;

interface Answer {
  readonly status: number;
  readonly headers: IncomingMessage['headers'];
  readonly text: string;
}

describe('uploads have a bounded pool of their own', () => {
  let svc: TestService;
  let brand: OrgHandle;
  let partner: OrgHandle;
  let agreementId: string;
  const shared = digests(1200);
  // Every version after the first is all new ids (a new version must differ by enough from the last).
  const rows = (side: 'brand' | 'partner', ids: readonly string[] = digests(1500)): string =>
    ids.map((id, i) => JSON.stringify(side === 'brand' ? { id, value_tier: i % 3 === 0 ? 'high' : 'low' } : { id, device: i % 2 === 0 ? 'mobile' : 'tv' })).join('\n') + '\n';

  /** An upload over a raw request: `first` is written now, the rest only when `finish` is called. */
  function openUpload(side: 'brand' | 'partner', first: string): { req: ClientRequest; answer: Promise<Answer> } {
    const req = request(`${svc.url}/v1/agreements/${agreementId}/datasets/${side}`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${(side === 'brand' ? brand : partner).token}`, 'Content-Type': 'application/x-ndjson', 'Cleanroom-Salt-Check': SALT_CHECK },
    });
    const answer = new Promise<Answer>((resolve, reject) => {
      req.on('response', (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
        res.on('error', reject);
      });
      req.on('error', reject);
    });
    answer.catch(() => undefined);
    req.write(first);
    return { req, answer };
  }

  async function copiesRunning(): Promise<number> {
    const { rows: r } = await svc.db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'COPY %' AND state = 'active'`,
    );
    return r[0]!.n;
  }
  async function until(check: () => Promise<boolean>, what: string): Promise<void> {
    const deadline = Date.now() + 20_000;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
    const started = performance.now();
    const value = await work();
    return { value, ms: performance.now() - started };
  }
  const upload = (side: 'brand' | 'partner', body: string): Promise<Response> =>
    svc.fetch(`/v1/agreements/${agreementId}/datasets/${side}`, {
      method: 'PUT',
      token: (side === 'brand' ? brand : partner).token,
      body,
      headers: { 'Content-Type': 'application/x-ndjson', 'Cleanroom-Salt-Check': SALT_CHECK },
    });
  const overlap = (): Promise<Response> => svc.fetch(`/v1/agreements/${agreementId}/insights/overlap`, { method: 'POST', token: brand.token, body: '{}' });

  beforeAll(async () => {
    svc = await startTestService({ CLEANROOM_MAX_CONCURRENT_UPLOADS: String(LIMIT), CLEANROOM_MIN_DATASET_SIZE: '100', CLEANROOM_CHECKPOINT_INTERVAL_SECONDS: '0' });
    [brand, partner] = await Promise.all([svc.createOrg('brand'), svc.createOrg('media_partner')]);
    agreementId = await activeAgreement(svc, brand, partner, testPolicy({ brand: brand.id, partner: partner.id }));
    expect((await upload('brand', rows('brand', shared))).status).toBe(201);
    expect((await upload('partner', rows('partner', shared))).status).toBe(201);
    expect((await overlap()).status).toBe(200);
  });
  afterAll(async () => {
    await svc?.stop();
  });

  it('past the limit an upload is 503 + Retry-After at once; insights and tokens answer meanwhile; then uploads go through again', async () => {
    // The limit's worth of slow uploads, each with its COPY running and half its body still to come.
    const bodies = { brand: rows('brand'), partner: rows('partner') };
    const half = (body: string): number => body.indexOf('\n', body.length / 2) + 1;
    const slow = (['brand', 'partner'] as const).map((side) => ({ side, ...openUpload(side, bodies[side].slice(0, half(bodies[side]))) }));
    await until(async () => (await copiesRunning()) === LIMIT, `${LIMIT} uploads' COPY to start`);

    // The extra ones: a few rows sent and the body never finished; answered without waiting for it.
    const extra = await Promise.all(
      Array.from({ length: EXTRA }, async (_, i) => {
        const side = i % 2 === 0 ? 'brand' : 'partner';
        const { req, answer } = openUpload(side, bodies[side].slice(0, 4096));
        const { value, ms } = await timed(() => answer);
        req.destroy();
        return { ...value, ms };
      }),
    );
    for (const a of extra) {
      expect(a.status, a.text).toBe(503);
      expect(a.headers['retry-after']).toMatch(/^[1-9][0-9]*$/);
      expect(a.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(JSON.parse(a.text)).toMatchObject({ type: 'urn:cleanroom:problem:unavailable', rule: 'uploads_busy' });
      expect(a.ms).toBeLessThan(NORMAL_MS);
    }
    expect(await copiesRunning()).toBe(LIMIT);

    // Meanwhile: insights (cached and not) and token issuance, many at once, in normal time.
    const work = [
      ...Array.from({ length: 10 }, () => timed(async () => (await overlap()).status)),
      ...Array.from({ length: 10 }, () => timed(async () => (await svc.token(partner.clientId, partner.clientSecret)).length > 0 ? 200 : 0)),
      timed(async () => (await svc.fetch(`/v1/agreements/${agreementId}/insights/context`, { method: 'POST', token: brand.token, body: JSON.stringify({ partnerAttribute: 'device', brandAttribute: 'value_tier' }) })).status),
    ];
    for (const d of await Promise.all(work)) {
      expect(d.value).toBe(200);
      expect(d.ms).toBeLessThan(NORMAL_MS);
    }
    // Both slow uploads are still in progress.
    expect(await copiesRunning()).toBe(LIMIT);

    // The slow ones finish and publish; then a new upload is admitted and succeeds.
    for (const s of slow) s.req.end(bodies[s.side].slice(half(bodies[s.side])));
    for (const s of slow) {
      const a = await s.answer;
      expect(a.status, a.text).toBe(201);
    }
    const next = await upload('brand', rows('brand'));
    expect(next.status, await next.clone().text()).toBe(201);
    expect(((await next.json()) as { version: number }).version).toBe(3);
  });
});
