// Delivering a small body to an HTTPS webhook, retried with exponential back-off. Used to push
// signed audit checkpoints to auditors (domain/checkpoint-outbox.ts). Only https: URLs (config.ts
// refuses others); the server's certificate is checked against the public roots plus, when given, a
// CA of the operator's (a private CA or a self-signed endpoint).
import { request } from 'node:https';
import { rootCertificates } from 'node:tls';

export interface RetryPolicy {
  /** Tries in all (the first one included). */
  readonly attempts: number;
  /** Wait before the second try; doubled before each next one. */
  readonly baseDelayMs: number;
  /** Longest one try may take, connection included. */
  readonly timeoutMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 1_000, timeoutMs: 10_000 };

export interface Delivery {
  readonly delivered: boolean;
  readonly attempts: number;
  /** The last answer's status, or the last failure's code (never the answer's body). */
  readonly last: number | string;
}

/** POSTs `body` until a 2xx answer or the tries run out. */
export async function deliver(url: string, body: string, contentType: string, options: { policy: RetryPolicy; ca?: string | undefined }): Promise<Delivery> {
  const ca = options.ca === undefined ? undefined : [...rootCertificates, options.ca];
  let last: number | string = 'not_tried';
  for (let attempt = 1; attempt <= options.policy.attempts; attempt++) {
    if (attempt > 1) await new Promise((r) => setTimeout(r, options.policy.baseDelayMs * 2 ** (attempt - 2)));
    last = await postOnce(url, body, contentType, options.policy.timeoutMs, ca);
    if (typeof last === 'number' && last >= 200 && last < 300) return { delivered: true, attempts: attempt, last };
  }
  return { delivered: false, attempts: options.policy.attempts, last };
}

function postOnce(url: string, body: string, contentType: string, timeoutMs: number, ca: string[] | undefined): Promise<number | string> {
  return new Promise((resolve) => {
    const bytes = Buffer.from(body, 'utf8');
    const req = request(url, {
      method: 'POST',
      headers: { 'Content-Type': contentType, 'Content-Length': String(bytes.length) },
      timeout: timeoutMs,
      ...(ca ? { ca } : {}),
    });
    req.on('response', (res) => {
      // The answer's body is not ours to keep; read it away so the socket is freed.
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', () => resolve(res.statusCode ?? 0));
    });
    req.on('timeout', () => req.destroy(Object.assign(new Error('webhook timed out'), { code: 'ETIMEDOUT' })));
    req.on('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? 'error'));
    req.end(bytes);
  });
}
