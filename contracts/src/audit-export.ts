// The audit export and how anyone verifies it, with or without the service.
//
// One chain is not enough for an auditor: the global chain (audit-chain.ts) links every event, but an
// auditor may only see the events of the agreements that name it, and a hash chain with holes proves
// nothing about what sits in them. So each agreement's events also form a chain of their own, derived
// from the global one: link₀ = 32 zero bytes, linkₙ = SHA-256(linkₙ₋₁ ‖ hashₙ) over that agreement's
// events in seq order (agreementSeq counts them from 1). The service signs these heads in its
// checkpoints, and an export carries, for every event of an agreement, its agreementSeq,
// agreementPrevLink and agreementLink.
//
// Export lines (NDJSON, one object per line, in seq order):
//   - an event: the chained fields, prevHash, hash, and the agreement chain fields when it has an agreement;
//   - an elided event `{"seq","elided":true,"agreementId","prevHash","hash",…chain fields}`: an event
//     in the export's scope that its filters left out. Its content is withheld but its hash keeps the
//     chains whole, so a filtered export verifies exactly like a full one;
//   - optionally, first, `{"recordOfProcessing":{…}}` — not part of any chain.
// CSV carries the same lines, one row each, with the columns in EXPORT_CSV_COLUMNS (see csvCell for the
// rule that defuses spreadsheet formulas without losing a byte).
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, concatBytes, hexToBytes } from '@noble/hashes/utils.js';
import { AgreementId } from './agreements.js';
import { AuditEvent, AuditEventsQuery } from './audit.js';
import { eventHash, GENESIS_HASH, type ChainedEvent } from './audit-chain.js';
import { Timestamp } from './common.js';
import { orNull, z } from './zod.js';

export const AGREEMENT_GENESIS_LINK = GENESIS_HASH;

const Hex32 = z.string().regex(/^[0-9a-f]{64}$/, '32 bytes, lowercase hex');

/** linkₙ = SHA-256(linkₙ₋₁ ‖ hashₙ), both 32 bytes. */
export function agreementLink(prevLink: string, hash: string): string {
  return bytesToHex(sha256(concatBytes(hexToBytes(prevLink), hexToBytes(hash))));
}

export interface AgreementChainFields {
  readonly agreementSeq: number;
  readonly agreementPrevLink: string;
  readonly agreementLink: string;
}

export interface AgreementHead {
  readonly agreementId: string;
  /** agreementSeq of the agreement's last event. */
  readonly seq: number;
  readonly link: string;
}

/** Derives the agreement chains from events fed in seq order (the service's side). */
export class AgreementChains {
  readonly #heads = new Map<string, { seq: number; link: string }>();

  /** The chain fields of `event` (undefined for an event of no agreement). */
  add(event: Pick<ChainedEvent, 'agreementId' | 'hash'>): AgreementChainFields | undefined {
    if (event.agreementId === null) return undefined;
    const prev = this.#heads.get(event.agreementId) ?? { seq: 0, link: AGREEMENT_GENESIS_LINK };
    const next = { seq: prev.seq + 1, link: agreementLink(prev.link, event.hash) };
    this.#heads.set(event.agreementId, next);
    return { agreementSeq: next.seq, agreementPrevLink: prev.link, agreementLink: next.link };
  }

  head(agreementId: string): AgreementHead | undefined {
    const h = this.#heads.get(agreementId);
    return h && { agreementId, seq: h.seq, link: h.link };
  }

