// Issue 14, done means 6: checkpoints outside the database. Every checkpoint signed is appended to
// the checkpoint file; the periodic ones are pushed to an auditor's HTTPS webhook (retried, audited,
// scoped to its agreements). An auditor holding an earlier checkpoint proves that a fresh export
// extends it — and after the table is rewritten with superuser rights and re-chained (so the service's
// own verification still passes), `cleanroom audit verify --since-checkpoint` fails and names the
// first rewritten seq.
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JSONWebKeySet } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventHash, type ChainedEvent } from '@cleanroom/contracts';
import { verifyCheckpoint } from '../../sdk/src/audit/checkpoint.js';
import { runCli } from '../../sdk/src/cli/main.js';
import type { ServiceContext } from '../../services/cleanroom/src/context.js';
import { createCheckpointer } from '../../services/cleanroom/src/domain/audit-verify.js';
import { CHECKPOINT_FILE } from '../../services/cleanroom/src/domain/checkpoint-outbox.js';
import { allAuditEvents } from '../../services/cleanroom/src/store/audit.js';
import { activeAgreement, testPolicy } from '../support/policy.js';
import { startTestService, type OrgHandle, type TestService } from '../support/service.js';

const CERT = join(import.meta.dirname, 'fixtures', 'webhook-localhost.crt');
const KEY = join(import.meta.dirname, 'fixtures', 'webhook-localhost.key');
const FAST_RETRY = { attempts: 3, baseDelayMs: 20, timeoutMs: 5_000 };

interface ExportLine {
  seq: number;
  agreementId: string | null;
  agreementSeq?: number;
  action?: string;
}

