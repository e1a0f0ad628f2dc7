// Every operation of the HTTP interface (DESIGN §8), in one table.
import { Jwks, TokenRequest, TokenResponse } from './auth.js';
import { Health, Readiness } from './health.js';
import { defineOperation } from './operation.js';
import {
  CreateOrganizationRequest,
  OrgIdParams,
  Organization,
  OrganizationCredentials,
  PutPublicKeyRequest,
} from './organizations.js';

const AUTHED = ['invalid-token', 'rate-limited', 'internal', 'unavailable'] as const;

export const operations = {
  issueToken: defineOperation({
    operationId: 'issueToken',
    method: 'post',
    path: '/v1/oauth/token',
    summary: 'Client-credentials grant: exchange an organisation credential for a short-lived JWT (EdDSA)',
    tags: ['auth'],
    auth: false,
    body: { schema: TokenRequest, contentTypes: ['application/x-www-form-urlencoded', 'application/json'] },
    success: { status: 200, schema: TokenResponse, description: 'An access token' },
    problems: ['malformed-request', 'validation-failed', 'unsupported-media-type', 'unsupported-grant-type', 'invalid-client', 'rate-limited', 'internal', 'unavailable'],
  }),
  getJwks: defineOperation({
    operationId: 'getJwks',
    method: 'get',
    path: '/.well-known/jwks.json',
    summary: "The service's public signing keys",
    tags: ['auth'],
    auth: false,
    success: { status: 200, schema: Jwks, description: 'JSON Web Key Set' },
    problems: ['internal'],
  }),
  createOrganization: defineOperation({
    operationId: 'createOrganization',
    method: 'post',
    path: '/v1/organizations',
    summary: 'Register an organisation (admin); its credentials are returned once',
    tags: ['organizations'],
    auth: true,
    body: { schema: CreateOrganizationRequest, contentTypes: ['application/json'] },
    success: { status: 201, schema: OrganizationCredentials, description: 'The new organisation and its credentials' },
    problems: ['malformed-request', 'validation-failed', 'unsupported-media-type', 'payload-too-large', 'forbidden', ...AUTHED],
  }),
  getOrganization: defineOperation({
    operationId: 'getOrganization',
    method: 'get',
    path: '/v1/organizations/{orgId}',
    summary: 'Public details and public key of an organisation the caller deals with',
    tags: ['organizations'],
    auth: true,
    params: OrgIdParams,
    success: { status: 200, schema: Organization, description: 'The organisation' },
    problems: ['validation-failed', 'not-found', ...AUTHED],
  }),
  putPublicKey: defineOperation({
    operationId: 'putPublicKey',
    method: 'put',
    path: '/v1/organizations/{orgId}/public-key',
    summary: "Register the organisation's X25519 public key (that organisation only)",
    tags: ['organizations'],
    auth: true,
    params: OrgIdParams,
    body: { schema: PutPublicKeyRequest, contentTypes: ['application/json'] },
    success: { status: 200, schema: Organization, description: 'The organisation with its new key' },
    problems: ['malformed-request', 'validation-failed', 'unsupported-media-type', 'payload-too-large', 'forbidden', 'not-found', ...AUTHED],
  }),
  healthz: defineOperation({
    operationId: 'healthz',
    method: 'get',
    path: '/healthz',
    summary: 'Liveness',
    tags: ['operations'],
    auth: false,
    success: { status: 200, schema: Health, description: 'The process is alive' },
    problems: ['internal'],
  }),
  readyz: defineOperation({
    operationId: 'readyz',
    method: 'get',
    path: '/readyz',
    summary: 'Readiness: database reachable and migrations applied',
    tags: ['operations'],
    auth: false,
    success: { status: 200, schema: Readiness, description: 'Ready (503 with the same body when not)' },
    problems: ['internal'],
  }),
  metrics: defineOperation({
    operationId: 'metrics',
    method: 'get',
    path: '/metrics',
    summary: 'Prometheus metrics',
    tags: ['operations'],
    auth: false,
    success: { status: 200, contentType: 'text/plain', description: 'Prometheus text exposition format' },
    problems: ['internal'],
  }),
} as const;

export type OperationId = keyof typeof operations;
