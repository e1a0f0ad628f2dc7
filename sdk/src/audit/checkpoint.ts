// Checking a signed audit checkpoint offline: a compact JWS (RFC 7515) whose key comes only from the
// JWKS the caller holds, with the algorithm pinned to EdDSA (RFC 8037) and the payload's shape checked.
// No Node-only APIs: it runs in browsers too.
import { compactVerify, createLocalJWKSet, type JSONWebKeySet } from 'jose';
import { CHECKPOINT_JWS_TYP, CheckpointPayload } from '@cleanroom/contracts';

export type CheckpointCheck =
  | { readonly ok: true; readonly payload: CheckpointPayload; readonly kid: string }
  | { readonly ok: false; readonly message: string };

export async function verifyCheckpoint(jws: string, jwks: JSONWebKeySet): Promise<CheckpointCheck> {
  if (typeof jws !== 'string' || !/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(jws.trim())) {
    return { ok: false, message: 'the checkpoint is not a compact JWS' };
  }
  let verified: Awaited<ReturnType<typeof compactVerify>>;
  try {
    verified = await compactVerify(jws.trim(), createLocalJWKSet(jwks), { algorithms: ['EdDSA'] });
  } catch (err) {
    const code = (err as { code?: string }).code;
    const why =
      code === 'ERR_JWKS_NO_MATCHING_KEY'
        ? 'no key in the JWKS matches its kid'
        : code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED'
          ? 'the signature does not verify'
          : code === 'ERR_JOSE_ALG_NOT_ALLOWED'
            ? 'it is not signed with EdDSA'
            : err instanceof Error
              ? err.message
              : String(err);
    return { ok: false, message: `checkpoint signature invalid: ${why}` };
  }
  if (verified.protectedHeader.typ !== CHECKPOINT_JWS_TYP) return { ok: false, message: `checkpoint has typ ${String(verified.protectedHeader.typ)}, expected ${CHECKPOINT_JWS_TYP}` };
  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder().decode(verified.payload));
  } catch {
    return { ok: false, message: 'checkpoint payload is not JSON' };
  }
  const parsed = CheckpointPayload.safeParse(payload);
  if (!parsed.success) return { ok: false, message: 'checkpoint payload has the wrong shape' };
  return { ok: true, payload: parsed.data, kid: verified.protectedHeader.kid ?? '' };
}
