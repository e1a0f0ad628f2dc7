// Messages between hashRows and its worker threads.
import type { ProfileName } from '../identity/index.js';

export interface WorkerSetup {
  /** The agreement salt (copied to each worker, wiped there after the key state is built). */
  readonly salt: Uint8Array;
  readonly profile: ProfileName;
  /** The input already holds SHA-256 digests of normalized identifiers (hex or Base64). */
  readonly prehashed: boolean;
  readonly columns: {
    readonly count: number;
    readonly id: number;
    readonly attributes: readonly { readonly index: number; readonly name: string; readonly multi: boolean }[];
  };
}

export interface HashJob {
  readonly seq: number;
  /** The line the chunk's first record starts on. */
  readonly firstLine: number;
  /** Whole CSV records. */
  readonly bytes: Uint8Array;
}

export interface InvalidRow {
  readonly line: number;
  readonly code: 'missing_id' | 'email_invalid' | 'phone_not_e164' | 'prehashed_invalid' | 'malformed_row' | 'wrong_field_count';
  readonly message: string;
}

export interface HashJobResult {
  readonly seq: number;
  /** NDJSON upload lines of the chunk's valid rows, in order. */
  readonly ndjson: Uint8Array;
  readonly rows: number;
  readonly valid: number;
  readonly invalid: readonly InvalidRow[];
}
