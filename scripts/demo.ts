// npm run demo — the whole clean room on the embedded database, with no configuration: a brand, a
// media partner and a privacy officer; an agreement proposed and approved by its hash; a synthetic
// population hashed on each party's side and uploaded through the SDK; the overlap and the context
// affinity table by value tier (with suppressed cells and the budget); a denied request; and the
// audit chain verified offline from an export and a signed checkpoint.
import { randomBytes, randomInt } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { loadConfig } from '../services/cleanroom/src/config.js';
import { createLogger, startService } from '../services/cleanroom/src/service.js';
import { createCleanroomClient, encodePublicKey, generateKeyPair, prepareUpload, uploadDataset, type CleanroomClient } from '../sdk/src/index.js';
import { hashFile } from '@cleanroom/sdk/node';
import { renderRelease } from '../sdk/src/cli/insights.js';
import { runCli } from '../sdk/src/cli/main.js';

const started = performance.now();
const elapsed = (): string => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const say = (text: string): void => console.log(text);
const heading = (text: string): void => say(`\n== ${text}`);

const BRAND_CUSTOMERS = 200_000;
const PARTNER_USERS = 500_000;
const SHARED = 120_000;
const TIERS = ['high', 'mid', 'low'] as const;
const CATEGORIES = ['news', 'sports', 'cooking', 'travel', 'tech', 'finance', 'music', 'health'];

const work = await mkdtemp(join(tmpdir(), 'cleanroom-demo-'));
const admin = { clientId: 'demo-operator', clientSecret: randomBytes(24).toString('base64url') };
const config = loadConfig({ CLEANROOM_DATA_DIR: join(work, 'data'), PORT: '0', LOG_LEVEL: 'warn', CLEANROOM_ADMIN_CLIENT_ID: admin.clientId, CLEANROOM_ADMIN_CLIENT_SECRET: admin.clientSecret });
heading('Starting the clean room on an embedded PostgreSQL');
const service = await startService(config, createLogger(config));
say(`service at ${service.url} (${elapsed()})`);

function must<T>(what: string, r: { data?: T; error?: unknown; response: Response }): T {
  if (r.data === undefined) throw new Error(`${what}: ${r.response.status} ${JSON.stringify(r.error)}`);
  return r.data;
}

