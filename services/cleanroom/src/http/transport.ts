// Below the routes: how long a client may take to send its request (slowloris: headers or a body
// trickled byte by byte to hold connections open), bodies that are not the UTF-8 they claim to be,
// and the answer to a request Node's HTTP parser refuses before express sees it (malformed syntax,
// headers over the limit, a timeout) — the same application/problem+json as every other error, where
// Node would send a bare status line.
import { isUtf8 } from 'node:buffer';
import type { ServerOptions } from 'node:http';
import type { Duplex } from 'node:stream';
import type { RequestHandler } from 'express';
import { operations, PROBLEM_STATUS, PROBLEM_TITLE, problemType, type ProblemCode } from '@cleanroom/contracts';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import { bodyStillArriving, sendProblem } from './problem.js';

type Timeouts = Pick<Config, 'headersTimeoutSeconds' | 'requestTimeoutSeconds' | 'uploadTimeoutSeconds'>;

/**
 * The server's own limits: the headers must arrive within headersTimeout, the whole request within the
 * longer of the request and upload timeouts (bodyDeadline holds every other body to the request
 * timeout). Node checks them every connectionsCheckingInterval (30 s by default, which would let a
 * slow client overstay by that much), so here every second.
 */
export function serverOptions(config: Timeouts): ServerOptions {
  const requestTimeout = Math.max(config.requestTimeoutSeconds, config.uploadTimeoutSeconds) * 1000;
  return {
    headersTimeout: Math.min(config.headersTimeoutSeconds * 1000, requestTimeout),
    requestTimeout,
    connectionsCheckingInterval: 1000,
  };
}

// Streamed bodies (uploads) may take as long as the upload timeout allows; they are read only after
// the caller is authenticated, and an error answered before the end closes the connection.
const STREAMED = Object.values(operations)
  .filter((op) => 'body' in op && (op.body as { stream?: boolean }).stream === true)
  .map((op) => ({ method: op.method.toUpperCase(), path: new RegExp(`^${op.path.replace(/\{[^}/]+\}/g, '[^/]+')}/?$`) }));

/**
 * A request body (other than an upload's) that has not fully arrived within the request timeout of the
 * request's start is cut off: a 408 if nothing was answered yet, then the connection is closed.
 */
export function bodyDeadline(config: Timeouts): RequestHandler {
  const ms = config.requestTimeoutSeconds * 1000;
  return (req, res, next) => {
    if (!bodyStillArriving(req) || STREAMED.some((s) => s.method === req.method && s.path.test(req.path))) {
      next();
      return;
    }
    const timer = setTimeout(() => {
      if (req.complete) return;
      // sendProblem closes the connection after its answer (the body is incomplete).
      if (!res.headersSent) sendProblem(res, new AppError('request-timeout', { detail: `the request must arrive within ${config.requestTimeoutSeconds} s` }));
      else req.socket.destroy();
      // …and a client that does not even read its answer loses the connection all the same.
      setTimeout(() => req.socket.destroy(), 1000).unref();
    }, ms);
    timer.unref();
    const clear = (): void => clearTimeout(timer);
    req.once('end', clear);
    req.once('close', clear);
    next();
  };
}

/**
 * body-parser's `verify` for JSON and form bodies. Bytes that are not UTF-8 are refused (RFC 8259 §8.1)
 * rather than decoded with U+FFFD in their place, so that two different bodies never read as the same
 * request; so is U+0000, which no text column (nor jsonb) of PostgreSQL can hold — a name, purpose or
 * reason with one used to fail in the database with a 500. JSON must be UTF-8 (RFC 8259 §8.1: the
 * UTF-16 and UTF-32 body-parser would also decode are refused, 415).
 */
function verifyText(nul: RegExp, utf8Only: boolean): (req: unknown, res: unknown, body: Buffer, encoding: string) => void {
  return (_req, _res, body, encoding) => {
    const utf8 = /^utf-?8$/i.test(encoding);
    if (utf8Only && !utf8) throw new AppError('unsupported-media-type', { detail: 'send JSON as UTF-8' });
    if (utf8 && !isUtf8(body)) throw new AppError('malformed-request', { detail: 'the body is not valid UTF-8' });
    if (nul.test(body.toString('latin1'))) throw new AppError('malformed-request', { detail: 'the body holds U+0000 (NUL), which no text here may contain' });
  };
}

/** What a JSON body with an unpaired surrogate escape is refused with (see jsonReviver). */
export const LONE_SURROGATE = 'the body holds an unpaired UTF-16 surrogate escape (\\uD800–\\uDFFF), which is no Unicode text';

/** With the u flag a surrogate pair is one code point; only an unpaired half is of category Cs. */
const UNPAIRED_SURROGATE = /\p{Cs}/u;

/**
 * JSON.parse reviver for request bodies: "\uDFFF" alone is valid JSON syntax but no character
 * (RFC 8259 §8.2), which UTF-8 — and so PostgreSQL and our canonical hashing — cannot carry.
 */
export function jsonReviver(key: string, value: unknown): unknown {
  if (UNPAIRED_SURROGATE.test(key) || (typeof value === 'string' && UNPAIRED_SURROGATE.test(value))) throw new SyntaxError(LONE_SURROGATE);
  return value;
}

/** JSON: the escape \u0000 (after an even number of backslashes, else it is literal text). */
export const verifyJson = verifyText(/(?:^|[^\\])(?:\\\\)*\\u0000/, true);
/** Forms: %00, or a raw NUL byte. */
export const verifyForm = verifyText(/%00|\0/, false);

const REASON: Readonly<Partial<Record<ProblemCode, string>>> = {
  'malformed-request': 'Bad Request',
  'headers-too-large': 'Request Header Fields Too Large',
  'request-timeout': 'Request Timeout',
};

/** Connections already answered (the parser may report the same connection again while it lingers). */
const answered = new WeakSet<object>();

/**
 * The server's 'clientError' listener. As Node's default, an answer only if nothing was written on the
 * connection yet (else a response may be half sent). Unlike it, a lingering close: the answer, our end
 * of the connection, and the socket destroyed a second later — destroying it at once, with the rest of
 * the request unread, sends a reset that can make the client lose the answer.
 */
export function answerClientError(err: Error & { code?: string; rawPacket?: Buffer }, socket: Duplex & { _httpMessage?: { headersSent?: boolean } | null }): void {
  if (answered.has(socket)) return;
  answered.add(socket);
  // Node's own test: no response in flight on this connection, or none of it sent yet. (Counting the
  // socket's bytesWritten, as before, also counted the answers to earlier requests on a kept-alive
  // connection, and such a connection was cut without an answer: the fuzzer's rare "socket hang up".)
  const responseStarted = socket._httpMessage?.headersSent === true;
  if (err.code !== 'ECONNRESET' && socket.writable && !responseStarted) {
    const code: ProblemCode = err.code === 'HPE_HEADER_OVERFLOW' ? 'headers-too-large' : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 'request-timeout' : 'malformed-request';
    const status = PROBLEM_STATUS[code];
    // An answer to HEAD has no content (RFC 9110 §9.3.2), when the bytes refused show it was one.
    const head = err.rawPacket?.toString('latin1', 0, 5) === 'HEAD ';
    const body = head ? '' : JSON.stringify({ type: problemType(code), title: PROBLEM_TITLE[code], status });
    socket.end(
      `HTTP/1.1 ${status} ${REASON[code] ?? 'Bad Request'}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
    setTimeout(() => socket.destroy(), 1000).unref();
    return;
  }
  socket.destroy();
}
