// The real pipeline's upload check, as the service applies it: policies' checkUpload over the
// distinct ids of the new version compared with the party's current one.
import { checkUpload } from '../../policies/src/upload-rules.js';
import { MIN_DATASET_SIZE, type UploadRule } from './pipelines.js';

export const realUploadRule: UploadRule = (previous, next) => {
  const distinct = new Set(next);
  let common = 0;
  if (previous) for (const t of distinct) if (previous.has(t)) common++;
  return checkUpload({
    rows: distinct.size,
    minDatasetSize: MIN_DATASET_SIZE,
    previous: previous ? { previousRows: previous.size, common, changed: 0 } : null,
  }).allowed;
};
