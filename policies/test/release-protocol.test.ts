// The release protocol's order (DESIGN §5): decide → cache → aggregate → lock → re-decide → debit →
// noise → build → store, with a port that records every effect. The same protocol the service and the
// attack harness drive.
import { describe, expect, it } from 'vitest';
import {
  addCost,
  fitsBudget,
  ledgerTerms,
  openLedger,
  releaseCost,
  runReleaseProtocol,
  type LedgerSnapshot,
  type Release,
  type ReleasePort,
  type ReleaseSituation,
} from '../src/index.js';
import { BRAND, PARTNER, policy } from './fixtures.js';

const pol = policy();
const situation = (over: Partial<ReleaseSituation> = {}): ReleaseSituation => ({
  request: { kind: 'overlap', requester: PARTNER, brandAttribute: 'value_tier' },
  agreement: { id: 'agr_1', state: 'active', policy: pol },
  versionHash: 'v1',
  datasets: { brand: { id: 'ds_b', rows: 5000, saltCheck: 's' }, partner: { id: 'ds_p', rows: 5000, saltCheck: 's' } },
  ledger: openLedger(ledgerTerms(null, pol.privacy)),
  limits: { minCohortFloor: 50, maxEpsilonPerRelease: 1 },
  minDatasetSize: 1000,
  now: new Date('2026-12-01T00:00:00Z'),
  ...over,
});

function recordingPort(opts: { cached?: Release; lockedVersion?: string; lockedLedger?: LedgerSnapshot; race?: boolean } = {}) {
  const calls: string[] = [];
  let ledger = opts.lockedLedger ?? situation().ledger;
  let stored: Release | undefined = opts.cached;
  const port: ReleasePort<Release> = {
    segmentFacts: (attribute) => {
      calls.push(`segmentFacts:${attribute}`);
      return Promise.resolve({ attribute, total: 5000, sizes: new Map([['high', 4990], ['low', 10]]) });
    },
    findCached: () => {
      calls.push('findCached');
      return Promise.resolve(stored);
    },
    exactCounts: () => {
      calls.push('exactCounts');
      return Promise.resolve({ overlap: new Map(), brandBase: new Map(), partnerBase: new Map() });
    },
    denied: (reasons) => {
      calls.push(`denied:${reasons.map((r) => r.code).join(',')}`);
      return Promise.resolve();
    },
    servedFromCache: () => {
      calls.push('servedFromCache');
      return Promise.resolve();
    },
    atomically: (work) =>
      work({
        lock: () => {
          calls.push('lock');
          return Promise.resolve({ agreement: situation().agreement, versionHash: opts.lockedVersion ?? 'v1', ledger });
        },
        debit: (cost) => {
          calls.push('debit');
          ledger = addCost(ledger, cost);
          return Promise.resolve(ledger);
        },
        noise: (_params, count) => {
          calls.push(`noise:${count}`);
          return Array.from({ length: count }, () => 0n);
        },
        store: (release) => {
          calls.push('store');
          if (opts.race) {
            stored = release;
            return Promise.resolve('raced');
          }
          stored = release;
          return Promise.resolve(release);
        },
      }),
  };
  return { port, calls, ledger: () => ledger };
}

describe('runReleaseProtocol', () => {
  it('a fresh release: cache looked up, counts read, then under the lock the debit comes before any noise', async () => {
    const r = recordingPort();
    const outcome = await runReleaseProtocol(r.port, situation());
    expect(outcome.kind).toBe('released');
    expect(r.calls).toEqual(['findCached', 'exactCounts', 'lock', 'debit', 'noise:6', 'store']);
    expect(r.ledger().releases).toBe(1);
  });

  it("the segment rule is asked for the brand's own requests only: the partner's breakdown gets no data-dependent denial", async () => {
    const partner = recordingPort();
    expect((await runReleaseProtocol(partner.port, situation())).kind).toBe('released');
    expect(partner.calls).not.toContain('segmentFacts:value_tier');
    const brand = recordingPort();
    const outcome = await runReleaseProtocol(brand.port, situation({ request: { kind: 'overlap', requester: BRAND, brandAttribute: 'value_tier' } }));
    expect(brand.calls[0]).toBe('segmentFacts:value_tier');
    // "high" covers all but 10 < k ids: the brand could difference it against the whole.
    expect(outcome).toMatchObject({ kind: 'denied', reasons: [{ code: 'difference_too_small', about: 'brand' }] });
  });

  it('a rule other than the budget denies before the cache is consulted; nothing is read or spent', async () => {
    const r = recordingPort({ cached: {} as Release });
    const outcome = await runReleaseProtocol(r.port, situation({ request: { kind: 'overlap', requester: PARTNER, brandAttribute: 'income' } }));
    expect(outcome.kind).toBe('denied');
    expect(r.calls).toEqual(['denied:dimension_not_allowed']);
  });

  it('with the budget spent, the stored answer to the same question is still served, at no cost; a new one is denied', async () => {
    let spent = situation().ledger;
    while (fitsBudget(spent, releaseCost(pol.privacy))) spent = addCost(spent, releaseCost(pol.privacy));
    const cachedRelease = {} as Release;
    const hit = recordingPort({ cached: cachedRelease });
    expect(await runReleaseProtocol(hit.port, situation({ ledger: spent }))).toEqual({ kind: 'cached', stored: cachedRelease });
    expect(hit.calls).toEqual(['findCached', 'servedFromCache']);
    const miss = recordingPort();
    expect(await runReleaseProtocol(miss.port, situation({ ledger: spent }))).toMatchObject({ kind: 'denied', reasons: [{ code: 'budget_exhausted' }] });
    expect(miss.calls).toEqual(['findCached', 'denied:budget_exhausted']);
  });

  it('re-decided under the lock: a version changed meanwhile, or a ledger spent meanwhile, denies with no debit and no noise', async () => {
    const changed = recordingPort({ lockedVersion: 'v2' });
    expect(await runReleaseProtocol(changed.port, situation())).toMatchObject({ kind: 'denied', reasons: [{ code: 'agreement_not_active' }] });
    expect(changed.calls).toEqual(['findCached', 'exactCounts', 'lock', 'denied:agreement_not_active']);
    const full = { ...situation().ledger, rhoSpent: 10, pureEpsilonSpent: null };
    const spent = recordingPort({ lockedLedger: full });
    expect(await runReleaseProtocol(spent.port, situation())).toMatchObject({ kind: 'denied', reasons: [{ code: 'budget_exhausted' }] });
    expect(spent.calls).not.toContain('debit');
  });

  it('a lost race serves the twin that was stored first', async () => {
    const r = recordingPort({ race: true });
    const outcome = await runReleaseProtocol(r.port, situation());
    expect(outcome.kind).toBe('cached');
    expect(r.calls.slice(-3)).toEqual(['store', 'findCached', 'servedFromCache']);
  });
});