try {
  const operator = createCleanroomClient({ baseUrl: service.url, credentials: admin });
  heading('Registering the organisations (operator)');
  const register = async (kind: 'brand' | 'media_partner' | 'auditor', name: string): Promise<{ id: string; client: CleanroomClient; credentials: { clientId: string; clientSecret: string } }> => {
    const org = must('create organisation', await operator.api.POST('/v1/organizations', { body: { kind, name } }));
    say(`${kind.padEnd(13)} ${name.padEnd(20)} ${org.id}`);
    const credentials = { clientId: org.clientId, clientSecret: org.clientSecret };
    return { id: org.id, client: createCleanroomClient({ baseUrl: service.url, credentials }), credentials };
  };
  const brand = await register('brand', 'Acme Outdoor');
  const partner = await register('media_partner', 'Daily Planet Media');
  const auditor = await register('auditor', 'Privacy Office');

  heading('Each party generates an X25519 key pair and registers the public key');
  const keys = { brand: generateKeyPair(), partner: generateKeyPair() };
  for (const [side, party] of [['brand', brand], ['partner', partner]] as const) {
    must('register key', await party.client.api.PUT('/v1/organizations/{orgId}/public-key', { params: { path: { orgId: party.id } }, body: { publicKey: encodePublicKey(keys[side].publicKey) } }));
    say(`${side}: public key registered (the private key never leaves the party)`);
  }

  heading('The brand proposes a data agreement; the partner approves that exact version by its hash');
  const proposed = must(
    'propose',
    await brand.client.api.POST('/v1/agreements', {
      body: {
        purpose: 'Media planning: context affinity of brand segments',
        parties: { brand: brand.id, partner: partner.id },
        auditors: [auditor.id],
        identity: { profile: 'email' },
        brandAttributes: ['value_tier', 'lifecycle'],
        partnerAttributes: { content_category: { maxValuesPerId: 3 }, daypart: { maxValuesPerId: 1 }, device: { maxValuesPerId: 1 } },
        insights: ['overlap', 'context'],
        minCohort: 50,
        privacy: { mechanism: 'discrete-gaussian', epsilonPerRelease: 0.5, budget: 3, delta: 1e-9 },
        attributeValues: {
          value_tier: [...TIERS],
          lifecycle: ['new', 'active', 'lapsed', 'winback'],
          content_category: CATEGORIES,
          daypart: ['morning', 'daytime', 'evening', 'night'],
          device: ['mobile', 'desktop', 'tv'],
        },
        revealPartnerBaseSize: false,
        validUntil: new Date(Date.now() + 180 * 86_400_000).toISOString(),
        retentionDays: 90,
      },
    }),
  );
  say(`agreement ${proposed.id}: ${proposed.state}, version hash ${proposed.pendingVersionHash}`);
  const approved = must('approve', await partner.client.api.POST('/v1/agreements/{agreementId}/approve', { params: { path: { agreementId: proposed.id } }, body: { versionHash: proposed.pendingVersionHash! } }));
  say(`agreement ${approved.id}: ${approved.state} under version ${approved.activeVersion}`);
  const agreementId = approved.id;

  heading(`Generating a synthetic population: ${BRAND_CUSTOMERS.toLocaleString()} brand customers, ${PARTNER_USERS.toLocaleString()} partner users, ${SHARED.toLocaleString()} in both`);
  const brandCsv = join(work, 'brand-customers.csv');
  const partnerCsv = join(work, 'partner-users.csv');
  await writeCsvs(brandCsv, partnerCsv);
  say(`wrote ${brandCsv} and ${partnerCsv} (raw emails: they stay on each party's machine) (${elapsed()})`);

  heading('Each party normalizes, hashes (salted per agreement) and uploads through the SDK');
  for (const [side, party, file, key] of [
    ['brand', brand, brandCsv, keys.brand],
    ['partner', partner, partnerCsv, keys.partner],
  ] as const) {
    const ctx = await prepareUpload(party.client, agreementId, key.privateKey);
    const t0 = performance.now();
    const rows = hashFile(file, { salt: ctx.salt, profile: ctx.profile, idColumn: 'email', attributes: ctx.attributes, multiValued: ctx.multiValued });
    const result = await uploadDataset(party.client, { agreementId, side, saltCheck: ctx.saltCheck, body: rows, idempotencyKey: `demo-${side}-1` });
    ctx.salt.fill(0);
    if (!result.data) throw new Error(`${side} upload failed: ${JSON.stringify(result.error)}`);
    const secs = (performance.now() - t0) / 1000;
    say(`${side}: ${rows.stats.valid.toLocaleString()} ids hashed and uploaded in ${secs.toFixed(1)} s (${Math.round(rows.stats.valid / secs).toLocaleString()} ids/s) → version ${result.data.version}, ${result.data.rows.toLocaleString()} rows, ${result.data.duplicates} duplicates`);
  }

  heading('Insight 1 — the brand asks for the overlap by value tier');
  const overlap = must('overlap', await brand.client.api.POST('/v1/agreements/{agreementId}/insights/overlap', { params: { path: { agreementId } }, body: { brandAttribute: 'value_tier' } }));
  say(renderRelease(overlap).trimEnd());

  heading('Insight 2 — which contexts over-index among each value tier (affinity index, 100 = average)');
  const context = must(
    'context',
    await brand.client.api.POST('/v1/agreements/{agreementId}/insights/context', { params: { path: { agreementId } }, body: { partnerAttribute: 'content_category', brandAttribute: 'value_tier' } }),
  );
  const cells = new Map(context.release.contextRows.map((r) => [`${r.segment}|${r.context}`, r]));
  say(['content'.padEnd(10), ...TIERS.map((t) => `${t} tier`.padStart(18))].join(''));
  for (const c of CATEGORIES) {
    const line = TIERS.map((t) => {
      const row = cells.get(`${t}|${c}`)!;
      return (row.overlap.status === 'released' ? `${row.overlap.value} (${row.affinityIndex?.toFixed(0) ?? '-'})` : 'suppressed').padStart(18);
    });
    say([c.padEnd(10), ...line].join(''));
  }
  say(`cells: overlapping people (affinity index); noise std ${context.release.noise.stdDev}, ±${context.release.noise.halfWidth95} for 95% of cells`);
  say(`privacy: ε charged ${context.privacy.epsilonCharged}; spent ${context.privacy.epsilonSpent.toFixed(3)} of ${context.privacy.epsilonBudget}, left ${context.privacy.epsilonLeft.toFixed(3)}`);

  heading('Insight 3 — overlap by lifecycle: the tiny "winback" segment is suppressed');
  say(renderRelease(must('overlap by lifecycle', await brand.client.api.POST('/v1/agreements/{agreementId}/insights/overlap', { params: { path: { agreementId } }, body: { brandAttribute: 'lifecycle' } }))).trimEnd());

  heading('Asking again costs nothing: the same question on the same data returns the stored release');
  const again = must('overlap again', await brand.client.api.POST('/v1/agreements/{agreementId}/insights/overlap', { params: { path: { agreementId } }, body: { brandAttribute: 'value_tier' } }));
  say(`release ${again.releaseId} (cached: ${again.cached}), ε charged ${again.privacy.epsilonCharged}, same numbers: ${JSON.stringify(again.release) === JSON.stringify(overlap.release)}`);

  heading('A request the agreement does not allow is denied, naming the rule');
  const denied = await brand.client.api.POST('/v1/agreements/{agreementId}/insights/context', { params: { path: { agreementId } }, body: { partnerAttribute: 'income' } });
  if (!denied.error) throw new Error('expected a denial');
  say(`${denied.response.status} ${denied.error.title}: ${denied.error.detail ?? ''} [rule: ${denied.error.rule ?? '?'}]`);

  heading('The privacy officer verifies the audit log offline: export + signed checkpoint + JWKS');
  const { clientId, clientSecret } = auditor.credentials;
  const files = { export: join(work, 'audit.ndjson'), checkpoint: join(work, 'checkpoint.jws'), jwks: join(work, 'jwks.json') };
  const io = {
    stdout: (t: string) => process.stdout.write(t),
    stderr: (t: string) => process.stderr.write(t),
    env: { CLEANROOM_URL: service.url, CLEANROOM_CLIENT_ID: clientId, CLEANROOM_CLIENT_SECRET: clientSecret, CLEANROOM_HOME: join(work, 'home') },
    interactive: false,
  };
  const events = must('events', await auditor.client.api.GET('/v1/audit/events', { params: { query: { agreementId, limit: 1000 } } }));
  say(`${events.events.length} events on this agreement: ${[...new Set(events.events.map((e) => e.action))].join(', ')}`);
  if ((await runCli(['audit', 'export', '--out', files.export, '--checkpoint-out', files.checkpoint, '--jwks-out', files.jwks], io)) !== 0) throw new Error('audit export failed');
  const verified = await runCli(['audit', 'verify', '--export', files.export, '--checkpoint', files.checkpoint, '--jwks', files.jwks], io);
  if (verified !== 0) throw new Error('the audit chain did not verify');
  say(`\naudit chain verified — demo finished in ${elapsed()}`);
} finally {
  await service.stop();
  await rm(work, { recursive: true, force: true });
}

