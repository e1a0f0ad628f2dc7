// The since-checkpoint check on a synthetic log: unchanged heads pass; an edit re-chained from seq k
// is named at the lowest signed head at or after k, bounded by the highest one below it; a full log
// that ends before a signed head, or an agreement chain cut short, is a removal.
import { describe, expect, it } from 'vitest';
import { AgreementChains, eventHash, GENESIS_HASH, type ChainedEvent, type CheckpointPayload, type ParsedLine } from '@cleanroom/contracts';
import { ExtensionCheck } from '../../src/audit/extends.js';

const AGR = 'agr_01jd6m3v8x4k2h7q9w5c0b1n3r';

/** n events (every other one of AGR), chained; `edit` changes one event's detail before chaining. */
function log(n: number, edit?: number): { lines: ParsedLine[]; checkpointAt: (seq: number) => CheckpointPayload } {
  const chains = new AgreementChains();
  const lines: ParsedLine[] = [];
  const heads: { seq: number; hash: string; agreement: ReturnType<AgreementChains['heads']> }[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const fields = { seq, at: '2026-01-01T00:00:00.000Z', actorOrg: null, actorRole: 'system', action: 'x', agreementId: seq % 2 === 0 ? AGR : null, decision: null, detail: { edited: seq === edit } };
    const hash = eventHash(prevHash, fields);
    const event: ChainedEvent = { ...fields, prevHash, hash };
    lines.push({ ok: true, line: { kind: 'event', event, chain: chains.add(event) } });
    heads.push({ seq, hash, agreement: chains.heads() });
    prevHash = hash;
  }
  return {
    lines,
    checkpointAt: (seq) => {
      const h = heads[seq - 1]!;
      return { iss: 'test', scope: 'global', seq, headHash: h.hash, time: `t${seq}`, agreements: h.agreement.map((a) => ({ agreementId: a.agreementId, seq: a.seq, link: a.link })) };
    },
  };
}

const run = (checkpoints: CheckpointPayload[], lines: ParsedLine[]) => {
  const check = new ExtensionCheck(checkpoints);
  for (const l of lines) check.add(l);
  return check.finish();
};

describe('ExtensionCheck', () => {
  const original = log(20);
  const cps = [5, 10, 15].map((s) => original.checkpointAt(s));

  it('passes when the log still holds every signed head', () => {
    expect(run(cps, original.lines)).toEqual({ ok: true, anchors: 6 });
  });

  it('names the lowest signed head past an edit, bounded by the highest one before it', () => {
    const r = run(cps, log(20, 8).lines);
    expect(r).toMatchObject({ ok: false, seq: 10 });
    if (!r.ok) expect(r.message).toContain('the first change is in seq 6–10 (seq 5 still matches)');
    const exact = run(cps, log(20, 5).lines);
    expect(exact).toMatchObject({ ok: false, seq: 5 });
    if (!exact.ok) expect(exact.message).toContain('the first rewritten event is seq 5');
  });

  it('an edit after every signed head is not a rewrite of what was signed', () => {
    expect(run(cps, log(20, 16).lines)).toMatchObject({ ok: true });
  });

  it('a full log that ends before a signed head had events removed', () => {
    const r = run(cps, original.lines.slice(0, 12));
    expect(r).toMatchObject({ ok: false, seq: 13 });
  });
});
