// Builds the OpenAPI 3.1 document from the operation table; the committed openapi.json is its output.
import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import type { ZodType } from 'zod';
import { operations } from './operations.js';
import type { Operation } from './operation.js';
import { PROBLEM_STATUS, problemSchema, type ProblemCode } from './problems.js';

export const API_VERSION = '0.1.0';

export function buildOpenApiDocument(): ReturnType<OpenApiGeneratorV31['generateDocument']> {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
  registry.registerComponent('securitySchemes', 'clientBasic', { type: 'http', scheme: 'basic' });
  for (const op of Object.values(operations) as Operation[]) registry.registerPath(route(op));
  const generator = new OpenApiGeneratorV31(registry.definitions);
  return generator.generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Clean room API',
      version: API_VERSION,
      description:
        'A privacy-safe data clean room: salted-hash audiences in, differentially private aggregates out. ' +
        'Errors are application/problem+json (RFC 9457) with a stable `type` per cause.',
    },
    servers: [{ url: '/' }],
  });
}

function route(op: Operation): RouteConfig {
  const request: NonNullable<RouteConfig['request']> = {};
  if (op.params) request.params = op.params as NonNullable<RouteConfig['request']>['params'];
  if (op.query) request.query = op.query as NonNullable<RouteConfig['request']>['query'];
  if (op.headers) request.headers = op.headers as NonNullable<RouteConfig['request']>['headers'];
  if (op.body) {
    const schema = op.body.schema;
    request.body = { required: true, content: Object.fromEntries(op.body.contentTypes.map((ct) => [ct, { schema }])) };
  }
  const responses: RouteConfig['responses'] = {
    [String(op.success.status)]: {
      description: op.success.description,
      ...(op.success.schema
        ? { content: { [op.success.contentType ?? 'application/json']: { schema: op.success.schema } } }
        : op.success.contentType
          ? { content: { [op.success.contentType]: { schema: { type: 'string' } } } }
          : {}),
    },
  };
  for (const [status, codes] of groupByStatus(op.problems)) {
    responses[String(status)] = {
      description: codes.join(', '),
      content: { 'application/problem+json': { schema: problemSchema(codes) as ZodType } },
    };
  }
  return {
    method: op.method,
    path: op.path,
    operationId: op.operationId,
    summary: op.summary,
    tags: [...op.tags],
    ...(op.auth ? { security: [{ bearer: [] }] } : op.operationId === 'issueToken' ? { security: [{ clientBasic: [] }, {}] } : {}),
    request,
    responses,
  };
}

function groupByStatus(codes: readonly ProblemCode[]): Map<number, [ProblemCode, ...ProblemCode[]]> {
  const byStatus = new Map<number, [ProblemCode, ...ProblemCode[]]>();
  for (const code of codes) {
    const status = PROBLEM_STATUS[code];
    const list = byStatus.get(status);
    if (list) list.push(code);
    else byStatus.set(status, [code]);
  }
  return new Map([...byStatus].sort(([a], [b]) => a - b));
}
