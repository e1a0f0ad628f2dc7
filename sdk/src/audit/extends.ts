// Does the log an export shows extend an earlier checkpoint (issue 14)? A checkpoint signs a head —
// the event at its seq has its headHash — and the head of every agreement chain it covers — the
// event at that agreementSeq has that agreementLink. Each event's hash covers every event before it,
// so if the log still holds those heads, nothing up to them was changed since; a history edited and
// re-chained (consistent on its own, so the export alone verifies) no longer does.
//
// The check names the first seq it can prove was rewritten: the lowest head that no longer matches.
// Which event in between was edited a head cannot say; the highest head that still matches bounds it
// from below, so several checkpoints (the checkpoint file holds one a line) narrow it down.
// Browser-safe: no Node APIs.
import type { CheckpointPayload, ParsedLine } from '@cleanroom/contracts';

export type ExtensionVerdict = { readonly ok: true; readonly anchors: number } | { readonly ok: false; readonly seq: number | null; readonly message: string };

interface Source {
  readonly time: string;
  readonly seq: number;
}

interface Finding {
  readonly seq: number;
  readonly message: string;
}

export class ExtensionCheck {
  /** seq → the head hash signed there (and by which checkpoint). */
  readonly #heads = new Map<number, { hash: string; from: Source }[]>();
  /** agreementId → agreementSeq → the link signed there. */
  readonly #links = new Map<string, Map<number, { link: string; from: Source }[]>>();
  readonly #findings: Finding[] = [];
  /** Event seqs at which a signed head still matched. */
  readonly #matched: number[] = [];
  #checked = 0;
  #firstSeq: number | undefined;
  #lastSeq: number | undefined;
  #contiguous = true;
  /** Per agreement, the last agreementSeq seen and the event it belongs to. */
  readonly #chainEnds = new Map<string, { agreementSeq: number; seq: number }>();
  readonly #seenHeads = new Set<number>();
  readonly #seenLinks = new Set<string>();

  constructor(checkpoints: readonly CheckpointPayload[]) {
    if (checkpoints.length === 0) throw new RangeError('at least one checkpoint is needed');
    for (const cp of checkpoints) {
      const from = { time: cp.time, seq: cp.seq };
      if (cp.seq > 0) this.#heads.set(cp.seq, [...(this.#heads.get(cp.seq) ?? []), { hash: cp.headHash, from }]);
      for (const a of cp.agreements) {
        const chain = this.#links.get(a.agreementId) ?? new Map<number, { link: string; from: Source }[]>();
        chain.set(a.seq, [...(chain.get(a.seq) ?? []), { link: a.link, from }]);
        this.#links.set(a.agreementId, chain);
      }
    }
  }

  /** Observes one line of the export (lines the export verifier rejects are left to it). */
  add(parsed: ParsedLine): void {
    if (!parsed.ok || !('line' in parsed)) return;
    const line = parsed.line;
    const seq = line.kind === 'event' ? line.event.seq : line.seq;
    const hash = line.kind === 'event' ? line.event.hash : line.hash;
    const agreementId = line.kind === 'event' ? line.event.agreementId : line.agreementId;
    if (this.#lastSeq === undefined ? seq !== 1 : seq !== this.#lastSeq + 1) this.#contiguous = false;
    this.#firstSeq ??= seq;
    this.#lastSeq = seq;

    for (const head of this.#heads.get(seq) ?? []) {
      this.#seenHeads.add(seq);
      this.#checked++;
      if (head.hash === hash) this.#matched.push(seq);
      else this.#findings.push({ seq, message: `its hash is not the head hash signed by ${describe(head.from)}` });
    }
    if (agreementId === null || !line.chain) return;
    this.#chainEnds.set(agreementId, { agreementSeq: line.chain.agreementSeq, seq });
    for (const signed of this.#links.get(agreementId)?.get(line.chain.agreementSeq) ?? []) {
      this.#seenLinks.add(`${agreementId}#${line.chain.agreementSeq}`);
      this.#checked++;
      if (signed.link === line.chain.agreementLink) this.#matched.push(seq);
      else this.#findings.push({ seq, message: `event ${line.chain.agreementSeq} of ${agreementId} is not the one signed by ${describe(signed.from)} (its agreementLink differs)` });
    }
  }

  finish(): ExtensionVerdict {
    // The operator's full export (from seq 1, no holes) holds every event: a head it lacks was removed.
    const full = this.#contiguous && this.#firstSeq === 1;
    const last = this.#lastSeq ?? 0;
    for (const [seq, heads] of this.#heads) {
      if (this.#seenHeads.has(seq) || !full || seq <= last) continue;
      this.#findings.push({ seq: last + 1, message: `the log ends at seq ${last}, before the head signed by ${describe(heads[0]!.from)}: events were removed since` });
    }
    for (const [agreementId, chain] of this.#links) {
      const end = this.#chainEnds.get(agreementId);
      for (const [agreementSeq, signed] of chain) {
        if (this.#seenLinks.has(`${agreementId}#${agreementSeq}`)) continue;
        // An agreement outside an auditor's export is not in its scope; in the full export it was removed.
        if (!end && !full) continue;
        if (end && end.agreementSeq >= agreementSeq) continue; // a chain that starts later (an export made with `from`)
        const after = end ? `after event seq ${end.seq}, ` : '';
        this.#findings.push({ seq: (end?.seq ?? last) + 1, message: `${after}${agreementId} ends at agreementSeq ${end?.agreementSeq ?? 0}, before the head signed by ${describe(signed[0]!.from)} (agreementSeq ${agreementSeq}): events were removed since` });
      }
    }
    const first = this.#findings.reduce<Finding | undefined>((a, b) => (a === undefined || b.seq < a.seq ? b : a), undefined);
    if (first) {
      const below = this.#matched.filter((s) => s < first.seq).reduce((a, b) => Math.max(a, b), 0);
      const where = below === 0 ? '' : first.seq === below + 1 ? `; the first rewritten event is seq ${first.seq}` : `; the first change is in seq ${below + 1}–${first.seq} (seq ${below} still matches)`;
      return { ok: false, seq: first.seq, message: `event seq ${first.seq}: the log was rewritten since the earlier checkpoint: ${first.message}${where}` };
    }
    if (this.#checked === 0) return { ok: false, seq: null, message: 'the earlier checkpoint signs nothing that is in this export (another scope, or an export made from a later seq)' };
    return { ok: true, anchors: this.#checked };
  }
}

function describe(from: Source): string {
  return `the checkpoint of ${from.time} (seq ${from.seq})`;
}
