/**
 * The EvidenceService the adapters hold for the life of the process, delegating to the current core.
 * A reload builds a whole new core aside and swaps it in with one assignment: every call is answered by
 * exactly one core, old or new, never by one half-built. answer() is synchronous, so a question that has
 * started is finished by the core it started on.
 *
 * A passage id shown before a swap ("Show full passage", "More results" on an old answer) still resolves:
 * passage() falls back to the previous core.
 */
import type { LoadedCore } from '../bootstrap.js';
import type { EvidenceService } from '../retrieval/answer.js';

export interface SwappableService {
  readonly service: EvidenceService;
  current(): LoadedCore;
  /** Replaces the core in one step; returns the one it replaced. */
  swap(next: LoadedCore): LoadedCore;
}

export function createSwappableService(initial: LoadedCore): SwappableService {
  let current = initial;
  let previous: LoadedCore | undefined;
  const service: EvidenceService = {
    answer: (input, options) => current.service.answer(input, options),
    passage: (id) => current.service.passage(id) ?? previous?.service.passage(id),
    suggest: (prefix, limit) => current.service.suggest(prefix, limit),
  };
  return {
    service,
    current: () => current,
    swap(next) {
      previous = current;
      current = next;
      return previous;
    },
  };
}
