// @cleanroom/sdk/node: what needs Node (files, worker threads). The browser-safe part is the
// package's main entry.
export { hashFile, HashInputError, hashRows, type HashOptions, type HashRun, type HashStats, type InvalidRow } from './hash-file.js';
