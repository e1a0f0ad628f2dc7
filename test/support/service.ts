// A running service on its own test database and an ephemeral port, with helpers to act as the
// operator and as organisations over real HTTP.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../services/cleanroom/src/config.js';
import type { EnvName } from '../../services/cleanroom/src/env.js';
import type { Logger } from 'pino';
import { createLogger, startService, type RunningService } from '../../services/cleanroom/src/service.js';
import { createTestDatabase, type TestDatabase } from './db.js';

export interface OrgHandle {
  readonly id: string;
  readonly kind: 'brand' | 'media_partner' | 'auditor';
  readonly clientId: string;
  readonly clientSecret: string;
  readonly token: string;
}

export interface TestService {
  readonly url: string;
  readonly db: TestDatabase;
  readonly service: RunningService;
  readonly dataDir: string;
  readonly admin: { clientId: string; clientSecret: string };
  adminToken(): Promise<string>;
  token(clientId: string, clientSecret: string): Promise<string>;
  createOrg(kind: OrgHandle['kind'], name?: string): Promise<OrgHandle>;
  fetch(path: string, init?: RequestInit & { token?: string }): Promise<Response>;
  stop(): Promise<void>;
}

export async function startTestService(env: Partial<Record<EnvName, string>> = {}, db?: TestDatabase, logger?: Logger): Promise<TestService> {
  const database = db ?? (await createTestDatabase());
  const dataDir = await mkdtemp(join(tmpdir(), 'cleanroom-svc-'));
  const admin = { clientId: `admin-${randomBytes(4).toString('hex')}`, clientSecret: randomBytes(24).toString('base64url') };
  const config = loadConfig({
    DATABASE_URL: database.url,
    CLEANROOM_MASTER_KEY: randomBytes(32).toString('hex'),
    CLEANROOM_DATA_DIR: dataDir,
    CLEANROOM_ADMIN_CLIENT_ID: admin.clientId,
    CLEANROOM_ADMIN_CLIENT_SECRET: admin.clientSecret,
    PORT: '0',
    LOG_LEVEL: 'silent',
    ...env,
  });
  const service = await startService(config, logger ?? createLogger(config));
  const url = service.url;

  const fetchApi = (path: string, init: RequestInit & { token?: string } = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    if (init.token) headers.set('Authorization', `Bearer ${init.token}`);
    if (typeof init.body === 'string' && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
    return fetch(url + path, { ...init, headers });
  };
  const token = async (clientId: string, clientSecret: string): Promise<string> => {
    const res = await fetch(`${url}/v1/oauth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }),
    });
    if (res.status !== 200) throw new Error(`token request failed: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { access_token: string }).access_token;
  };
  const adminToken = (): Promise<string> => token(admin.clientId, admin.clientSecret);
  return {
    url,
    db: database,
    service,
    dataDir,
    admin,
    adminToken,
    token,
    fetch: fetchApi,
    async createOrg(kind, name = `${kind} ${randomBytes(3).toString('hex')}`) {
      const res = await fetchApi('/v1/organizations', { method: 'POST', token: await adminToken(), body: JSON.stringify({ kind, name }) });
      if (res.status !== 201) throw new Error(`create org failed: ${res.status} ${await res.text()}`);
      const created = (await res.json()) as { id: string; clientId: string; clientSecret: string };
      return { id: created.id, kind, clientId: created.clientId, clientSecret: created.clientSecret, token: await token(created.clientId, created.clientSecret) };
    },
    async stop() {
      await service.stop();
      if (!db) await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export async function problemOf(res: Response): Promise<{ type: string; status: number; title: string; detail?: string; errors?: { path: string; code: string }[]; rule?: string }> {
  if (!res.headers.get('content-type')?.startsWith('application/problem+json')) {
    throw new Error(`expected problem+json, got ${res.status} ${res.headers.get('content-type')}: ${await res.text()}`);
  }
  return (await res.json()) as never;
}
