// @cleanroom/sdk: the party's side of the clean room.
export * from './identity/index.js';
export { prepareUpload, tokenClaims, uploadDataset, UploadSetupError, type DatasetUploadResult, type Problem, type UploadContext, type UploadOutcome, type UploadRequest } from './datasets.js';
export { createCleanroomClient, TokenError, type ApiClient, type CleanroomClient, type CleanroomClientOptions, type ClientCredentials } from './client.js';
export type { ProblemCode, ProblemType, components, paths } from '@cleanroom/contracts';