describe('checkpoints outside the database', () => {
  let svc: TestService;
  let brand: OrgHandle, partner: OrgHandle, otherPartner: OrgHandle, auditor: OrgHandle, otherAuditor: OrgHandle;
  let agreementX: string;
  let agreementY: string;
  let dir: string;
  let jwksPath: string;
  const checkpointFile = (): string => join(svc.dataDir, 'checkpoints', CHECKPOINT_FILE);
  const fileLines = async (path: string): Promise<string[]> => (await readFile(path, 'utf8')).split('\n').filter((l) => l !== '');
  const cli = async (args: string[]): Promise<{ code: number; out: string; err: string }> => {
    let out = '';
    let err = '';
    const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), env: {}, interactive: false });
    return { code, out, err };
  };
  /** A fresh export through the current head, as `token` may see it. */
  const exportNow = async (token: string, name: string): Promise<string> => {
    const res = await svc.fetch('/v1/audit/export', { token });
    expect(res.status).toBe(200);
    const path = join(dir, name);
    await writeFile(path, await res.text());
    return path;
  };
  const events = async (action: string): Promise<{ seq: number; detail: Record<string, unknown> }[]> => {
    const res = await svc.fetch(`/v1/audit/events?action=${action}&limit=1000`, { token: await svc.adminToken() });
    return ((await res.json()) as { events: { seq: number; detail: Record<string, unknown> }[] }).events;
  };

  beforeAll(async () => {
    svc = await startTestService({ CLEANROOM_CHECKPOINT_INTERVAL_SECONDS: '0' });
    dir = await mkdtemp(join(tmpdir(), 'cleanroom-checkpoints-'));
    [brand, partner, otherPartner, auditor, otherAuditor] = await Promise.all([
      svc.createOrg('brand'),
      svc.createOrg('media_partner'),
      svc.createOrg('media_partner'),
      svc.createOrg('auditor'),
      svc.createOrg('auditor'),
    ]);
    agreementX = await activeAgreement(svc, brand, partner, testPolicy({ brand: brand.id, partner: partner.id, auditors: [auditor.id] }));
    agreementY = await activeAgreement(svc, brand, otherPartner, testPolicy({ brand: brand.id, partner: otherPartner.id, auditors: [otherAuditor.id] }));
    jwksPath = join(dir, 'jwks.json');
    await writeFile(jwksPath, await (await svc.fetch('/.well-known/jwks.json')).text());
  });
  afterAll(async () => {
    await svc?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('each signed checkpoint is appended to the checkpoint file, one JWS a line, readable by its owner only', async () => {
    const checkpoint = await createCheckpointer(svc.service.ctx).tick();
    expect(checkpoint).toBeDefined();
    const lines = await fileLines(checkpointFile());
    expect(lines.at(-1)).toBe(checkpoint!.jws);
    expect((await stat(checkpointFile())).mode & 0o777).toBe(0o600);
    // An auditor's checkpoint from GET /v1/audit/verify is appended too.
    const verified = (await (await svc.fetch('/v1/audit/verify', { token: auditor.token })).json()) as { checkpoint: { jws: string } };
    expect((await fileLines(checkpointFile())).at(-1)).toBe(verified.checkpoint.jws);
    expect(await fileLines(checkpointFile())).toHaveLength(lines.length + 1);
  });

  it("pushes each auditor's own checkpoint to its HTTPS webhook, retried after a failure, and audits the push", async () => {
    const received: { contentType: string | undefined; body: string }[] = [];
    const server: Server = createServer({ key: readFileSync(KEY), cert: readFileSync(CERT) }, (req, res) => {
      let body = '';
      req.on('data', (d: Buffer) => (body += d.toString()));
      req.on('end', () => {
        received.push({ contentType: req.headers['content-type'], body });
        // The first delivery fails; the retry succeeds.
        res.writeHead(received.length === 1 ? 503 : 204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const address = server.address();
      const url = `https://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/checkpoints`;
      const base = svc.service.ctx;
      const withWebhook = (caFile: string | undefined): ServiceContext => ({
        ...base,
        config: { ...base.config, checkpointWebhooks: new Map([[auditor.id, url]]), checkpointWebhookCaFile: caFile },
      });
      // Something new to sign, then a tick with the webhook configured and its certificate trusted.
      await svc.adminToken();
      const signed = await createCheckpointer(withWebhook(CERT), { retry: FAST_RETRY }).tick();
      expect(signed).toBeDefined();
      expect(received).toHaveLength(2);
      expect(received[1]!.contentType).toBe('application/jose');
      expect(received[1]!.body).toBe(received[0]!.body);
      // The auditor's own scope: its agreement's head only, never the global head or agreement Y.
      const jwks = JSON.parse(await readFile(jwksPath, 'utf8')) as JSONWebKeySet;
      const pushed = await verifyCheckpoint(received[1]!.body, jwks);
      expect(pushed.ok).toBe(true);
      if (!pushed.ok) return;
      expect(pushed.payload.scope).toBe('agreements');
      expect(pushed.payload.agreements.map((a) => a.agreementId)).toEqual([agreementX]);
      expect(signed!.payload.agreements.map((a) => a.agreementId).sort()).toEqual([agreementX, agreementY].sort());
      expect((await fileLines(checkpointFile())).slice(-2)).toEqual([signed!.jws, received[1]!.body]);
      const audited = await events('checkpoint.pushed');
      expect(audited).toHaveLength(1);
      expect(audited[0]!.detail).toMatchObject({ auditorOrg: auditor.id, host: new URL(url).host, delivered: true, attempts: 2, last: 204, seq: pushed.payload.seq, agreements: 1 });
      expect(JSON.stringify(audited[0]!.detail)).not.toContain('/checkpoints');

      // Without the CA the self-signed server is not trusted: every try fails, and that is audited too.
      await svc.adminToken();
      const before = received.length;
      await createCheckpointer(withWebhook(undefined), { retry: { ...FAST_RETRY, attempts: 2 } }).tick();
      expect(received.length).toBe(before);
      const failed = (await events('checkpoint.pushed')).at(-1)!;
      expect(failed.detail).toMatchObject({ auditorOrg: auditor.id, delivered: false, attempts: 2 });
      expect(String(failed.detail.last)).toMatch(/SELF_SIGNED|CERT/);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('a fresh export extends an earlier checkpoint; after a superuser rewrite of the table it fails and names the first rewritten seq', async () => {
    const checkpoint = (await createCheckpointer(svc.service.ctx).tick())!;
    expect(checkpoint).toBeDefined();
    // The auditor kept the line the service appended to the checkpoint file.
    const earlier = join(dir, 'earlier.jws');
    expect((await fileLines(checkpointFile())).at(-1)).toBe(checkpoint.jws);
    await writeFile(earlier, checkpoint.jws + '\n');
    // The log goes on: more events after the checkpoint.
    await svc.token(partner.clientId, partner.clientSecret);
    expect((await svc.fetch(`/v1/agreements/${agreementX}/insights/overlap`, { method: 'POST', token: brand.token, body: '{}' })).status).toBeGreaterThanOrEqual(400);

    // No rewrite: the operator's full export and the auditor's own both extend it (and the whole file).
    const admin = await svc.adminToken();
    const full = await exportNow(admin, 'full.ndjson');
    let r = await cli(['audit', 'verify', '--export', full, '--since-checkpoint', earlier, '--jwks', jwksPath]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^verified: .*; extends the checkpoint of .* \(seq \d+\)/);
    const mine = await exportNow(auditor.token, 'auditor.ndjson');
    expect((await cli(['audit', 'verify', '--export', mine, '--since-checkpoint', earlier, '--jwks', jwksPath])).code).toBe(0);
    r = await cli(['audit', 'verify', '--export', full, '--since-checkpoint', checkpointFile(), '--jwks', jwksPath]);
    expect(r).toMatchObject({ code: 0, err: '' });

    // The rewrite, as someone with the database owner's rights would do it: the head event of
    // agreement X that the checkpoint signed is edited, and every row from it on is re-chained.
    const head = checkpoint.payload.agreements.find((a) => a.agreementId === agreementX)!;
    const target = (await fileLines(full)).map((l) => JSON.parse(l) as ExportLine).find((e) => e.agreementId === agreementX && e.agreementSeq === head.seq)!;
    expect(target.seq).toBeLessThanOrEqual(checkpoint.payload.seq);
    const pool = svc.db.pool;
    await pool.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete');
    try {
      await pool.query(`UPDATE audit_events SET detail = detail || '{"rewritten": true}'::jsonb WHERE seq = $1`, [target.seq]);
      const rows: ChainedEvent[] = [];
      for await (const e of allAuditEvents(pool)) rows.push(e);
      let prevHash = rows.find((e) => e.seq === target.seq - 1)!.hash;
      for (const e of rows.filter((x) => x.seq >= target.seq)) {
        const hash = eventHash(prevHash, e);
        await pool.query('UPDATE audit_events SET prev_hash = $1, hash = $2 WHERE seq = $3', [Buffer.from(prevHash, 'hex'), Buffer.from(hash, 'hex'), e.seq]);
        prevHash = hash;
      }
    } finally {
      await pool.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_delete');
    }
    // The chain is consistent again: the service's own verification cannot tell.
    const inside = (await (await svc.fetch('/v1/audit/verify', { token: admin })).json()) as { ok: boolean };
    expect(inside.ok).toBe(true);

    // A fresh export verifies on its own, but does not extend the earlier checkpoint.
    const after = await exportNow(await svc.adminToken(), 'after.ndjson');
    expect((await cli(['audit', 'verify', '--export', after, '--checkpoint', await saveCurrentCheckpoint(), '--jwks', jwksPath])).code).toBe(0);
    r = await cli(['audit', 'verify', '--export', after, '--since-checkpoint', earlier, '--jwks', jwksPath]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`^cleanroom audit: verification failed: event seq ${target.seq}: the log was rewritten since the earlier checkpoint`));
    // The auditor's own export shows it too, at the same seq.
    r = await cli(['audit', 'verify', '--export', await exportNow(auditor.token, 'auditor-after.ndjson'), '--since-checkpoint', earlier, '--jwks', jwksPath]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`event seq ${target.seq}: the log was rewritten`);
    // The whole checkpoint file, every checkpoint in it checked: the same first seq.
    r = await cli(['audit', 'verify', '--export', after, '--since-checkpoint', checkpointFile(), '--jwks', jwksPath]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`event seq ${target.seq}: the log was rewritten`);

    async function saveCurrentCheckpoint(): Promise<string> {
      const res = await svc.fetch('/v1/audit/verify', { token: await svc.adminToken() });
      const v = (await res.json()) as { checkpoint: { jws: string; payload: { seq: number } } };
      // An export through the current checkpoint's seq, so both end at the same head.
      const through = await svc.fetch(`/v1/audit/export?through=${v.checkpoint.payload.seq}`, { token: await svc.adminToken() });
      await writeFile(after, await through.text());
      const path = join(dir, 'current.jws');
      await writeFile(path, v.checkpoint.jws);
      return path;
    }
  });
});
