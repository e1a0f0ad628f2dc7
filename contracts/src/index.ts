// @cleanroom/contracts: the wire format of the clean room, as zod schemas, the OpenAPI document made
// from them, and the types generated from that document.
export { z } from './zod.js';
export { canonicalJson, contentHash } from './canonical.js';
export * from './audit-chain.js';
export * from './csv.js';
export * from './problems.js';
export * from './common.js';
export * from './auth.js';
export * from './organizations.js';
export * from './credentials.js';
export * from './health.js';
export * from './agreements.js';
export * from './audit.js';
export * from './audit-export.js';
export * from './record-of-processing.js';
export * from './datasets.js';
export * from './insights.js';
export * from './operation.js';
export { operations, type OperationId } from './operations.js';
export { buildOpenApiDocument, API_VERSION } from './openapi.js';
export type { paths, components } from './generated/openapi.js';
