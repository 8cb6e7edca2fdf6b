/**
 * What /healthz says: ready (200) only when the corpus is loaded, every adapter is connected and the
 * process is not shutting down; otherwise 503, with the same body saying why. Plain data, no HTTP.
 */
import type { AdapterHealth } from '../adapters/adapter.js';
import type { LoadedCore } from '../bootstrap.js';
import type { WatcherStatus } from '../runtime/corpus-watcher.js';

export type Phase = 'starting' | 'running' | 'stopping';

export interface CorpusHealth {
  contentHash: string;
  documents: number;
  passages: number;
  index: 'prebuilt' | 'cached' | 'built';
  loadedAt: Date;
}

/** What /healthz says of the core being served (undefined before it is loaded). */
export function corpusHealth(core: LoadedCore | undefined): CorpusHealth | undefined {
  if (core === undefined) return undefined;
  return {
    contentHash: core.contentHash,
    documents: core.corpus.documents.length,
    passages: core.corpus.passages.length,
    index: core.index,
    loadedAt: core.loadedAt,
  };
}

export interface HealthInput {
  phase: Phase;
  adapters: ReadonlyArray<{ name: string; health(): AdapterHealth }>;
  corpus: CorpusHealth | undefined;
  lastReload: { at: Date; reason: string; outcome: { kind: string } } | undefined;
  /** The corpus watcher, when there is one: a missing corpus directory makes the process degraded. */
  watcher?: WatcherStatus | undefined;
}

export interface HealthBody {
  status: 'ok' | 'starting' | 'stopping' | 'degraded';
  adapters: Array<{ name: string; connected: boolean; detail?: string }>;
  corpus: {
    contentHash: string;
    documents: number;
    passages: number;
    index: 'prebuilt' | 'cached' | 'built';
    loadedAt: string;
  } | null;
  lastReload: { at: string; reason: string; outcome: string } | null;
  watcher: { state: string; since: string; detail?: string } | null;
  uptimeSeconds: number;
}

export interface HealthReport {
  httpStatus: 200 | 503;
  body: HealthBody;
}

export function healthReport(input: HealthInput, uptimeSeconds: number): HealthReport {
  const adapters = input.adapters.map((a) => {
    const h = a.health();
    return { name: a.name, connected: h.connected, ...(h.detail === undefined ? {} : { detail: h.detail }) };
  });
  const status: HealthBody['status'] =
    input.phase === 'stopping'
      ? 'stopping'
      : input.phase === 'starting' || input.corpus === undefined || adapters.length === 0
        ? 'starting'
        : adapters.every((a) => a.connected) && input.watcher?.state !== 'missing'
          ? 'ok'
          : 'degraded';
  const c = input.corpus;
  const r = input.lastReload;
  return {
    httpStatus: status === 'ok' ? 200 : 503,
    body: {
      status,
      adapters,
      corpus:
        c === undefined
          ? null
          : {
              contentHash: c.contentHash,
              documents: c.documents,
              passages: c.passages,
              index: c.index,
              loadedAt: c.loadedAt.toISOString(),
            },
      lastReload:
        r === undefined ? null : { at: r.at.toISOString(), reason: r.reason, outcome: r.outcome.kind },
      watcher: watcherBody(input.watcher),
      uptimeSeconds: Math.round(uptimeSeconds),
    },
  };
}

function watcherBody(w: WatcherStatus | undefined): HealthBody['watcher'] {
  if (w === undefined) return null;
  return {
    state: w.state,
    since: w.since.toISOString(),
    ...(w.detail === undefined ? {} : { detail: w.detail }),
  };
}
