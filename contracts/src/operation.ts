// An operation of the HTTP interface: its path, inputs, success body and the problems it may answer
// with. The service validates with these schemas and the OpenAPI document is built from them.
import type { ZodType } from 'zod';
import type { ProblemCode } from './problems.js';

export type HttpMethod = 'get' | 'post' | 'put' | 'delete';

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
}

export function defineOperation<const O extends Operation>(op: O): O {
  return op;
}
