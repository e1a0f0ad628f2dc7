// A raw HTTP/1.1 client for hostile tests (node:http over a keep-alive agent: any method, header or
// body bytes fetch would refuse or rewrite), and the checks every answer of the service must pass:
// no 5xx, errors as application/problem+json with a urn:cleanroom:problem: type, nothing internal.
import { Agent, request } from 'node:http';

export interface RawRequest {
  readonly method: string;
  /** Path and query, sent as is. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: Buffer | string | undefined;
}

export interface RawResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: Buffer;
}

export function keepAliveAgent(maxSockets: number): Agent {
  return new Agent({ keepAlive: true, maxSockets });
}

/**
 * Sends one request and reads the whole answer. The body always goes with a Content-Length (node:http
 * sends a GET's body without one, which the server must then read as the next request). A request
 * that meets a kept-alive socket the server had just closed is sent again once, on a new socket, as
 * Node's documentation advises; any other transport error is the caller's to judge.
 */
export async function send(base: string, req: RawRequest, agent: Agent, timeoutMs = 20_000): Promise<RawResponse> {
  const url = new URL(base);
  const body = req.body === undefined ? undefined : Buffer.isBuffer(req.body) ? req.body : Buffer.from(req.body);
  const headers = body === undefined ? req.headers : { ...req.headers, 'content-length': String(body.length) };
  const once = (): Promise<RawResponse> =>
    new Promise((resolve, reject) => {
      const r = request({ host: url.hostname, port: url.port, method: req.method, path: req.path, headers, agent, timeout: timeoutMs }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      });
      r.on('timeout', () => r.destroy(new Error(`no answer within ${timeoutMs} ms: ${req.method} ${req.path.slice(0, 200)}`)));
      r.on('error', (err: NodeJS.ErrnoException) => reject(Object.assign(err, { reusedSocket: r.reusedSocket })));
      r.end(body);
    });
  try {
    return await once();
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { reusedSocket?: boolean };
    if (e.reusedSocket && (e.code === 'ECONNRESET' || e.code === 'EPIPE')) return once();
    throw err;
  }
}

/** What must never appear in an answer: stack frames, source paths, exception and database text. */
const LEAKS: readonly [RegExp, string][] = [
  [/\n\s+at \S/, 'a stack frame'],
  [/\bat (?:async )?[\w$.<>]+ \((?:file:|node:|\/)/, 'a stack frame'],
  [/node_modules|\/work\/|\/services\/cleanroom\/|file:\/\//, 'a source path'],
  [/\.(?:ts|js|mjs|cjs):\d+/, 'a source location'],
  [/\b(?:Type|Range|Syntax|Reference|Database|Internal|Assertion|Zod)Error\b/, 'an exception name'],
  [/\bError: /, 'an exception message'],
  [/syntax error at or near|violates (?:unique|foreign key|check|not-null) constraint|relation "|column "|SQLSTATE|bind message/i, 'database text'],
  [/ECONNREFUSED|ECONNRESET|EPIPE|ERR_[A-Z_]{4,}/, 'a system error code'],
];

/** Problems with one answer; empty when it is fine. */
export function answerProblems(res: RawResponse, method: string): string[] {
  const out: string[] = [];
  if (res.status >= 500) out.push(`status ${res.status}`);
  const type = String(res.headers['content-type'] ?? '');
  const text = res.body.toString('utf8');
  if (res.status >= 400) {
    if (!type.startsWith('application/problem+json')) out.push(`error ${res.status} with content-type "${type}"`);
    else if (method !== 'HEAD') {
      let problem: { type?: unknown; status?: unknown } | undefined;
      try {
        problem = JSON.parse(text) as { type?: unknown; status?: unknown };
      } catch {
        out.push('problem body is not JSON');
      }
      if (problem) {
        if (typeof problem.type !== 'string' || !problem.type.startsWith('urn:cleanroom:problem:')) out.push(`problem type ${JSON.stringify(problem.type)}`);
        if (problem.status !== res.status) out.push(`problem status ${JSON.stringify(problem.status)} ≠ ${res.status}`);
      }
    }
  }
  if (/json/.test(type) || res.status >= 400) {
    for (const [re, what] of LEAKS) if (re.test(text)) out.push(`${what} in the body: ${text.slice(Math.max(0, text.search(re) - 60), text.search(re) + 120)}`);
  }
  return out;
}
