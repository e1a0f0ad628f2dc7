// The disclosure gate (DESIGN §3, §5 rule 9): everything that leaves the room for a caller — an audit
// event or export line, a dataset listing, an agreement view, the record of processing, a release,
// an upload result, a denial's reasons, a chain verification, telemetry — is shaped here, from the
// viewer, its relation to the agreement and the object. Handlers and use cases never build a party
// view of their own; docs/privacy-channels.md lists which kind decides each field of each operation.
//
// The rules:
// - a party sees its own requests' releases and its own datasets' exact figures;
// - of the counterparty's events it sees that they happened — seq, time, actor, action, decision,
//   hashes (so the chain still links) — never their detail (release bodies, exact counts);
// - auditors named by the governing version and the operator see everything of their scope;
// - no reason quotes a value that is not the policy's or the viewer's own request's;
// - operator telemetry (metrics, the global chain) is the operator's alone.
import { DISCLOSURE_KINDS, type ChainedEvent, type DisclosureKind } from '@cleanroom/contracts';
import type { PolicyDocument } from './policy.js';
import type { Reason } from './reasons.js';

export type ViewerRole = 'admin' | 'brand' | 'media_partner' | 'auditor';

export interface Viewer {
  readonly orgId: string;
  readonly role: ViewerRole;
}

/** Who belongs to an agreement: its parties and the auditors its governing version names. */
export interface Membership {
  readonly brand: string;
  readonly partner: string;
  readonly auditors: readonly string[];
}

export type Relation = 'operator' | 'brand' | 'partner' | 'auditor' | 'none';

export function relationTo(viewer: Viewer, membership: Membership | null): Relation {
  if (viewer.role === 'admin') return 'operator';
  if (membership === null) return 'none';
  if (viewer.orgId === membership.brand) return 'brand';
  if (viewer.orgId === membership.partner) return 'partner';
  return membership.auditors.includes(viewer.orgId) ? 'auditor' : 'none';
}

/** Whose data an event is about: one party's, both parties' (the agreement itself), or the operator's. */
export type EventOwner = 'brand' | 'partner' | 'both' | 'operator';

const SHARED_ACTIONS = new Set([
  'agreement.proposed',
  'agreement.amendment_proposed',
  'agreement.approved',
  'agreement.approval_refused',
  'agreement.revoked',
  'agreement.expired',
  'key.created',
  'key.destroyed',
]);

const sideOf = (value: unknown): 'brand' | 'partner' | undefined => (value === 'brand' || value === 'partner' ? value : undefined);

export function eventOwner(event: Pick<ChainedEvent, 'action' | 'actorOrg' | 'detail'>, membership: Membership): EventOwner {
  if (SHARED_ACTIONS.has(event.action)) return 'both';
  if (event.action.startsWith('upload.') || event.action === 'data.deleted') {
    const side = sideOf(event.detail.side);
    if (side) return side;
    // A receipt written before receipts were split per side: its own side only if all of it is.
    const versions = Array.isArray(event.detail.versions) ? (event.detail.versions as { side?: unknown }[]) : [];
    // A receipt of no data at all (only the key was destroyed) says nothing about either side.
    if (versions.length === 0 && event.action === 'data.deleted') return 'both';
    const sides = new Set(versions.map((v) => sideOf(v.side)));
    const [only] = [...sides];
    return sides.size === 1 && only ? only : 'operator';
  }
  if (event.action.startsWith('insight.')) {
    if (event.actorOrg === membership.brand) return 'brand';
    if (event.actorOrg === membership.partner) return 'partner';
  }
  return 'operator';
}

/** An event whose content the viewer may not see: that it happened, and its place in the chain. */
export type ElidedAuditEvent = Omit<ChainedEvent, 'detail'> & { readonly detail: Record<string, never>; readonly elided: true };

function seesInFull(relation: Relation, owner: EventOwner): boolean {
  if (relation === 'operator' || relation === 'auditor') return true;
  if (relation === 'brand' || relation === 'partner') return owner === 'both' || owner === relation;
  return false;
}

function elide(event: ChainedEvent): ElidedAuditEvent {
  return {
    seq: event.seq,
    at: event.at,
    actorOrg: event.actorOrg,
    actorRole: event.actorRole,
    action: event.action,
    agreementId: event.agreementId,
    decision: event.decision,
    detail: {},
    prevHash: event.prevHash,
    hash: event.hash,
    elided: true,
  };
}