  heads(): AgreementHead[] {
    return [...this.#heads].map(([agreementId, h]) => ({ agreementId, seq: h.seq, link: h.link })).sort((a, b) => (a.agreementId < b.agreementId ? -1 : 1));
  }
}

// ---- Lines ----------------------------------------------------------------------------------------

const ChainFields = {
  agreementSeq: z.number().int().positive().optional(),
  agreementPrevLink: Hex32.optional(),
  agreementLink: Hex32.optional(),
};

// Any action name is accepted: the hash covers it, and a verifier older than the service must still
// verify events of actions added since.
export const ExportedEventLine = AuditEvent.extend({ action: z.string().min(1).max(100), ...ChainFields })
  .strict()
  .openapi('ExportedEventLine');

export const ElidedEventLine = z
  .object({
    seq: z.number().int().positive(),
    elided: z.literal(true),
    agreementId: orNull(AgreementId),
    prevHash: Hex32,
    hash: Hex32,
    ...ChainFields,
  })
  .strict()
  .openapi('ElidedEventLine', { description: 'An event in scope that the filters left out: its hash only' });

export type ExportLine =
  | { readonly kind: 'event'; readonly event: ChainedEvent; readonly chain: AgreementChainFields | undefined }
  | { readonly kind: 'elided'; readonly seq: number; readonly agreementId: string | null; readonly prevHash: string; readonly hash: string; readonly chain: AgreementChainFields | undefined };

function chainOf(v: { agreementSeq?: number | undefined; agreementPrevLink?: string | undefined; agreementLink?: string | undefined }): AgreementChainFields | undefined {
  if (v.agreementSeq === undefined || v.agreementPrevLink === undefined || v.agreementLink === undefined) return undefined;
  return { agreementSeq: v.agreementSeq, agreementPrevLink: v.agreementPrevLink, agreementLink: v.agreementLink };
}

/** The NDJSON object of a line (key order fixed, for readable diffs). */
export function exportLineObject(line: ExportLine): Record<string, unknown> {
  const chain = line.chain ? { agreementSeq: line.chain.agreementSeq, agreementPrevLink: line.chain.agreementPrevLink, agreementLink: line.chain.agreementLink } : {};
  if (line.kind === 'elided') return { seq: line.seq, elided: true, agreementId: line.agreementId, prevHash: line.prevHash, hash: line.hash, ...chain };
  const e = line.event;
  return {
    seq: e.seq,
    at: e.at,
    actorOrg: e.actorOrg,
    actorRole: e.actorRole,
    action: e.action,
    agreementId: e.agreementId,
    decision: e.decision,
    detail: e.detail,
    prevHash: e.prevHash,
    hash: e.hash,
    ...chain,
  };
}

export function toNdjsonLine(line: ExportLine): string {
  return JSON.stringify(exportLineObject(line)) + '\n';
}

export type ParsedLine = { readonly ok: true; readonly line: ExportLine } | { readonly ok: true; readonly record: unknown } | { readonly ok: false; readonly seq: number | null; readonly message: string };

/** Parses one NDJSON line (without its newline). */
export function parseNdjsonLine(text: string): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, seq: null, message: 'not valid JSON' };
  }
  return parseLineObject(value);
}

export function parseLineObject(value: unknown): ParsedLine {
  const seq = typeof value === 'object' && value !== null && typeof (value as { seq?: unknown }).seq === 'number' ? (value as { seq: number }).seq : null;
  if (typeof value === 'object' && value !== null && 'recordOfProcessing' in value) return { ok: true, record: value.recordOfProcessing };
  if (typeof value === 'object' && value !== null && 'elided' in value) {
    const p = ElidedEventLine.safeParse(value);
    if (!p.success) return { ok: false, seq, message: `not an elided event (${issueText(p.error)})` };
    return { ok: true, line: { kind: 'elided', seq: p.data.seq, agreementId: p.data.agreementId, prevHash: p.data.prevHash, hash: p.data.hash, chain: chainOf(p.data) } };
  }
  const p = ExportedEventLine.safeParse(value);
  if (!p.success) return { ok: false, seq, message: `not an audit event (${issueText(p.error)})` };
  const e = p.data;
  const event: ChainedEvent = { seq: e.seq, at: e.at, actorOrg: e.actorOrg, actorRole: e.actorRole, action: e.action, agreementId: e.agreementId, decision: e.decision, detail: e.detail, prevHash: e.prevHash, hash: e.hash };
  return { ok: true, line: { kind: 'event', event, chain: chainOf(e) } };
}

function issueText(error: z.ZodError): string {
  const i = error.issues[0];
  return i ? `${i.path.join('.') || 'line'}: ${i.message}` : 'invalid';
}

// ---- CSV ------------------------------------------------------------------------------------------

export const EXPORT_CSV_COLUMNS = [
  'seq',
  'at',
  'actorOrg',
  'actorRole',
  'action',
  'agreementId',
  'decision',
  'detail',
  'prevHash',
  'hash',
  'agreementSeq',
  'agreementPrevLink',
  'agreementLink',
  'elided',
] as const;

