/**
 * Property tests explore random inputs on a developer's machine (a new seed each run, printed on failure so it
 * can be replayed), but CI replays one fixed seed, so that a submission's result does not depend on luck.
 * Set FC_SEED to replay a failure.
 */
import fc from 'fast-check';

const seed = process.env.FC_SEED ?? (process.env.CI ? '20261127' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