async function writeCsvs(brandPath: string, partnerPath: string): Promise<void> {
  const brandOut = createWriteStream(brandPath);
  const partnerOut = createWriteStream(partnerPath);
  const write = async (out: ReturnType<typeof createWriteStream>, line: string): Promise<void> => {
    if (!out.write(line)) await once(out, 'drain');
  };
  await write(brandOut, 'email,value_tier,lifecycle\n');
  await write(partnerOut, 'email,content_category,daypart,device\n');
  const pick = <T>(xs: readonly T[]): T => xs[randomInt(xs.length)]!;
  const lifecycle = (): string => pick(['new', 'active', 'active', 'lapsed']);
  const categories = (tier: string | null): string => {
    const n = 1 + randomInt(3);
    const set = new Set<string>();
    // The planted pattern: high-value customers read cooking and travel far more than average.
    if (tier === 'high' && randomInt(10) < 7) set.add(pick(['cooking', 'travel']));
    while (set.size < n) set.add(pick(CATEGORIES));
    return [...set].join('|');
  };
  const context = (tier: string | null): string => `${categories(tier)},${pick(['morning', 'daytime', 'evening', 'night'])},${pick(['mobile', 'mobile', 'desktop', 'tv'])}`;
  for (let i = 0; i < BRAND_CUSTOMERS; i++) {
    const tier = i % 10 < 2 ? 'high' : i % 10 < 5 ? 'mid' : 'low';
    // Brands hold emails as customers typed them; the SDK normalizes (case, gmail dots and +tags).
    const email = i % 7 === 0 ? `Customer.${i}+shop@GMAIL.com` : `customer${i}@example.com`;
    await write(brandOut, `${email},${tier},${i < 30 ? 'winback' : lifecycle()}\n`);
    if (i < SHARED) {
      const partnerEmail = i % 7 === 0 ? `customer${i}@gmail.com` : `customer${i}@example.com`;
      await write(partnerOut, `${partnerEmail},${context(tier)}\n`);
    }
  }
  for (let i = 0; i < PARTNER_USERS - SHARED; i++) await write(partnerOut, `reader${i}@example.org,${context(null)}\n`);
  brandOut.end();
  partnerOut.end();
  await Promise.all([once(brandOut, 'finish'), once(partnerOut, 'finish')]);
}
