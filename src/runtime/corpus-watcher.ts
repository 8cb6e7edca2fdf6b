/**
 * Watches the corpus directory and calls back once changes have settled (debounced): an editor's save, a
 * `git pull` or a Kubernetes ConfigMap update touches several files in a burst and should cost one reload.
 * Renames are seen too, so atomic saves (write a temp file, rename it over) and symlink swaps are caught.
 *
 * The directory itself may be deleted and recreated, or swapped by rename (a deploy, `git checkout`, a
 * config-management tool): a watch on it then goes deaf. So the parent directory is watched as well, and a
 * check every `pollMs` compares the directory's identity (device and inode) with the one being watched;
 * either re-arms the watch on the new directory and reloads. When the platform cannot watch at all (no
 * inotify handles left, say) the directory's listing (names, sizes, times) is polled instead. Every
 * failure is logged as E_CORPUS_WATCH, and state() says what the watcher is doing, for /healthz.
 */
import { type FSWatcher, readdirSync, type Stats, statSync, watch } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Logger } from '../logger.js';

export type WatchState = 'watching' | 'polling' | 'missing' | 'closed';

export interface WatcherStatus {
  state: WatchState;
  since: Date;
  /** Why, when not watching. */
  detail?: string;
}

export interface CorpusWatcher {
  state(): WatcherStatus;
  close(): void;
}

export interface WatchOptions {
  /** Quiet time after the last change before `onChange` runs (default 500 ms). */
  debounceMs?: number;
  /** How often the directory's identity (or, when it cannot be watched, its listing) is checked (1 s). */
  pollMs?: number;
  logger: Logger;
  /** Test hook: the platform's watch (default node:fs watch). */
  watchFn?: typeof watch;
}

export const DEFAULT_DEBOUNCE_MS = 500;
export const DEFAULT_POLL_MS = 1_000;

const identity = (s: Stats | undefined) => (s === undefined ? 'none' : `${s.dev}:${s.ino}`);
const statOrUndefined = (path: string) => {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
};

/** Names, sizes and modification times of the directory's entries: what polling compares. */
function listing(dir: string): string {
  try {
    return readdirSync(dir)
      .sort()
      .map((name) => {
        const s = statOrUndefined(join(dir, name));
        return `${name}:${s?.size ?? '-'}:${s?.mtimeMs ?? '-'}`;
      })
      .join('|');
  } catch {
    return 'none';
  }
}

export function watchCorpus(
  dir: string,
  onChange: (files: string[]) => void,
  options: WatchOptions,
): CorpusWatcher {
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const pollMs = options.pollMs ?? DEFAULT_POLL_MS;
  const watchFn = options.watchFn ?? watch;
  const log = options.logger.child({ component: 'corpus-watcher', dir });
  let timer: NodeJS.Timeout | undefined;
  let changed = new Set<string>();
  let dirWatcher: FSWatcher | undefined;
  let parentWatcher: FSWatcher | undefined;
  let watchedId = 'none';
  let polled = '';
  let status: WatcherStatus = { state: 'watching', since: new Date() };
  let closed = false;

  const setState = (state: WatchState, detail?: string) => {
    if (status.state === state && status.detail === detail) return;
    status = { state, since: new Date(), ...(detail === undefined ? {} : { detail }) };
  };
  const fire = () => {
    timer = undefined;
    const files = [...changed].sort();
    changed = new Set();
    onChange(files);
  };
  const note = (file: string) => {
    changed.add(file);
    clearTimeout(timer);
    timer = setTimeout(fire, debounceMs);
  };
  const problem = (err: unknown, message: string) =>
    log.warn({ code: 'E_CORPUS_WATCH', error: String(err) }, message);

  /** (Re-)watches the directory as it is now; false when it cannot be watched. */
  const arm = (): boolean => {
    dirWatcher?.close();
    dirWatcher = undefined;
    const stats = statOrUndefined(dir);
    watchedId = identity(stats);
    if (stats === undefined) {
      if (status.state !== 'missing')
        problem('ENOENT', 'corpus directory is gone; reloading when it is back');
      setState('missing', 'the corpus directory does not exist');
      return false;
    }
    try {
      const w = watchFn(dir, { persistent: false }, (_event, file) =>
        note(file === null ? '(unknown)' : String(file)),
      );
      w.on('error', (err) => {
        problem(err, 'corpus watch failed; re-arming');
        check();
      });
      dirWatcher = w;
      setState('watching');
      return true;
    } catch (err) {
      if (status.state !== 'polling') problem(err, 'cannot watch the corpus; polling it instead');
      polled = listing(dir);
      setState('polling', `cannot watch: ${String(err)}`);
      return false;
    }
  };

  /** Re-arms when the directory was replaced, deleted or is back; in polling mode, looks for changes. */
  const check = () => {
    if (closed) return;
    const now = identity(statOrUndefined(dir));
    if (now !== watchedId) {
      const wasThere = watchedId !== 'none';
      const armed = arm();
      if (now !== 'none') {
        log.info({ rewatched: armed }, wasThere ? 'corpus directory replaced' : 'corpus directory is back');
        note('(directory replaced)');
      }
      return;
    }
    if (status.state === 'polling') {
      const current = listing(dir);
      if (current !== polled) {
        polled = current;
        note('(polled change)');
      }
      if (arm()) log.info({}, 'corpus watch restored');
    }
  };

  arm();
  try {
    const name = basename(dir);
    parentWatcher = watchFn(dirname(dir), { persistent: false }, (_event, file) => {
      if (file === null || String(file) === name) check();
    });
    parentWatcher.on('error', (err) => problem(err, 'cannot watch the corpus directory’s parent'));
  } catch (err) {
    log.debug({ error: String(err) }, 'parent directory not watched; relying on the periodic check');
  }
  const poll = setInterval(check, pollMs);
  poll.unref();

  return {
    state: () => (closed ? { state: 'closed', since: status.since } : status),
    close() {
      closed = true;
      clearTimeout(timer);
      clearInterval(poll);
      dirWatcher?.close();
      parentWatcher?.close();
    },
  };
}
