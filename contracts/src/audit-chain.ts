// How an audit event is chained (the rule an exported log is verified by, with or without the
// service): hash = SHA-256(prev_hash ‖ canonical JSON of the event's fields), genesis prev_hash = 32
// zero bytes, seq counting from 1 without gaps.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, concatBytes, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from './canonical.js';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedFields {
  readonly seq: number;
  readonly at: string;
  readonly actorOrg: string | null;
  readonly actorRole: string | null;
  readonly action: string;
  readonly agreementId: string | null;
  readonly decision: 'allow' | 'deny' | null;
  readonly detail: Readonly<Record<string, unknown>>;
}

export interface ChainedEvent extends ChainedFields {
  readonly prevHash: string;
  readonly hash: string;
}

export function eventHash(prevHash: string, fields: ChainedFields): string {
  const body = canonicalJson({
    seq: fields.seq,
    at: fields.at,
    actorOrg: fields.actorOrg,
    actorRole: fields.actorRole,
    action: fields.action,
    agreementId: fields.agreementId,
    decision: fields.decision,
    detail: fields.detail,
  });
  return bytesToHex(sha256(concatBytes(hexToBytes(prevHash), utf8ToBytes(body))));
}

export type ChainVerdict =
  | { readonly ok: true; readonly length: number; readonly headHash: string }
  | { readonly ok: false; readonly length: number; readonly firstBadSeq: number; readonly reason: 'hash_mismatch' | 'broken_link' | 'sequence_gap' };

/**
 * Verifies events in order. `startPrev`/`startSeq` let a filtered or partial export be checked from
 * where it begins; by default it must start at the genesis.
 */
export function verifyChain(events: Iterable<ChainedEvent>, start: { prevHash: string; seq: number } = { prevHash: GENESIS_HASH, seq: 1 }): ChainVerdict {
  let prev = start.prevHash;
  let expectedSeq = start.seq;
  let length = 0;
  for (const e of events) {
    if (e.seq !== expectedSeq) return { ok: false, length, firstBadSeq: e.seq, reason: 'sequence_gap' };
    if (e.prevHash !== prev) return { ok: false, length, firstBadSeq: e.seq, reason: 'broken_link' };
    if (eventHash(e.prevHash, e) !== e.hash) return { ok: false, length, firstBadSeq: e.seq, reason: 'hash_mismatch' };
    prev = e.hash;
    expectedSeq++;
    length++;
  }
  return { ok: true, length, headHash: prev };
}
