/**
 * Watches the corpus directory and calls back once changes have settled (debounced): an editor's save, a
 * `git pull` or a Kubernetes ConfigMap update touches several files in a burst and should cost one reload.
 * Renames are seen too, so atomic saves (write a temp file, rename it over) and symlink swaps are caught.
 */
import { type FSWatcher, watch } from 'node:fs';
import type { Logger } from '../logger.js';

export interface CorpusWatcher {
  close(): void;
}

export interface WatchOptions {
  /** Quiet time after the last change before `onChange` runs (default 500 ms). */
  debounceMs?: number;
  logger: Logger;
}

export const DEFAULT_DEBOUNCE_MS = 500;

export function watchCorpus(
  dir: string,
  onChange: (files: string[]) => void,
  options: WatchOptions,
): CorpusWatcher {
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const log = options.logger.child({ component: 'corpus-watcher', dir });
  let timer: NodeJS.Timeout | undefined;
  let changed = new Set<string>();
  let watcher: FSWatcher | undefined;
  const fire = () => {
    timer = undefined;
    const files = [...changed].sort();
    changed = new Set();
    onChange(files);
  };
  try {
    watcher = watch(dir, { persistent: false }, (_event, file) => {
      changed.add(file === null ? '(unknown)' : String(file));
      clearTimeout(timer);
      timer = setTimeout(fire, debounceMs);
    });
    watcher.on('error', (err) =>
      log.warn({ code: 'E_CORPUS_WATCH', error: String(err) }, 'corpus watcher stopped; reload with SIGHUP'),
    );
  } catch (err) {
    log.warn({ code: 'E_CORPUS_WATCH', error: String(err) }, 'cannot watch the corpus; reload with SIGHUP');
  }
  return {
    close() {
      clearTimeout(timer);
      watcher?.close();
    },
  };
}
