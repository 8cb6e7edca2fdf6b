/**
 * Corpus reload without restart: re-validate and re-index in the background, then swap atomically.
 *
 * - Unchanged content (same hash) is a no-op: editors and file syncs touch files without changing them.
 * - A broken edit is rejected whole: the old core keeps serving, and every problem is logged (file, line,
 *   field) with the code E_CORPUS_RELOAD_REJECTED, so it can be fixed from the log alone.
 * - Reloads never overlap: a request that arrives during one runs once more after it (coalesced), so the
 *   last edit always wins.
 */
import type { LoadedCore } from '../bootstrap.js';
import { CorpusError, type CorpusProblem, formatProblem } from '../corpus/errors.js';
import type { Logger } from '../logger.js';
import { corpusContentHash } from './content-hash.js';
import type { SwappableService } from './swappable-service.js';

export type ReloadOutcome =
  | { kind: 'swapped'; contentHash: string; passages: number; ms: number }
  | { kind: 'unchanged'; contentHash: string }
  | { kind: 'rejected'; problems: CorpusProblem[] }
  | { kind: 'failed'; error: string };

export interface ReloadStatus {
  at: Date;
  reason: string;
  outcome: ReloadOutcome;
}

export interface Reloader {
  /** Runs a reload (or joins the one queued); resolves with its outcome. */
  reload(reason: string): Promise<ReloadOutcome>;
  /** The last finished reload, for /healthz. */
  last(): ReloadStatus | undefined;
  /** Resolves when no reload is running or queued (for shutdown). */
  idle(): Promise<void>;
}

export interface ReloaderDeps {
  corpusDir: string;
  holder: SwappableService;
  /** Builds a new core (bootstrap's loadCore, bound to the configuration). */
  load: () => Promise<LoadedCore>;
  logger: Logger;
}

export function createReloader(deps: ReloaderDeps): Reloader {
  const log = deps.logger.child({ component: 'reload' });
  let last: ReloadStatus | undefined;

  async function once(reason: string): Promise<ReloadOutcome> {
    const outcome = await attempt();
    last = { at: new Date(), reason, outcome };
    report(reason, outcome);
    return outcome;
  }

  async function attempt(): Promise<ReloadOutcome> {
    try {
      const hash = await corpusContentHash(deps.corpusDir).catch(() => undefined);
      if (hash !== undefined && hash === deps.holder.current().contentHash)
        return { kind: 'unchanged', contentHash: hash };
      const next = await deps.load();
      deps.holder.swap(next);
      return {
        kind: 'swapped',
        contentHash: next.contentHash,
        passages: next.corpus.passages.length,
        ms: next.ms,
      };
    } catch (e) {
      if (e instanceof CorpusError) return { kind: 'rejected', problems: e.problems };
      return { kind: 'failed', error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
    }
  }

  function report(reason: string, o: ReloadOutcome): void {
    switch (o.kind) {
      case 'swapped':
        log.info({ reason, contentHash: o.contentHash, passages: o.passages, ms: o.ms }, 'corpus reloaded');
        return;
      case 'unchanged':
        log.debug({ reason, contentHash: o.contentHash }, 'corpus unchanged; nothing to reload');
        return;
      case 'rejected': {
        const serving = deps.holder.current().contentHash;
        for (const p of o.problems) {
          log.error(
            {
              code: 'E_CORPUS_RELOAD_REJECTED',
              file: p.file,
              line: p.line,
              field: p.field,
              problem: p.message,
            },
            formatProblem(p),
          );
        }
        log.error(
          { code: 'E_CORPUS_RELOAD_REJECTED', reason, problems: o.problems.length, serving },
          `corpus reload rejected (${o.problems.length} problem(s)); still serving the previous index`,
        );
        return;
      }
      case 'failed':
        log.error(
          {
            code: 'E_CORPUS_RELOAD_FAILED',
            reason,
            error: o.error,
            serving: deps.holder.current().contentHash,
          },
          'corpus reload failed; still serving the previous index',
        );
        return;
    }
  }

  // One reload at a time. A request made while one runs joins the next (not yet started) reload, so a burst
  // of requests costs at most two reloads and the last edit is always picked up.
  let chain: Promise<unknown> = Promise.resolve();
  let next: { reasons: string[]; promise: Promise<ReloadOutcome> } | undefined;

  function reload(reason: string): Promise<ReloadOutcome> {
    if (next !== undefined) {
      next.reasons.push(reason);
      return next.promise;
    }
    const reasons = [reason];
    const promise = chain.then(() => {
      next = undefined;
      return once([...new Set(reasons)].join(', '));
    });
    next = { reasons, promise };
    chain = promise;
    return promise;
  }

  return {
    reload,
    last: () => last,
    async idle() {
      let seen: Promise<unknown> | undefined;
      while (seen !== chain) {
        seen = chain;
        await chain;
      }
    },
  };
}