/** Tokens a reason may quote for `request` under `policy`: the policy's attribute names and values, and the request's own fields. */
function quotable(policy: PolicyDocument | null, request: Readonly<Record<string, unknown>>): Set<string> {
  const allowed = new Set<string>();
  for (const v of Object.values(request)) if (typeof v === 'string') allowed.add(v);
  if (policy) {
    for (const name of [...policy.brandAttributes, ...Object.keys(policy.partnerAttributes)]) allowed.add(name);
    for (const values of Object.values(policy.attributeValues)) for (const v of values) allowed.add(v);
  }
  return allowed;
}

/** Generic wording per rule, used when a message would quote something it may not. */
const NEUTRAL_MESSAGE = 'denied by the rule named in code';

function shapeReasons(relation: Relation, reasons: readonly Reason[], policy: PolicyDocument | null, request: Readonly<Record<string, unknown>>): Reason[] {
  const allowed = quotable(policy, request);
  return reasons
    // A data-dependent denial goes only to the party whose data it is about.
    .filter((r) => r.about === undefined || relation === r.about || relation === 'operator' || relation === 'auditor')
    .map((r) => {
      const quoted = [...r.message.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
      return quoted.every((q) => allowed.has(q)) ? r : { ...r, message: NEUTRAL_MESSAGE };
    });
}

export interface ChainFigures {
  readonly length: number;
  readonly headSeq: number;
  readonly headHash: string;
}

export interface AgreementHeadFigure {
  readonly agreementId: string;
  readonly seq: number;
  readonly link: string;
}

/** What a verification can report: the global chain and, per agreement, its events and head. */
export interface VerificationFacts {
  readonly global: ChainFigures;
  readonly agreements: readonly (AgreementHeadFigure & { readonly membership: Membership; readonly events: number; readonly lastSeq: number; readonly lastHash: string })[];
}

export interface VerificationView {
  /** 'global' for the operator; 'agreements' for an auditor: figures of its agreements' events only. */
  readonly scope: 'global' | 'agreements';
  readonly figures: ChainFigures;
  readonly heads: readonly AgreementHeadFigure[];
}

/** Every kind of object that can leave the room, with what the gate needs to shape it. */
export type Disclosable =
  | { readonly kind: 'auditEvent'; readonly event: ChainedEvent; readonly membership: Membership | null }
  | { readonly kind: 'auditExport'; readonly membership: Membership | null }
  | { readonly kind: 'agreementView'; readonly membership: Membership; readonly view: unknown }
  | { readonly kind: 'datasetListing'; readonly membership: Membership; readonly datasets: readonly { readonly side: 'brand' | 'partner' }[] }
  | { readonly kind: 'recordOfProcessing'; readonly membership: Membership; readonly record: unknown }
  | { readonly kind: 'release'; readonly membership: Membership; readonly recipient: string; readonly release: unknown }
  | { readonly kind: 'uploadResult'; readonly membership: Membership; readonly side: 'brand' | 'partner'; readonly result: unknown }
  | { readonly kind: 'reasons'; readonly membership: Membership | null; readonly policy: PolicyDocument | null; readonly request: Readonly<Record<string, unknown>>; readonly reasons: readonly Reason[] }
  | { readonly kind: 'verification'; readonly facts: VerificationFacts }
  | { readonly kind: 'organization'; readonly sharesAgreement: boolean; readonly organization: unknown }
  | { readonly kind: 'metrics' };

// The kinds are named in the contract (every operation declares which it returns); the gate handles
// exactly those — each assignment fails to compile if the two lists drift apart.
type KindsAgree = [Disclosable['kind']] extends [DisclosureKind] ? ([DisclosureKind] extends [Disclosable['kind']] ? true : never) : never;
export const GATE_COVERS_CONTRACT: KindsAgree = true;

export { DISCLOSURE_KINDS, type DisclosureKind };

type Of<K extends DisclosureKind> = Extract<Disclosable, { kind: K }>;

const member = (r: Relation): boolean => r !== 'none';

/**
 * The gate: one function, one overload per kind. Views, records, releases and results come back as
 * they went in or as null (nothing: answer as if it did not exist); events, reasons, listings and
 * verifications come back shaped.
 */
export function disclose(viewer: Viewer, object: Of<'auditEvent'>): ChainedEvent | ElidedAuditEvent | null;
export function disclose(viewer: Viewer, object: Of<'auditExport'>): boolean;
export function disclose<V>(viewer: Viewer, object: Of<'agreementView'> & { readonly view: V }): V | null;
export function disclose<D extends { readonly side: 'brand' | 'partner' }>(viewer: Viewer, object: Of<'datasetListing'> & { readonly datasets: readonly D[] }): D[];
export function disclose<R>(viewer: Viewer, object: Of<'recordOfProcessing'> & { readonly record: R }): R | null;
export function disclose<R>(viewer: Viewer, object: Of<'release'> & { readonly release: R }): R | null;
export function disclose<R>(viewer: Viewer, object: Of<'uploadResult'> & { readonly result: R }): R | null;
export function disclose(viewer: Viewer, object: Of<'reasons'>): Reason[];
export function disclose(viewer: Viewer, object: Of<'verification'>): VerificationView | null;
export function disclose<R>(viewer: Viewer, object: Of<'organization'> & { readonly organization: R }): R | null;
export function disclose(viewer: Viewer, object: Of<'metrics'>): boolean;
export function disclose(viewer: Viewer, object: Disclosable): unknown {
  switch (object.kind) {
    case 'auditEvent':
      return discloseEvent(viewer, object);
    case 'auditExport': {
      // The whole log of a scope is for auditors of it and the operator; parties read /v1/audit/events.
      const r = relationTo(viewer, object.membership);
      return r === 'operator' || (r === 'auditor' && object.membership !== null) || (viewer.role === 'auditor' && object.membership === null);
    }
    case 'agreementView':
      return member(relationTo(viewer, object.membership)) ? object.view : null;
    case 'recordOfProcessing':
      return member(relationTo(viewer, object.membership)) ? object.record : null;
    case 'datasetListing': {
      const r = relationTo(viewer, object.membership);
      if (r === 'operator' || r === 'auditor') return [...object.datasets];
      return object.datasets.filter((d) => d.side === r);
    }
    case 'release': {
      const r = relationTo(viewer, object.membership);
      return r === 'operator' || r === 'auditor' || viewer.orgId === object.recipient ? object.release : null;
    }
    case 'uploadResult': {
      const r = relationTo(viewer, object.membership);
      return r === object.side || r === 'operator' ? object.result : null;
    }
    case 'reasons':
      return shapeReasons(relationTo(viewer, object.membership), object.reasons, object.policy, object.request);
    case 'verification':
      return discloseVerification(viewer, object.facts);
    case 'organization':
      return viewer.role === 'admin' || object.sharesAgreement ? object.organization : null;
    case 'metrics':
      return viewer.role === 'admin';
  }
}

function discloseEvent(viewer: Viewer, { event, membership }: Of<'auditEvent'>): ChainedEvent | ElidedAuditEvent | null {
  const relation = relationTo(viewer, membership);
  if (relation === 'operator') return event;
  // Events of no agreement (tokens, organisations, checkpoints) are the operator's.
  if (membership === null || event.agreementId === null || relation === 'none') return null;
  return seesInFull(relation, eventOwner(event, membership)) ? event : elide(event);
}

function discloseVerification(viewer: Viewer, facts: VerificationFacts): VerificationView | null {
  if (viewer.role === 'admin') return { scope: 'global', figures: facts.global, heads: facts.agreements.map(({ agreementId, seq, link }) => ({ agreementId, seq, link })) };
  if (viewer.role !== 'auditor') return null;
  // An auditor's figures cover its agreements' events only: the global length and head would tell it
  // about the activity of agreements it does not audit.
  const mine = facts.agreements.filter((a) => relationTo(viewer, a.membership) === 'auditor');
  const last = mine.reduce<(typeof mine)[number] | undefined>((best, a) => (best === undefined || a.lastSeq > best.lastSeq ? a : best), undefined);
  return {
    scope: 'agreements',
    figures: { length: mine.reduce((n, a) => n + a.events, 0), headSeq: last?.lastSeq ?? 0, headHash: last?.lastHash ?? '0'.repeat(64) },
    heads: mine.map(({ agreementId, seq, link }) => ({ agreementId, seq, link })),
  };
}
