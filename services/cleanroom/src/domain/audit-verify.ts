// Verifying the audit chain from the table and signing checkpoints over it.
//
// A checkpoint is a compact JWS (RFC 7515; EdDSA per RFC 8037, signed with the service's current key,
// its kid in the header) over {iss, seq, headHash, time, agreements}: the global head and the heads of
// the agreement chains (contracts/src/audit-export.ts). Anyone holding the JWKS can check it offline;
// anyone holding an older checkpoint can tell that the log was rewritten since. Every checkpoint
// signed is also appended to a file outside the database, and the periodic ones pushed to the
// auditors' webhooks (checkpoint-outbox.ts).
import { CompactSign } from 'jose';
import {
  AgreementChains,
  CHECKPOINT_JWS_TYP,
  eventHash,
  GENESIS_HASH,
  type AgreementHead,
  type CheckpointPayload,
} from '@cleanroom/contracts';
import type { ServiceContext } from '../context.js';
import type { Principal } from '../auth/tokens.js';
import { allAuditEvents } from '../store/audit.js';
import { disclose, type Membership, type VerificationFacts } from '@cleanroom/policies';
import { membershipsOf } from '../store/agreements.js';
import { findOrganizationById } from '../store/organizations.js';
import { AppError } from '../errors.js';
import { DEFAULT_RETRY, type RetryPolicy } from '../ops/webhook.js';
import { assertAuditor } from './audit-export.js';
import { recordEvent } from './audit-log.js';
import { appendCheckpoint, pushCheckpoints, type Push } from './checkpoint-outbox.js';

export interface SignedCheckpoint {
  readonly jws: string;
  readonly kid: string;
  readonly payload: CheckpointPayload;
}

/** Where a walk of the chain has got to; a walk can be resumed from it. */
export interface ChainState {
  length: number;
  headSeq: number;
  headHash: string;
  readonly chains: AgreementChains;
  /** Per agreement, its last event's global seq and hash (an auditor's scope ends there). */
  readonly lastEvents: Map<string, { seq: number; hash: string }>;
  broken?: { seq: number; reason: 'hash_mismatch' | 'broken_link' | 'sequence_gap' };
}

export function emptyChainState(): ChainState {
  return { length: 0, headSeq: 0, headHash: GENESIS_HASH, chains: new AgreementChains(), lastEvents: new Map() };
}

/** Recomputes the chain from `state` on (from the genesis for a fresh state), in pages; stops at the first break. */
export async function walkChain(ctx: Pick<ServiceContext, 'pool'>, state: ChainState = emptyChainState()): Promise<ChainState> {
  if (state.broken) return state;
  for await (const e of allAuditEvents(ctx.pool, { visibleTo: null, afterSeq: state.headSeq })) {
    const broken =
      e.seq !== state.headSeq + 1 ? ('sequence_gap' as const) : e.prevHash !== state.headHash ? ('broken_link' as const) : eventHash(e.prevHash, e) !== e.hash ? ('hash_mismatch' as const) : undefined;
    if (broken) {
      state.broken = { seq: e.seq, reason: broken };
      return state;
    }
    state.chains.add(e);
    if (e.agreementId !== null) state.lastEvents.set(e.agreementId, { seq: e.seq, hash: e.hash });
    state.length++;
    state.headSeq = e.seq;
    state.headHash = e.hash;
  }
  return state;
}

/**
 * Signs a checkpoint over `head` (the global head, or an auditor's scope head) and the agreement
 * heads, and appends it to the checkpoint file before anyone is given it.
 */
export async function signCheckpoint(
  ctx: Pick<ServiceContext, 'keys' | 'config'>,
  head: { readonly headSeq: number; readonly headHash: string },
  agreements: readonly AgreementHead[],
  scope: 'global' | 'agreements' = 'global',
): Promise<SignedCheckpoint> {
  const payload: CheckpointPayload = {
    iss: ctx.config.issuer,
    scope,
    seq: head.headSeq,
    headHash: head.headHash,
    time: new Date().toISOString(),
    agreements: agreements.map((a) => ({ agreementId: a.agreementId, seq: a.seq, link: a.link })),
  };
  const jws = await new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: 'EdDSA', kid: ctx.keys.current.kid, typ: CHECKPOINT_JWS_TYP })
    .sign(ctx.keys.current.privateKey);
  await appendCheckpoint(ctx.config.checkpointDir, jws);
  return { jws, kid: ctx.keys.current.kid, payload };
}

export interface Verification {
  readonly ok: boolean;
  readonly scope: 'global' | 'agreements';
  readonly length: number;
  readonly headSeq: number;
  readonly headHash: string;
  readonly firstBrokenSeq?: number;
  readonly reason?: 'hash_mismatch' | 'broken_link' | 'sequence_gap';
  readonly checkpoint: SignedCheckpoint | null;
}

/**
 * The whole chain recomputed now, and a checkpoint over what the caller may know of it: the operator
 * the global head and every agreement head; an auditor only its agreements' heads, figures and last
 * event (the global length and head would tell it about agreements it does not audit).
 */
