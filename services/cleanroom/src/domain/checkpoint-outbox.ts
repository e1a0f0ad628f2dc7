// Checkpoints outside the database (DESIGN §7, issue 14). The checkpoints the service signs are also
// its evidence against a later rewrite of the log, so they must not live only in the table they
// protect: each one is appended to a file (one compact JWS a line, `CHECKPOINT_FILE` in
// CLEANROOM_CHECKPOINT_DIR; opened for appending only, fsync'd before the checkpoint is handed out),
// and the periodic ones are pushed to each auditor that has a webhook configured, scoped to that
// auditor's agreements (audit-verify.ts shapes them through the disclosure gate). Every push is
// audited (`checkpoint.pushed`: whether it arrived, after how many tries; never the URL's path).
import { mkdir, open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ServiceContext } from '../context.js';
import { deliver, type RetryPolicy } from '../ops/webhook.js';
import { recordEvent } from './audit-log.js';

export const CHECKPOINT_FILE = 'checkpoints.jws';
/** RFC 7515 §9.2.1: the media type of a compact JWS. */
const JOSE = 'application/jose';

// Appends are queued, so two checkpoints signed at once never interleave within a line.
let appending: Promise<void> = Promise.resolve();

/** Appends one checkpoint to the file in `dir` (created 0700 / 0600 when absent) and syncs it to disk. */
export function appendCheckpoint(dir: string, jws: string): Promise<void> {
  if (!/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(jws)) return Promise.reject(new TypeError('not a compact JWS'));
  const next = appending.then(async () => {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const file = await open(join(dir, CHECKPOINT_FILE), 'a', 0o600);
    try {
      await file.write(`${jws}\n`);
      await file.sync();
    } finally {
      await file.close();
    }
  });
  appending = next.catch(() => undefined);
  return next;
}

export interface Push {
  readonly auditorOrg: string;
  readonly url: string;
  /** The auditor's own checkpoint; null when it cannot have one (not an auditor). */
  readonly checkpoint: { readonly jws: string; readonly seq: number; readonly headHash: string; readonly agreements: number } | null;
}

/** Delivers each push (in parallel, each retried by `policy`) and records one event per push; returns their seqs. */
export async function pushCheckpoints(ctx: Pick<ServiceContext, 'pool' | 'config' | 'logger'>, pushes: readonly Push[], policy: RetryPolicy): Promise<number[]> {
  if (pushes.length === 0) return [];
  const caFile = ctx.config.checkpointWebhookCaFile;
  const ca = caFile === undefined ? undefined : await readFile(caFile, 'utf8');
  return Promise.all(
    pushes.map(async (push) => {
      const host = new URL(push.url).host;
      const outcome = push.checkpoint === null ? { delivered: false, attempts: 0, last: 'not_an_auditor' } : await deliver(push.url, push.checkpoint.jws, JOSE, { policy, ca });
      if (!outcome.delivered) ctx.logger.warn({ auditorOrg: push.auditorOrg, host, attempts: outcome.attempts, last: outcome.last }, 'checkpoint push failed');
      const event = await recordEvent(ctx, {
        actorOrg: null,
        actorRole: 'system',
        action: 'checkpoint.pushed',
        detail: {
          auditorOrg: push.auditorOrg,
          host,
          delivered: outcome.delivered,
          attempts: outcome.attempts,
          last: outcome.last,
          ...(push.checkpoint ? { seq: push.checkpoint.seq, headHash: push.checkpoint.headHash, agreements: push.checkpoint.agreements } : {}),
        },
      });
      return event.seq;
    }),
  );
}
