// Done means (issue 6, items 1–2): who may export, verify and read what; export → offline verify
// passes; a flipped byte, a deleted line, two lines swapped or a foreign checkpoint make it fail and
// name the event; periodic checkpoints; the service's own verification finds an edited row.
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompactSign } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECKPOINT_JWS_TYP } from '@cleanroom/contracts';
import { verifyExportFile } from '../../sdk/src/audit/verify-export.js';
import { runCli } from '../../sdk/src/cli/main.js';
import { createCheckpointer } from '../../services/cleanroom/src/domain/audit-verify.js';
import { problemOf, startTestService, type OrgHandle, type TestService } from '../support/service.js';

interface Verification {
  ok: boolean;
  length: number;
  headSeq: number;
  headHash: string;
  firstBrokenSeq?: number;
  reason?: string;
  checkpoint: { jws: string; kid: string; payload: { seq: number; headHash: string; agreements: { agreementId: string; seq: number; link: string }[] } } | null;
}

describe('audit export, verification and checkpoints', () => {
  let svc: TestService;
  let brand: OrgHandle;
  let partner: OrgHandle;
  let otherPartner: OrgHandle;
  let auditor: OrgHandle;
  let otherAuditor: OrgHandle;
  let agreementX: string;
  let agreementY: string;
  let dir: string;

  const doc = (partnerId: string, auditorId: string) => ({
    purpose: 'Media planning: context affinity of brand segments',
    parties: { brand: brand.id, partner: partnerId },
    auditors: [auditorId],
    identity: { profile: 'email' },
    brandAttributes: ['value_tier', 'lifecycle'],
    partnerAttributes: { content_category: { maxValuesPerId: 3 }, daypart: {} },
    insights: ['overlap', 'context'],
    minCohort: 50,
    privacy: { mechanism: 'discrete-gaussian', epsilonPerRelease: 0.5, budget: 3, delta: 1e-9 },
    attributeValues: {
      value_tier: ['high', 'mid', 'low'],
      lifecycle: ['new', 'active', 'lapsed'],
      content_category: ['news', 'sports', 'cooking', 'travel', 'tech'],
      daypart: ['morning', 'daytime', 'evening', 'night'],
    },
    revealPartnerBaseSize: false,
    validUntil: '2099-06-30T00:00:00Z',
    retentionDays: 90,
  });
  const post = (path: string, token: string, body: unknown) => svc.fetch(path, { method: 'POST', token, body: JSON.stringify(body) });
  const agreement = async (partnerOrg: OrgHandle, auditorOrg: OrgHandle): Promise<string> => {
    const res = await post('/v1/agreements', brand.token, doc(partnerOrg.id, auditorOrg.id));
    expect(res.status).toBe(201);
    const a = (await res.json()) as { id: string; pendingVersionHash: string };
    // A refused approval (stale hash) is a deny event; then the real approval.
    expect((await post(`/v1/agreements/${a.id}/approve`, partnerOrg.token, { versionHash: 'e'.repeat(64) })).status).toBe(409);
    expect((await post(`/v1/agreements/${a.id}/approve`, partnerOrg.token, { versionHash: a.pendingVersionHash })).status).toBe(200);
    // Nothing left to approve: another deny.
    expect((await post(`/v1/agreements/${a.id}/approve`, partnerOrg.token, { versionHash: a.pendingVersionHash })).status).toBe(409);
    return a.id;
  };
  const verifyNow = async (token: string): Promise<Verification> => {
    const res = await svc.fetch('/v1/audit/verify', { token });
    expect(res.status).toBe(200);
    return (await res.json()) as Verification;
  };
  /** A checkpoint, the JWKS and an export through the checkpoint's seq, saved as files. */
  const exportFiles = async (token: string, query: Record<string, string> = {}, name = 'events.ndjson') => {
    const v = await verifyNow(token);
    expect(v.ok).toBe(true);
    const params = new URLSearchParams({ ...query, through: String(v.checkpoint!.payload.seq) });
    const res = await svc.fetch(`/v1/audit/export?${params}`, { token });
    expect(res.status).toBe(200);
    const files = { export: join(dir, name), checkpoint: join(dir, `${name}.jws`), jwks: join(dir, 'jwks.json') };
    await writeFile(files.export, await res.text());
    await writeFile(files.checkpoint, v.checkpoint!.jws);
    await writeFile(files.jwks, await (await svc.fetch('/.well-known/jwks.json')).text());
    return { ...files, verification: v, headers: res.headers };
  };
  const verifyFiles = (f: { export: string; checkpoint: string; jwks: string }, extra: { partial?: boolean } = {}) =>
    verifyExportFile({ exportPath: f.export, checkpointPath: f.checkpoint, jwksPath: f.jwks, ...extra });
  const lines = async (path: string): Promise<string[]> => (await readFile(path, 'utf8')).split('\n').filter((l) => l !== '');
  const cli = async (args: string[]): Promise<{ code: number; out: string; err: string }> => {
    let out = '';
    let err = '';
    const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), env: {}, interactive: false });
    return { code, out, err };
  };

  beforeAll(async () => {
    svc = await startTestService({ CLEANROOM_CHECKPOINT_INTERVAL_SECONDS: '0' });
    dir = await mkdtemp(join(tmpdir(), 'cleanroom-audit-'));
    [brand, partner, otherPartner, auditor, otherAuditor] = await Promise.all([
      svc.createOrg('brand', 'Acme Retail'),
      svc.createOrg('media_partner', 'Daily Planet'),
      svc.createOrg('media_partner', 'Other Media'),
      svc.createOrg('auditor', 'Privacy Office'),
      svc.createOrg('auditor', 'Other Auditor'),
    ]);
    agreementX = await agreement(partner, auditor);
    agreementY = await agreement(otherPartner, otherAuditor);
  });
  afterAll(async () => {
    await svc.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('parties cannot export or verify; they see only events of their own agreements', async () => {
    for (const path of ['/v1/audit/export', '/v1/audit/verify']) {
      const res = await svc.fetch(path, { token: partner.token });
      expect(res.status).toBe(403);
      expect(await problemOf(res)).toMatchObject({ type: 'urn:cleanroom:problem:forbidden', rule: 'auditors_only' });
    }
    const mine = (await (await svc.fetch('/v1/audit/events?limit=1000', { token: partner.token })).json()) as { events: { agreementId: string | null }[] };
    expect(mine.events.length).toBeGreaterThan(0);
    expect(new Set(mine.events.map((e) => e.agreementId))).toEqual(new Set([agreementX]));
    expect((await svc.fetch(`/v1/audit/events?agreementId=${agreementY}`, { token: partner.token })).status).toBe(404);
    expect((await svc.fetch(`/v1/agreements/${agreementY}/record-of-processing`, { token: partner.token })).status).toBe(404);
  });

  it('an auditor sees, exports and gets checkpoints only for the agreements that name it', async () => {
    const events = (await (await svc.fetch('/v1/audit/events?limit=1000', { token: auditor.token })).json()) as { events: { agreementId: string | null }[] };
    expect(new Set(events.events.map((e) => e.agreementId))).toEqual(new Set([agreementX]));
    const f = await exportFiles(auditor.token);
    const exported = (await lines(f.export)).map((l) => JSON.parse(l) as { agreementId: string | null });
    expect(exported.length).toBe(events.events.length);
    expect(new Set(exported.map((e) => e.agreementId))).toEqual(new Set([agreementX]));
    expect(f.verification.checkpoint!.payload.agreements.map((a) => a.agreementId)).toEqual([agreementX]);
    const foreign = await svc.fetch(`/v1/audit/export?agreementId=${agreementY}`, { token: auditor.token });
    expect(foreign.status).toBe(404);
    expect((await svc.fetch(`/v1/agreements/${agreementY}/record-of-processing`, { token: auditor.token })).status).toBe(404);
    const other = await exportFiles(otherAuditor.token, {}, 'other.ndjson');
    expect(new Set((await lines(other.export)).map((l) => (JSON.parse(l) as { agreementId: string }).agreementId))).toEqual(new Set([agreementY]));
  });

  it('export → offline verify passes, in NDJSON and CSV, and through the CLI', async () => {
    const f = await exportFiles(auditor.token);
    expect(f.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const result = await verifyFiles(f);
    expect(result.message).toMatch(/^verified: \d+ events/);
    expect(result.ok).toBe(true);
    const csv = await exportFiles(auditor.token, { format: 'csv' }, 'events.csv');
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect((await verifyFiles(csv)).ok).toBe(true);
    const run = await cli(['audit', 'verify', '--export', f.export, '--checkpoint', f.checkpoint, '--jwks', f.jwks]);
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(run.out).toMatch(/^verified: /);
  });

  it('the CLI exports with a checkpoint, verifies the files, and lists events as a table', async () => {
    const conn = ['--url', svc.url, '--client-id', auditor.clientId, '--client-secret', auditor.clientSecret];
    const files = { export: join(dir, 'cli.ndjson'), checkpoint: join(dir, 'cli.jws'), jwks: join(dir, 'cli-jwks.json') };
    const exported = await cli(['audit', 'export', ...conn, '--out', files.export, '--checkpoint-out', files.checkpoint, '--jwks-out', files.jwks, '--agreement', agreementX]);
    expect(exported).toMatchObject({ code: 0, err: '' });
    expect(exported.out).toMatch(/^exported through seq \d+ to /);
    const verified = await cli(['audit', 'verify', '--export', files.export, '--checkpoint', files.checkpoint, '--jwks', files.jwks]);
    expect(verified).toMatchObject({ code: 0, err: '' });
    const events = await cli(['audit', 'events', ...conn, '--decision', 'deny']);
    expect(events.code).toBe(0);
    const rows = events.out.trimEnd().split('\n');
    expect(rows[0]).toMatch(/^SEQ\s+AT\s+ACTION\s+DECISION\s+ACTOR\s+AGREEMENT\s+DETAIL$/);
    expect(rows.slice(1)).toHaveLength(2);
    expect(rows.slice(1).every((r) => r.includes('agreement.approval_refused') && r.includes('deny') && r.includes(agreementX))).toBe(true);
    const json = await cli(['audit', 'events', ...conn, '--json', '--limit', '1']);
    expect(JSON.parse(json.out)).toMatchObject({ events: [{ agreementId: agreementX }], nextCursor: expect.any(String) });
    const denied = await cli(['audit', 'export', '--url', svc.url, '--client-id', partner.clientId, '--client-secret', partner.clientSecret, '--out', join(dir, 'x.ndjson')]);
    expect(denied).toMatchObject({ code: 1, err: 'cleanroom audit: export failed: 403 only auditors (and the operator) may export or verify the audit log [auditors_only]\n' });
  });

  it('a flipped byte, a deleted line, two swapped lines or a truncated file fail and name the event', async () => {
    const f = await exportFiles(auditor.token);
    const original = await lines(f.export);
    expect(original.length).toBeGreaterThanOrEqual(4);
    const seqOf = (line: string): number => (JSON.parse(line) as { seq: number }).seq;
    const tampered = async (content: string[]): Promise<{ code: number; err: string }> => {
      await writeFile(f.export, content.join('\n') + '\n');
      return cli(['audit', 'verify', '--export', f.export, '--checkpoint', f.checkpoint, '--jwks', f.jwks]);
    };

    // One byte of the second event: a digit of its timestamp.
    const flipped = [...original];
    flipped[1] = flipped[1]!.replace(/"at":"(\d{4})/, (_m, y: string) => `"at":"${String(Number(y) + 1)}`);
    expect(flipped[1]).not.toBe(original[1]);
    let r = await tampered(flipped);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`cleanroom audit: verification failed: event seq ${seqOf(original[1]!)}: its content does not match its hash (the event was altered)\n`);

    // One byte of a hash.
    const hashFlip = [...original];
    hashFlip[2] = hashFlip[2]!.replace(/"hash":"(.)/, (_m, c: string) => `"hash":"${c === 'a' ? 'b' : 'a'}`);
    r = await tampered(hashFlip);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`event seq ${seqOf(original[2]!)}:`);

    // A deleted line: the next event names the hole.
    r = await tampered(original.filter((_, i) => i !== 1));
    expect(r.code).toBe(1);
    expect(r.err).toContain(`event seq ${seqOf(original[2]!)}: 1 event(s) of ${agreementX} are missing before it`);

    // Two lines swapped.
    const swapped = [...original];
    [swapped[1], swapped[2]] = [swapped[2]!, swapped[1]!];
    r = await tampered(swapped);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`event seq ${seqOf(original[2]!)}:`);

    // The last line removed: the checkpoint's head is missing.
    r = await tampered(original.slice(0, -1));
    expect(r.code).toBe(1);
    expect(r.err).toContain(`event seq ${seqOf(original.at(-2)!)}: the last 1 event(s) of ${agreementX} after it are missing`);

    // The first line removed.
    r = await tampered(original.slice(1));
    expect(r.code).toBe(1);
    expect(r.err).toContain(`event seq ${seqOf(original[1]!)}: the first 1 event(s) of ${agreementX} are missing`);

    // Content altered and every hash and link after it recomputed: only the checkpoint catches it.
    await writeFile(f.export, original.join('\n') + '\n');
    expect((await verifyFiles(f)).ok).toBe(true);
  });

  it('a rewritten history with recomputed hashes does not match the signed checkpoint', async () => {
    const { eventHash, agreementLink } = await import('@cleanroom/contracts');
    const f = await exportFiles(auditor.token);
    const events = (await lines(f.export)).map((l) => JSON.parse(l) as Record<string, unknown> & { seq: number; prevHash: string; hash: string; agreementPrevLink: string; agreementLink: string; detail: Record<string, unknown> });
    // Rewrite the first event's detail and re-chain everything after it, as a forger would.
    events[0]!.detail = { ...events[0]!.detail, purpose: 'something else' };
    let prevLink = events[0]!.agreementPrevLink;
    for (const [i, e] of events.entries()) {
      if (i > 0) e.prevHash = e.seq === events[i - 1]!.seq + 1 ? events[i - 1]!.hash : e.prevHash;
      e.hash = eventHash(e.prevHash, e as never);
      e.agreementPrevLink = prevLink;
      e.agreementLink = agreementLink(prevLink, e.hash);
      prevLink = e.agreementLink;
    }
    await writeFile(f.export, events.map((e) => JSON.stringify(e)).join('\n') + '\n');
    const noCheckpoint = await verifyExportFile({ exportPath: f.export });
    expect(noCheckpoint.ok).toBe(true); // consistent on its own…
    const result = await verifyFiles(f);
    expect(result.ok).toBe(false); // …but not what the service signed
    expect(result.message).toContain(`the chain of ${agreementX} does not end at the checkpoint's link`);
  });

  it('a checkpoint signed by another key fails, even with the right kid', async () => {
    const f = await exportFiles(auditor.token);
    const { privateKey } = generateKeyPairSync('ed25519');
    const payload = f.verification.checkpoint!.payload;
    const forged = await new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
      .setProtectedHeader({ alg: 'EdDSA', kid: f.verification.checkpoint!.kid, typ: CHECKPOINT_JWS_TYP })
      .sign(privateKey);
    await writeFile(f.checkpoint, forged);
    const r = await cli(['audit', 'verify', '--export', f.export, '--checkpoint', f.checkpoint, '--jwks', f.jwks]);
    expect(r).toEqual({ code: 1, out: '', err: 'cleanroom audit: checkpoint signature invalid: the signature does not verify\n' });
    const unknownKid = await new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
      .setProtectedHeader({ alg: 'EdDSA', kid: 'someone-else', typ: CHECKPOINT_JWS_TYP })
      .sign(privateKey);
    await writeFile(f.checkpoint, unknownKid);
    expect((await cli(['audit', 'verify', '--export', f.export, '--checkpoint', f.checkpoint, '--jwks', f.jwks])).err).toContain('no key in the JWKS matches its kid');
  });

  it('a filtered export keeps the chains whole with elided lines and still verifies', async () => {
    const f = await exportFiles(auditor.token, { decision: 'deny' }, 'denials.ndjson');
    const parsed = (await lines(f.export)).map((l) => JSON.parse(l) as { elided?: boolean; decision?: string; action?: string });
    const full = parsed.filter((e) => !e.elided);
    expect(full.length).toBeGreaterThan(0);
    expect(full.every((e) => e.decision === 'deny' && e.action === 'agreement.approval_refused')).toBe(true);
    expect(parsed.some((e) => e.elided)).toBe(true);
    expect((await verifyFiles(f)).ok).toBe(true);
    const csv = await exportFiles(auditor.token, { decision: 'deny', format: 'csv' }, 'denials.csv');
    expect((await verifyFiles(csv)).ok).toBe(true);
  });

  it('the operator exports the whole chain, verified from the genesis against the global head', async () => {
    const admin = await svc.adminToken();
    const f = await exportFiles(admin, {}, 'all.ndjson');
    const all = (await lines(f.export)).map((l) => JSON.parse(l) as { seq: number; agreementId: string | null });
    expect(all[0]!.seq).toBe(1);
    expect(all.at(-1)!.seq).toBe(f.verification.headSeq);
    expect(all.some((e) => e.agreementId === null)).toBe(true);
    expect((await verifyFiles(f)).ok).toBe(true);
    // A missing event of no agreement (token.issued) is found by the global chain.
    const i = all.findIndex((e, k) => k > 0 && e.agreementId === null);
    await writeFile(f.export, (await lines(f.export)).filter((_, k) => k !== i).join('\n') + '\n');
    const r = await verifyFiles(f);
    expect(r.ok).toBe(false);
    expect(r.message).toContain(`event seq ${all[i + 1]!.seq}:`);
  });

  it('the record of processing, in the API and at the head of an agreement export', async () => {
    const res = await svc.fetch(`/v1/agreements/${agreementX}/record-of-processing`, { token: auditor.token });
    expect(res.status).toBe(200);
    const record = (await res.json()) as Record<string, unknown>;
    expect(record).toMatchObject({
      agreementId: agreementX,
      state: 'active',
      purpose: 'Media planning: context affinity of brand segments',
      controllers: [
        { orgId: brand.id, name: 'Acme Retail', role: 'brand' },
        { orgId: partner.id, name: 'Daily Planet', role: 'media_partner' },
      ],
      auditors: [{ orgId: auditor.id, name: 'Privacy Office', role: 'auditor' }],
      retention: { retentionDays: 90, validUntil: '2099-06-30T00:00:00Z' },
      securityMeasures: { mechanism: 'discrete-gaussian', epsilonPerRelease: 0.5, epsilonBudget: 3, delta: 1e-9, minCohort: 50 },
    });
    expect((await svc.fetch(`/v1/agreements/${agreementX}/record-of-processing`, { token: brand.token })).status).toBe(200);
    const f = await exportFiles(auditor.token, { agreementId: agreementX, include: 'record' }, 'with-record.ndjson');
    const first = JSON.parse((await lines(f.export))[0]!) as { recordOfProcessing?: { agreementId: string } };
    expect(first.recordOfProcessing?.agreementId).toBe(agreementX);
    const result = await verifyFiles(f);
    expect(result.ok).toBe(true);
    expect(result.verdict?.summary.record).toBe(true);
    const csv = await svc.fetch(`/v1/audit/export?agreementId=${agreementX}&include=record&format=csv`, { token: auditor.token });
    expect(csv.status).toBe(422);
  });

  it('periodic checkpoints are signed and logged, and not repeated over an idle log', async () => {
    const checkpointer = createCheckpointer(svc.service.ctx);
    const first = await checkpointer.tick();
    expect(first?.payload.agreements.map((a) => a.agreementId).sort()).toEqual([agreementX, agreementY].sort());
    expect(await checkpointer.tick()).toBeUndefined();
    const admin = await svc.adminToken();
    const events = (await (await svc.fetch('/v1/audit/events?action=checkpoint.signed', { token: admin })).json()) as { events: { seq: number; detail: { seq: number; jws: string } }[] };
    expect(events.events).toHaveLength(1);
    expect(events.events[0]!.detail).toMatchObject({ seq: first!.payload.seq, jws: first!.jws });
    // Another event arrives (the admin's token issuance did): the next tick signs again.
    const next = await checkpointer.tick();
    expect(next!.payload.seq).toBeGreaterThan(first!.payload.seq);
  });

  it('the service finds an edited row and signs no checkpoint over it', async () => {
    const admin = await svc.adminToken();
    const v = await verifyNow(admin);
    expect(v).toMatchObject({ ok: true, scope: 'global', headSeq: v.length });
    // As the database owner would: bypass the append-only trigger and edit one event.
    await svc.db.pool.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete');
    await svc.db.pool.query(`UPDATE audit_events SET detail = jsonb_set(detail, '{rule}', '"nothing_pending"') WHERE seq = (SELECT min(seq) FROM audit_events WHERE action = 'agreement.approval_refused')`);
    const { rows } = await svc.db.pool.query<{ seq: string }>(`SELECT min(seq) AS seq FROM audit_events WHERE action = 'agreement.approval_refused'`);
    const broken = await verifyNow(admin);
    expect(broken).toMatchObject({ ok: false, firstBrokenSeq: Number(rows[0]!.seq), reason: 'hash_mismatch', checkpoint: null });
    // An auditor is told the chain is broken, not where (that is the operator's to know).
    const told = await verifyNow(auditor.token);
    expect(told).toMatchObject({ ok: false, scope: 'agreements', reason: 'hash_mismatch', checkpoint: null });
    expect(told.firstBrokenSeq).toBeUndefined();
  });
});