export async function verifyForCaller(ctx: ServiceContext, principal: Principal): Promise<Verification> {
  assertAuditor(principal);
  const state = await walkChain(ctx);
  const view = disclose(principal, { kind: 'verification', facts: verificationFacts(state, await membershipsOf(ctx.pool, [...state.lastEvents.keys()])) });
  if (view === null) throw new AppError('forbidden', { detail: 'only auditors (and the operator) may export or verify the audit log', rule: 'auditors_only' });
  if (state.broken) {
    ctx.logger.error({ seq: state.broken.seq, reason: state.broken.reason }, 'audit chain broken');
    // Where it broke is the operator's to know; an auditor is told that it did.
    const where = view.scope === 'global' ? { firstBrokenSeq: state.broken.seq } : {};
    return { ok: false, scope: view.scope, ...view.figures, ...where, reason: state.broken.reason, checkpoint: null };
  }
  return { ok: true, scope: view.scope, ...view.figures, checkpoint: await signCheckpoint(ctx, view.figures, view.heads, view.scope) };
}

/** What the gate shapes a verification from: the walk's figures and each agreement's head and members. */
function verificationFacts(state: ChainState, memberships: ReadonlyMap<string, Membership>): VerificationFacts {
  return {
    global: { length: state.length, headSeq: state.headSeq, headHash: state.headHash },
    agreements: state.chains.heads().flatMap((h) => {
      const membership = memberships.get(h.agreementId);
      const last = state.lastEvents.get(h.agreementId);
      return membership && last ? [{ ...h, membership, events: h.seq, lastSeq: last.seq, lastHash: last.hash }] : [];
    }),
  };
}

/**
 * Each auditor with a webhook gets a checkpoint of its own scope, as GET /v1/audit/verify would give
 * it (the gate's 'verification' kind): its agreements' heads, never the global head.
 */
async function auditorPushes(ctx: ServiceContext, state: ChainState): Promise<Push[]> {
  const webhooks = [...ctx.config.checkpointWebhooks];
  if (webhooks.length === 0) return [];
  const facts = verificationFacts(state, await membershipsOf(ctx.pool, [...state.lastEvents.keys()]));
  const pushes: Push[] = [];
  for (const [orgId, url] of webhooks) {
    const org = await findOrganizationById(ctx.pool, orgId);
    const view = org?.kind === 'auditor' ? disclose({ orgId, role: 'auditor' }, { kind: 'verification', facts }) : null;
    if (view === null) {
      pushes.push({ auditorOrg: orgId, url, checkpoint: null });
      continue;
    }
    // An auditor of no agreement (yet) has nothing to be told.
    if (view.heads.length === 0) continue;
    const signed = await signCheckpoint(ctx, view.figures, view.heads, view.scope);
    pushes.push({ auditorOrg: orgId, url, checkpoint: { jws: signed.jws, seq: signed.payload.seq, headHash: signed.payload.headHash, agreements: signed.payload.agreements.length } });
  }
  return pushes;
}

/**
 * Periodic checkpoints: each tick carries the walk on from where the last one stopped, signs the head
 * and every agreement head, and records a `checkpoint.signed` event — unless nothing but its own
 * previous checkpoint (and its pushes) was appended since. Then each auditor with a webhook is pushed
 * a checkpoint of its own scope.
 */
export function createCheckpointer(ctx: ServiceContext, options: { retry?: RetryPolicy } = {}): { tick(): Promise<SignedCheckpoint | undefined> } {
  let state = emptyChainState();
  // The last head signed, and the seqs of the events the checkpointer itself appended after it.
  let signedSeq = -1;
  let ownSeqs = new Set<number>();
  const onlyOwnSince = (head: number): boolean => {
    for (let s = signedSeq + 1; s <= head; s++) if (!ownSeqs.has(s)) return false;
    return true;
  };
  let running: Promise<SignedCheckpoint | undefined> | undefined;
  const tick = async (): Promise<SignedCheckpoint | undefined> => {
    state = await walkChain(ctx, state);
    if (state.broken) {
      ctx.logger.error({ seq: state.broken.seq, reason: state.broken.reason }, 'audit chain broken: no checkpoint signed');
      // Start over next time: a later tick reports the break again rather than signing past it.
      state = emptyChainState();
      return undefined;
    }
    if (state.headSeq === 0 || (signedSeq >= 0 && onlyOwnSince(state.headSeq))) return undefined;
    const checkpoint = await signCheckpoint(ctx, state, state.chains.heads());
    const event = await recordEvent(ctx, {
      actorOrg: null,
      actorRole: 'system',
      action: 'checkpoint.signed',
      detail: { seq: checkpoint.payload.seq, headHash: checkpoint.payload.headHash, time: checkpoint.payload.time, kid: checkpoint.kid, agreements: checkpoint.payload.agreements.length, jws: checkpoint.jws },
    });
    signedSeq = checkpoint.payload.seq;
    ownSeqs = new Set([event.seq]);
    // Pushed after the global one is recorded; a webhook that is down delays the next tick, no more.
    for (const seq of await pushCheckpoints(ctx, await auditorPushes(ctx, state), options.retry ?? DEFAULT_RETRY)) ownSeqs.add(seq);
    return checkpoint;
  };
  return {
    // Ticks never overlap: a slow walk is not started twice.
    tick: () => (running ??= tick().finally(() => (running = undefined))),
  };
}
