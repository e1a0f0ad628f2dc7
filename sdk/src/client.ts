// The typed client: openapi-fetch over the types generated from the contract, with client-
// credentials token acquisition and refresh. Returns `{ data } | { error }`; never throws on an HTTP
// error. No Node-only APIs, so it runs in browsers too.
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from '@cleanroom/contracts';

export interface ClientCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
}

export interface CleanroomClientOptions {
  /** The service's base URL, e.g. `http://127.0.0.1:8080`. */
  readonly baseUrl: string;
  /** Machine credentials; a token is fetched and refreshed as needed. */
  readonly credentials?: ClientCredentials;
  /** A ready token (no refresh) — for callers that manage tokens themselves. */
  readonly token?: string;
  readonly fetch?: (input: Request) => Promise<Response>;
}

export type ApiClient = Client<paths>;

export interface CleanroomClient {
  readonly api: ApiClient;
  readonly baseUrl: string;
  /** A valid access token (fetched or refreshed when needed). */
  token(): Promise<string>;
}

/** Refresh this long before expiry so a request never leaves with a token about to lapse. */
const REFRESH_MARGIN_MS = 30_000;
const TOKEN_PATH = '/v1/oauth/token';

export class TokenError extends Error {
  constructor(
    readonly status: number,
    readonly problem: unknown,
  ) {
    super(`token request failed with ${status}${typeof problem === 'object' && problem && 'detail' in problem ? `: ${String((problem).detail)}` : ''}`);
    this.name = 'TokenError';
  }
}

export function createCleanroomClient(options: CleanroomClientOptions): CleanroomClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const api = createClient<paths>({ baseUrl, ...(options.fetch ? { fetch: options.fetch } : {}) });
  let cached: { token: string; expiresAt: number } | undefined;
  let inflight: Promise<string> | undefined;

  const fetchToken = async (): Promise<string> => {
    const creds = options.credentials;
    if (!creds) throw new TypeError('no credentials or token configured');
    const { data, error, response } = await api.POST(TOKEN_PATH, {
      body: { grant_type: 'client_credentials', client_id: creds.clientId, client_secret: creds.clientSecret },
      bodySerializer: (body) => new URLSearchParams(body as Record<string, string>).toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    if (!data) throw new TokenError(response.status, error);
    cached = { token: data.access_token, expiresAt: Date.now() + data.expires_in * 1000 };
    return data.access_token;
  };

  const token = async (): Promise<string> => {
    if (options.token) return options.token;
    if (cached && cached.expiresAt - REFRESH_MARGIN_MS > Date.now()) return cached.token;
    inflight ??= fetchToken().finally(() => {
      inflight = undefined;
    });
    return inflight;
  };

  const auth: Middleware = {
    async onRequest({ request }) {
      if (new URL(request.url).pathname.endsWith(TOKEN_PATH)) return undefined;
      if (!request.headers.has('Authorization') && (options.credentials || options.token)) {
        request.headers.set('Authorization', `Bearer ${await token()}`);
      }
      return request;
    },
  };
  api.use(auth);
  return { api, baseUrl, token };
}
