/**
 * The EvidenceService the adapters hold for the life of the process, delegating to the current core.
 * A reload builds a whole new core aside and swaps it in with one assignment: every call is answered by
 * exactly one core, old or new, never by one half-built. answer() is synchronous, so a question that has
 * started is finished by the core it started on.
 *
 * A passage id shown before a swap ("Show full passage", "More results" on an old answer) still resolves:
 * passage() falls back to the previous core.
 */
import type { CorpusVersionSource } from '../adapters/adapter.js';
import type { LoadedCore } from '../bootstrap.js';
import type { EvidenceService } from '../retrieval/answer.js';

export interface SwappableService {
  readonly service: EvidenceService;
  current(): LoadedCore;
  /** Replaces the core in one step; returns the one it replaced. */
  swap(next: LoadedCore): LoadedCore;
  /** Calls `listener` after every swap (an adapter republishing what depends on the corpus). */
  onSwap(listener: (core: LoadedCore) => void): void;
}

export function createSwappableService(initial: LoadedCore): SwappableService {
  let current = initial;
  let previous: LoadedCore | undefined;
  const listeners: Array<(core: LoadedCore) => void> = [];
  const service: EvidenceService = {
    answer: (input, options) => current.service.answer(input, options),
    passage: (id) => current.service.passage(id) ?? previous?.service.passage(id),
    suggest: (prefix, limit, scope) => current.service.suggest(prefix, limit, scope),
  };
  return {
    service,
    current: () => current,
    swap(next) {
      previous = current;
      current = next;
      // A listener's fault must not undo or block the swap (the new core is already serving).
      for (const l of listeners) {
        try {
          l(next);
        } catch {
          // Listeners report their own faults; the swap stands either way.
        }
      }
      return previous;
    },
    onSwap(listener) {
      listeners.push(listener);
    },
  };
}

/** The holder's corpus version (hash, loaded at) and its swaps, as the adapters see them. */
export function corpusVersionSource(holder: SwappableService): CorpusVersionSource {
  return {
    current: () => ({ contentHash: holder.current().contentHash, loadedAt: holder.current().loadedAt }),
    onChange: (listener) => holder.onSwap(() => listener()),
  };
}