const FORMULA_START = /^[=+\-@\t\r']/;

/**
 * One CSV cell (RFC 4180 quoting). Spreadsheets run a cell that starts with = + - @ TAB or CR as a
 * formula (CSV injection), so such a cell is written with one `'` in front — and so is a cell that
 * already starts with `'`, which keeps the rule reversible: a reader removes one leading `'` from
 * every cell that has one (csvValue). null is the empty cell; no exported field is an empty string.
 */
export function csvCell(value: string | null): string {
  if (value === null) return '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The exported value of a parsed (unquoted) cell: the inverse of csvCell's guard. */
export function csvValue(cell: string): string | null {
  if (cell === '') return null;
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

export function csvHeader(): string {
  return EXPORT_CSV_COLUMNS.join(',') + '\r\n';
}

export function toCsvRow(line: ExportLine): string {
  const chain = line.chain;
  const cells: Record<(typeof EXPORT_CSV_COLUMNS)[number], string | null> = {
    seq: String(line.kind === 'event' ? line.event.seq : line.seq),
    at: null,
    actorOrg: null,
    actorRole: null,
    action: null,
    agreementId: null,
    decision: null,
    detail: null,
    prevHash: null,
    hash: null,
    agreementSeq: chain ? String(chain.agreementSeq) : null,
    agreementPrevLink: chain?.agreementPrevLink ?? null,
    agreementLink: chain?.agreementLink ?? null,
    elided: null,
  };
  if (line.kind === 'event') {
    const e = line.event;
    Object.assign(cells, {
      at: e.at,
      actorOrg: e.actorOrg,
      actorRole: e.actorRole,
      action: e.action,
      agreementId: e.agreementId,
      decision: e.decision,
      detail: JSON.stringify(e.detail),
      prevHash: e.prevHash,
      hash: e.hash,
    });
  } else {
    Object.assign(cells, { agreementId: line.agreementId, prevHash: line.prevHash, hash: line.hash, elided: 'true' });
  }
  return EXPORT_CSV_COLUMNS.map((c) => csvCell(cells[c])).join(',') + '\r\n';
}

/** Splits CSV text into records (RFC 4180: quoted cells may hold commas, quotes and line breaks). */
export class CsvRecordReader {
  #cell = '';
  #record: string[] = [];
  #quoted = false;
  #afterQuote = false;
  #pendingCr = false;

  /** Feeds a chunk; returns the records it completed. */
  push(chunk: string): string[][] {
    const out: string[][] = [];
    for (const ch of chunk) {
      if (this.#pendingCr) {
        this.#pendingCr = false;
        if (ch === '\n') continue;
      }
      if (this.#quoted) {
        if (ch === '"') {
          this.#quoted = false;
          this.#afterQuote = true;
        } else this.#cell += ch;
        continue;
      }
      if (ch === '"') {
        // "" inside a quoted cell is one quote; a quote opening a cell starts quoting.
        if (this.#afterQuote) this.#cell += '"';
        this.#quoted = true;
        this.#afterQuote = false;
        continue;
      }
      this.#afterQuote = false;
      if (ch === ',') {
        this.#record.push(this.#cell);
        this.#cell = '';
      } else if (ch === '\r' || ch === '\n') {
        this.#record.push(this.#cell);
        out.push(this.#record);
        this.#record = [];
        this.#cell = '';
        this.#pendingCr = ch === '\r';
      } else this.#cell += ch;
    }
    return out;
  }

  /** The last record when the text does not end with a line break. */
  end(): string[][] {
    if (this.#cell === '' && this.#record.length === 0) return [];
    this.#record.push(this.#cell);
    const last = this.#record;
    this.#record = [];
    this.#cell = '';
    return [last];
  }
}

/** A CSV record (after the header) as an export line. */
export function parseCsvRecord(cells: readonly string[]): ParsedLine {
  if (cells.length !== EXPORT_CSV_COLUMNS.length) return { ok: false, seq: null, message: `expected ${EXPORT_CSV_COLUMNS.length} cells, found ${cells.length}` };
  const v = Object.fromEntries(EXPORT_CSV_COLUMNS.map((c, i) => [c, csvValue(cells[i]!)])) as Record<(typeof EXPORT_CSV_COLUMNS)[number], string | null>;
  const int = (s: string | null): number | undefined => (s !== null && /^[0-9]{1,15}$/.test(s) ? Number(s) : undefined);
  const seq = int(v.seq);
  const chain = v.agreementSeq === null ? {} : { agreementSeq: int(v.agreementSeq) ?? -1, agreementPrevLink: v.agreementPrevLink, agreementLink: v.agreementLink };
  if (v.elided !== null) {
    if (v.elided !== 'true') return { ok: false, seq: seq ?? null, message: 'elided must be empty or true' };
    return parseLineObject({ seq: seq ?? -1, elided: true, agreementId: v.agreementId, prevHash: v.prevHash, hash: v.hash, ...chain });
  }
  let detail: unknown;
  try {
    detail = v.detail === null ? undefined : JSON.parse(v.detail);
  } catch {
    return { ok: false, seq: seq ?? null, message: 'detail is not valid JSON' };
  }
  return parseLineObject({
    seq: seq ?? -1,
    at: v.at,
    actorOrg: v.actorOrg,
    actorRole: v.actorRole,
    action: v.action,
    agreementId: v.agreementId,
    decision: v.decision,
    detail,
    prevHash: v.prevHash,
    hash: v.hash,
    ...chain,
  });
}

// ---- Checkpoints ----------------------------------------------------------------------------------

export const CHECKPOINT_JWS_TYP = 'cleanroom-checkpoint+jws';

export const CheckpointPayload = z
  .object({
    iss: z.string(),
    scope: z
      .enum(['global', 'agreements'])
      .optional()
      .openapi({ description: "global: seq and headHash are the whole log's head (the operator's); agreements: the last event of the agreements listed (an auditor's)" }),
    seq: z.number().int().nonnegative().openapi({ description: 'seq of the head signed: the global chain head (0: empty log), or the last event of the agreements listed' }),
    headHash: Hex32,
    time: Timestamp,
    agreements: z
      .array(z.object({ agreementId: AgreementId, seq: z.number().int().positive(), link: Hex32 }).strict())
      .openapi({ description: 'Heads of the agreement chains the checkpoint was issued for (agreementSeq and link)' }),
  })
  .strict()
  .openapi('CheckpointPayload');
export type CheckpointPayload = z.output<typeof CheckpointPayload>;

export const Checkpoint = z
  .object({
    jws: z.string().openapi({ description: `Compact JWS (EdDSA, kid of a key in /.well-known/jwks.json, typ ${CHECKPOINT_JWS_TYP}) over the payload` }),
    kid: z.string(),
    payload: CheckpointPayload,
  })
  .openapi('Checkpoint');

export const AuditVerification = z
  .object({
    ok: z.boolean(),
    scope: z
      .enum(['global', 'agreements'])
      .openapi({ description: "global (the operator): figures of the whole log; agreements (an auditor): of its agreements' events only — the whole chain is still recomputed" }),
    length: z.number().int().nonnegative().openapi({ description: 'Events in scope' }),
    headSeq: z.number().int().nonnegative().openapi({ description: 'seq of the last event in scope' }),
    headHash: Hex32,
    firstBrokenSeq: z.number().int().positive().optional().openapi({ description: 'Where the chain broke (the operator only)' }),
    reason: z.enum(['hash_mismatch', 'broken_link', 'sequence_gap']).optional(),
    checkpoint: orNull(Checkpoint).openapi({ description: 'Signed over the verified head; null when the chain is broken' }),
  })
  .openapi('AuditVerification');

// ---- Export query ---------------------------------------------------------------------------------

export const AuditExportQuery = AuditEventsQuery.omit({ cursor: true, limit: true })
  .extend({
    format: z.enum(['ndjson', 'csv']).default('ndjson'),
    through: z.coerce
      .number()
      .int()
      .nonnegative()
      .optional()
      .openapi({ description: "Export up to this seq (a checkpoint's seq, so the export ends exactly at the signed head); default: the head when the export starts" }),
    include: z.enum(['record']).optional().openapi({ description: 'record: begin with the record of processing of agreementId (NDJSON only)' }),
  })
  .strict();

// ---- Verification ---------------------------------------------------------------------------------

export type ExportProblemReason =
  | 'malformed_line'
  | 'out_of_order'
  | 'hash_mismatch'
  | 'broken_link'
  | 'missing_event'
  | 'link_mismatch'
  | 'after_checkpoint'
  | 'checkpoint_mismatch'
  | 'not_covered'
  | 'empty';

export interface ExportProblem {
  readonly reason: ExportProblemReason;
  /** The first bad event (null when the line could not be read far enough to tell). */
  readonly seq: number | null;
  /** 1-based line (NDJSON) or record (CSV, header excluded) number. */
  readonly line: number;
  readonly message: string;
}

export interface ExportSummary {
  readonly lines: number;
  readonly events: number;
  readonly elided: number;
  readonly firstSeq: number | null;
  readonly lastSeq: number | null;
  readonly agreements: readonly { agreementId: string; fromSeq: number; toSeq: number; link: string }[];
  readonly record: boolean;
}

export type ExportVerdict = ({ readonly ok: true } | { readonly ok: false; readonly problem: ExportProblem }) & { readonly summary: ExportSummary };

export interface ExportVerifierOptions {
  /** Accept chains that do not start at their first event (an export made with `from`). */
  readonly partial?: boolean;
}

/**
 * Checks an export line by line, in one pass and constant memory per agreement: every event's hash
 * against its content, every link of the global chain between consecutive seqs, every agreement
 * chain without a gap; then (finish) that a checkpoint's heads are exactly where the export ends.
 */
export class ExportVerifier {
  readonly #partial: boolean;
  #problem: ExportProblem | undefined;
  #lineNo = 0;
  #events = 0;
  #elided = 0;
  #record = false;
  #first: { seq: number; prevHash: string } | undefined;
  #last: { seq: number; hash: string } | undefined;
  /** First seq after a hole in the global sequence, if any. */
  #firstGap: number | undefined;
  /** An event of no agreement: only the global chain vouches for it. */
  #globalOnly: number | undefined;
  readonly #chains = new Map<string, { fromSeq: number; toSeq: number; link: string; firstEventSeq: number; lastEventSeq: number }>();

  constructor(options: ExportVerifierOptions = {}) {
    this.#partial = options.partial ?? false;
  }

  get problem(): ExportProblem | undefined {
    return this.#problem;
  }

  #fail(reason: ExportProblemReason, seq: number | null, message: string): false {
    this.#problem ??= { reason, seq, line: this.#lineNo, message: seq === null ? `line ${this.#lineNo}: ${message}` : `event seq ${seq}: ${message}` };
    return false;
  }

  /** Feeds one parsed line; false once a problem was found (later lines are ignored). */
  add(parsed: ParsedLine): boolean {
    if (this.#problem) return false;
    this.#lineNo++;
    if (!parsed.ok) return this.#fail('malformed_line', parsed.seq, parsed.message + (parsed.seq === null && this.#last ? ` (after event seq ${this.#last.seq})` : ''));
    if ('record' in parsed) {
      if (this.#lineNo !== 1) return this.#fail('malformed_line', null, 'a record of processing may only be the first line');
      this.#record = true;
      return true;
    }
    const line = parsed.line;
    const seq = line.kind === 'event' ? line.event.seq : line.seq;
    const prevHash = line.kind === 'event' ? line.event.prevHash : line.prevHash;
    const hash = line.kind === 'event' ? line.event.hash : line.hash;
    const agreementId = line.kind === 'event' ? line.event.agreementId : line.agreementId;

    if (this.#last && seq <= this.#last.seq) return this.#fail('out_of_order', seq, `out of order: it comes after event seq ${this.#last.seq}`);
    if (line.kind === 'event' && eventHash(prevHash, line.event) !== hash) return this.#fail('hash_mismatch', seq, 'its content does not match its hash (the event was altered)');
    if (this.#last && seq === this.#last.seq + 1 && prevHash !== this.#last.hash) return this.#fail('broken_link', seq, `its prevHash is not the hash of event seq ${this.#last.seq}`);
    if (!this.#last && seq === 1 && prevHash !== GENESIS_HASH) return this.#fail('broken_link', seq, 'the first event must link to the genesis hash');
    if (this.#last && seq !== this.#last.seq + 1) this.#firstGap ??= seq;

    if (agreementId === null) {
      if (line.chain) return this.#fail('malformed_line', seq, 'an event of no agreement has no agreement chain fields');
      this.#globalOnly ??= seq;
    } else {
      const chain = line.chain;
      if (!chain) return this.#fail('malformed_line', seq, 'the agreement chain fields are missing');
      const state = this.#chains.get(agreementId);
      if (!state) {
        if (chain.agreementSeq === 1 && chain.agreementPrevLink !== AGREEMENT_GENESIS_LINK) return this.#fail('broken_link', seq, `the first event of ${agreementId} must link to the genesis`);
        if (chain.agreementSeq !== 1 && !this.#partial) return this.#fail('missing_event', seq, `the first ${chain.agreementSeq - 1} event(s) of ${agreementId} are missing (it starts at agreementSeq ${chain.agreementSeq})`);
      } else {
        if (chain.agreementSeq <= state.toSeq) return this.#fail('out_of_order', seq, `agreementSeq ${chain.agreementSeq} of ${agreementId} comes after ${state.toSeq}`);
        if (chain.agreementSeq !== state.toSeq + 1) return this.#fail('missing_event', seq, `${chain.agreementSeq - state.toSeq - 1} event(s) of ${agreementId} are missing before it (after event seq ${state.lastEventSeq})`);
        if (chain.agreementPrevLink !== state.link) return this.#fail('broken_link', seq, `its agreementPrevLink is not the link of event seq ${state.lastEventSeq}`);
      }
      if (agreementLink(chain.agreementPrevLink, hash) !== chain.agreementLink) return this.#fail('link_mismatch', seq, 'its agreementLink does not match its hash');
      this.#chains.set(agreementId, { fromSeq: state?.fromSeq ?? chain.agreementSeq, toSeq: chain.agreementSeq, link: chain.agreementLink, firstEventSeq: state?.firstEventSeq ?? seq, lastEventSeq: seq });
    }
    this.#first ??= { seq, prevHash };
    this.#last = { seq, hash };
    if (line.kind === 'event') this.#events++;
    else this.#elided++;
    return true;
  }

  summary(): ExportSummary {
    return {
      lines: this.#lineNo,
      events: this.#events,
      elided: this.#elided,
      firstSeq: this.#first?.seq ?? null,
      lastSeq: this.#last?.seq ?? null,
      agreements: [...this.#chains].map(([agreementId, c]) => ({ agreementId, fromSeq: c.fromSeq, toSeq: c.toSeq, link: c.link })),
      record: this.#record,
    };
  }

  /**
   * Ends the export. With a checkpoint: the export must end exactly at what it signed — at its global
   * head (then every line is vouched for by the global chain), or, for each agreement in the export,
   * at that agreement's signed head.
   */
  finish(checkpoint?: CheckpointPayload): ExportVerdict {
    const verdict = (): ExportVerdict => (this.#problem ? { ok: false, problem: this.#problem, summary: this.summary() } : { ok: true, summary: this.summary() });
    if (this.#problem) return verdict();
    if (!this.#last || !this.#first) {
      this.#fail('empty', null, 'the export holds no events');
      return verdict();
    }
    const contiguous = this.#firstGap === undefined && (this.#partial || this.#first.seq === 1);
    if (this.#globalOnly !== undefined && !contiguous) {
      // Events of no agreement are only in the operator's full export, which has no holes.
      this.#fail('missing_event', this.#firstGap ?? this.#first.seq, this.#firstGap === undefined ? 'the events before it are missing' : 'the event(s) before it are missing');
      return verdict();
    }
    if (!checkpoint) return verdict();

    if (this.#last.seq > checkpoint.seq) {
      this.#fail('after_checkpoint', this.#last.seq, `the export goes past the checkpoint (seq ${checkpoint.seq}); export with through=${checkpoint.seq}`);
      return verdict();
    }
    const globallyAnchored = contiguous && this.#last.seq === checkpoint.seq;
    if (globallyAnchored) {
      if (this.#last.hash !== checkpoint.headHash) this.#fail('checkpoint_mismatch', this.#last.seq, "its hash is not the checkpoint's head hash");
      return verdict();
    }
    if (this.#globalOnly !== undefined) {
      this.#fail('missing_event', this.#last.seq, `the export ends before the checkpoint's head (seq ${checkpoint.seq})`);
      return verdict();
    }
    const signed = new Map(checkpoint.agreements.map((a) => [a.agreementId, a]));
    for (const [agreementId, c] of this.#chains) {
      const head = signed.get(agreementId);
      if (!head) {
        this.#fail('not_covered', c.firstEventSeq, `the checkpoint does not cover ${agreementId}`);
        break;
      }
      if (c.toSeq < head.seq) {
        this.#fail('missing_event', c.lastEventSeq, `the last ${head.seq - c.toSeq} event(s) of ${agreementId} after it are missing (the checkpoint signs agreementSeq ${head.seq})`);
        break;
      }
      if (c.toSeq > head.seq) {
        this.#fail('after_checkpoint', c.lastEventSeq, `${agreementId} goes past the checkpoint (agreementSeq ${head.seq})`);
        break;
      }
      if (c.link !== head.link) {
        this.#fail('checkpoint_mismatch', c.lastEventSeq, `the chain of ${agreementId} does not end at the checkpoint's link`);
        break;
      }
    }
    return verdict();
  }
}
