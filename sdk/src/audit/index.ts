// Offline audit verification: checkpoints (browser-safe) and export files (Node).
export { verifyCheckpoint, type CheckpointCheck } from './checkpoint.js';
export { ExtensionCheck, type ExtensionVerdict } from './extends.js';
export { feedExport, verifyExportFile, type VerifyExportOptions, type VerifyExportResult } from './verify-export.js';
