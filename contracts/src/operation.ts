// An operation of the HTTP interface: its path, inputs, success body and the problems it may answer
// with. The service validates with these schemas and the OpenAPI document is built from them.
import type { ZodType } from 'zod';
import type { ProblemCode } from './problems.js';

export type HttpMethod = 'get' | 'post' | 'put' | 'delete';

/**
 * The kinds of object the disclosure gate (policies' `disclose`) shapes before they leave the room.
 * Every operation names the kinds its answer is made of, so a new route cannot leave unseen:
 * docs/privacy-channels.md lists the same, and a test keeps the two and the gate in step.
 */
export const DISCLOSURE_KINDS = [
  'auditEvent',
  'auditExport',
  'agreementView',
  'datasetListing',
  'recordOfProcessing',
  'release',
  'uploadResult',
  'reasons',
  'verification',
  'organization',
  'metrics',
] as const;

export type DisclosureKind = (typeof DISCLOSURE_KINDS)[number];

export interface Operation {
  readonly operationId: string;
  readonly method: HttpMethod;
  /** OpenAPI path template, e.g. `/v1/organizations/{orgId}`. */
  readonly path: string;
  readonly summary: string;
  readonly tags: readonly string[];
  /** Bearer token required (every /v1 route but the token endpoint). */
  readonly auth: boolean;
  readonly params?: ZodType;
  readonly query?: ZodType;
  /** Request headers the operation reads (lowercase names). */
  readonly headers?: ZodType;
  /**
   * `stream: true`: the body is not parsed or buffered; the handler reads the request stream itself
   * (uploads). `schema` then only documents it.
   */
  readonly body?: { readonly schema: ZodType; readonly contentTypes: readonly string[]; readonly stream?: boolean };
  readonly success: { readonly status: number; readonly schema?: ZodType; readonly contentType?: string; readonly description: string };
  readonly problems: readonly [ProblemCode, ...ProblemCode[]];
  /**
   * What decides each thing the answer holds: the gate's kinds, or 'none' for an answer that holds
   * nothing about any organisation's data (liveness, public keys, the caller's own token).
   */
  readonly disclosure: readonly [DisclosureKind, ...DisclosureKind[]] | 'none';
}

export function defineOperation<const O extends Operation>(op: O): O {
  return op;
}
