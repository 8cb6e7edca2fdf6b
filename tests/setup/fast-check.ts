/**
 * Property tests explore random inputs on a developer's machine (a new seed each run, printed on failure so it
 * can be replayed), but CI replays one fixed seed, so that a submission's result does not depend on luck.
 * Set FC_SEED to replay a failure. A property (with its shrinking) that runs past 60 s fails instead of
 * holding the worker: shrinking a large counterexample can otherwise take longer than CI allows.
 */
import fc from 'fast-check';

const seed = process.env.FC_SEED ?? (process.env.CI ? '20261127' : undefined);
fc.configureGlobal({
  ...(seed !== undefined ? { seed: Number(seed) } : {}),
  interruptAfterTimeLimit: 60_000,
  markInterruptAsFailure: true,
});
