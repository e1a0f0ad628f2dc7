// Uploading a party's data: what the party needs to know first (its side, the governing policy,
// the counterparty's public key, hence the agreement salt and the salt check) and the streaming
// PUT itself. No Node-only APIs: fetch with a ReadableStream body (`duplex: 'half'`) runs in
// browsers too.
import type { components } from '@cleanroom/contracts';
import type { CleanroomClient } from './client.js';
import { decodePublicKey, deriveAgreementSalt, encodePublicKey, getPublicKey, saltCheck, type ProfileName } from './identity/index.js';

export type DatasetUploadResult = components['schemas']['DatasetUploadResult'];
export type PolicyDocument = components['schemas']['PolicyDocument'];

/** A problem+json body (RFC 9457) as the service sends it. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly rule?: string;
  readonly errors?: readonly { path: string; code: string; message: string }[];
  readonly [extension: string]: unknown;
}

export type UploadOutcome = { readonly data: DatasetUploadResult; readonly error?: undefined; readonly status: number } | { readonly data?: undefined; readonly error: Problem; readonly status: number };

export interface UploadRequest {
  readonly agreementId: string;
  readonly side: 'brand' | 'partner';
  readonly saltCheck: string;
  /** The rows: NDJSON (default) or CSV bytes. */
  readonly body: AsyncIterable<Uint8Array>;
  readonly contentType?: 'application/x-ndjson' | 'text/csv';
  readonly idempotencyKey?: string;
  readonly signal?: AbortSignal;
}

/** Streams the rows to PUT /v1/agreements/{id}/datasets/{side}; never throws on an HTTP error. */
export async function uploadDataset(client: CleanroomClient, request: UploadRequest): Promise<UploadOutcome> {
  const iterator = request.body[Symbol.asyncIterator]();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel(reason) {
      await iterator.return?.(reason);
    },
  });
  const headers: Record<string, string> = {
    Authorization: `Bearer ${await client.token()}`,
    'Content-Type': request.contentType ?? 'application/x-ndjson',
    'Cleanroom-Salt-Check': request.saltCheck,
  };
  if (request.idempotencyKey !== undefined) headers['Idempotency-Key'] = request.idempotencyKey;
  const path = `/v1/agreements/${encodeURIComponent(request.agreementId)}/datasets/${request.side}`;
  const init: RequestInit & { duplex: 'half' } = { method: 'PUT', headers, body: stream, duplex: 'half', ...(request.signal ? { signal: request.signal } : {}) };
  const res = await fetch(client.baseUrl + path, init);
  const body = (await res.json().catch(() => ({ type: 'about:blank', title: res.statusText, status: res.status }))) as unknown;
  return res.ok ? { data: body as DatasetUploadResult, status: res.status } : { error: body as Problem, status: res.status };
}

/** The claims of an access token the SDK relies on (the service verifies it; this only reads it). */
export function tokenClaims(token: string): { org: string; role: string } {
  const payload = token.split('.')[1];
  if (!payload) throw new TypeError('not a JWT');
  const json = JSON.parse(new TextDecoder().decode(base64urlBytes(payload))) as { org?: unknown; role?: unknown };
  if (typeof json.org !== 'string' || typeof json.role !== 'string') throw new TypeError('the token has no org or role claim');
  return { org: json.org, role: json.role };
}

function base64urlBytes(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

export interface UploadContext {
  readonly agreementId: string;
  readonly side: 'brand' | 'partner';
  readonly orgId: string;
  readonly peerOrgId: string;
  readonly policy: PolicyDocument;
  readonly profile: ProfileName;
  /** The agreement salt: keep it on this machine, wipe it when done (salt.fill(0)). */
  readonly salt: Uint8Array;
  readonly saltCheck: string;
  /** Attributes this side may upload, and which take several values. */
  readonly attributes: readonly string[];
  readonly multiValued: readonly string[];
}

export class UploadSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UploadSetupError';
  }
}

/**
 * Everything an upload needs, from the service and the party's private key: the caller's side
 * (from its token's org), the governing policy, the counterparty's registered public key, and the
 * salt both derive. Checks that the caller's registered key is the one it holds.
 */
export async function prepareUpload(client: CleanroomClient, agreementId: string, privateKey: Uint8Array): Promise<UploadContext> {
  const { org } = tokenClaims(await client.token());
  const got = await client.api.GET('/v1/agreements/{agreementId}', { params: { path: { agreementId } } });
  if (!got.data) throw new UploadSetupError(`cannot read agreement ${agreementId}: ${got.response.status} ${problemText(got.error)}`);
  const agreement = got.data;
  if (agreement.state !== 'active') throw new UploadSetupError(`agreement ${agreementId} is ${agreement.state}: data is uploaded only while it is active`);
  const policy = agreement.versions.find((v) => v.version === agreement.activeVersion)?.policy;
  if (!policy) throw new UploadSetupError(`agreement ${agreementId} has no approved version`);
  const side = org === agreement.brand ? 'brand' : org === agreement.partner ? 'partner' : undefined;
  if (!side) throw new UploadSetupError(`your organisation ${org} is not a party to ${agreementId}`);
  const peerOrgId = side === 'brand' ? agreement.partner : agreement.brand;

  const [self, peer] = await Promise.all([
    client.api.GET('/v1/organizations/{orgId}', { params: { path: { orgId: org } } }),
    client.api.GET('/v1/organizations/{orgId}', { params: { path: { orgId: peerOrgId } } }),
  ]);
  if (!self.data || !peer.data) throw new UploadSetupError(`cannot read the parties' public keys: ${problemText(self.error ?? peer.error)}`);
  const ownPublic = encodePublicKey(getPublicKey(privateKey));
  if (self.data.publicKey !== ownPublic) {
    throw new UploadSetupError(
      self.data.publicKey === null
        ? 'your organisation has not registered a public key: run `cleanroom keys init`'
        : 'the public key registered for your organisation is not the one of your local private key (run `cleanroom keys init --force` to register it, or use the key you registered)',
    );
  }
  if (peer.data.publicKey === null) throw new UploadSetupError(`the ${side === 'brand' ? 'partner' : 'brand'} (${peerOrgId}) has not registered a public key yet`);
  const peerKey = decodePublicKey(peer.data.publicKey);
  if (!peerKey.ok) throw new UploadSetupError(`the counterparty's public key is unusable: ${peerKey.message}`);

  const salt = deriveAgreementSalt(privateKey, peerKey.value, agreementId);
  const profile = policy.identity.profile;
  return {
    agreementId,
    side,
    orgId: org,
    peerOrgId,
    policy,
    profile,
    salt,
    saltCheck: saltCheck(salt, profile),
    attributes: side === 'brand' ? [...policy.brandAttributes] : Object.keys(policy.partnerAttributes),
    multiValued: side === 'brand' ? [] : Object.keys(policy.partnerAttributes),
  };
}

function problemText(error: unknown): string {
  const p = error as { detail?: string; title?: string } | undefined;
  return p?.detail ?? p?.title ?? 'request failed';
}
