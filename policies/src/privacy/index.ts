// The differential-privacy noise and accounting layer: exact integer samplers over a cryptographic
// random source, zCDP / pure-ε accounting, and the pre-filled noise pool.
export { createRandomSource, cryptoRandom } from './random.js';
export type { FillBytes, RandomSource } from './random.js';
export { bernoulliExp, sampleDiscreteGaussian, sampleDiscreteLaplace } from './samplers.js';
export {
  epsilonFromRho,
  gaussianHalfWidth95,
  gaussianRho,
  gaussianSigma2For,
  laplaceHalfWidth95,
  laplaceScaleFor,
  rationalAtLeast,
  rhoFromEpsilon,
} from './accounting.js';
export type { Rational } from './accounting.js';
export { NoisePool } from './noise-pool.js';
export type { NoisePoolOptions } from './noise-pool.js';
