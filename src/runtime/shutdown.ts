/**
 * Graceful shutdown, once, on SIGTERM or SIGINT: report "stopping" (so /healthz turns 503 and traffic moves
 * away), stop watching the corpus, let every adapter stop taking questions and finish those in flight (each
 * adapter bounds its own drain), close the platform connections and the health server, flush the logs, exit.
 *
 * The whole sequence is bounded too (`timeoutMs`): a close that hangs must not keep a container alive until
 * it is killed. Exit 0 when everything stopped in time, 1 when the bound was hit. A second signal while
 * stopping exits at once (1).
 */
import type { RunningAdapter } from '../adapters/adapter.js';
import type { Logger } from '../logger.js';

export interface ShutdownDeps {
  logger: Logger;
  /** Called first (e.g. mark the process as stopping for /healthz). */
  beginStopping: () => void;
  adapters: () => readonly RunningAdapter[];
  /** Closed before the adapters stop (the corpus watcher, a running reload). */
  before: ReadonlyArray<() => unknown>;
  /** Closed after the adapters stop (the health server). */
  after: ReadonlyArray<() => unknown>;
  flush: () => void;
  exit: (code: number) => void;
  /** Bound on the whole sequence (default 9 s: inside Docker's default 10 s grace period before SIGKILL). */
  timeoutMs?: number;
}

export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 9_000;

/** `signal` is what asked for the stop; `code` is the exit code when it completes in time (default 0). */
export function createShutdown(deps: ShutdownDeps): (signal: string, code?: number) => Promise<void> {
  let stopping = false;
  return async (signal, code = 0) => {
    if (stopping) {
      deps.logger.warn({ signal }, 'second signal while shutting down: exiting now');
      deps.flush();
      deps.exit(1);
      return;
    }
    stopping = true;
    const started = Date.now();
    deps.logger.info({ signal }, 'shutting down: no new questions; finishing those in flight');
    deps.beginStopping();
    const steps = async () => {
      await Promise.allSettled(deps.before.map(async (f) => f()));
      const results = await Promise.allSettled(deps.adapters().map((a) => a.stop()));
      results.forEach((r, i) => {
        if (r.status === 'rejected')
          deps.logger.warn(
            { adapter: deps.adapters()[i]?.name, code: 'E_SHUTDOWN_ADAPTER', error: String(r.reason) },
            'adapter did not stop cleanly',
          );
      });
      await Promise.allSettled(deps.after.map(async (f) => f()));
    };
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((r) => {
      timer = setTimeout(() => r('timeout'), deps.timeoutMs ?? DEFAULT_SHUTDOWN_TIMEOUT_MS);
    });
    const result = await Promise.race([steps().then(() => 'done' as const), timedOut]);
    clearTimeout(timer);
    if (result === 'timeout') {
      deps.logger.error(
        { code: 'E_SHUTDOWN_TIMEOUT', ms: Date.now() - started },
        'shutdown did not finish in time; exiting anyway',
      );
    } else {
      deps.logger.info({ ms: Date.now() - started }, 'stopped');
    }
    deps.flush();
    deps.exit(result === 'timeout' ? 1 : code);
  };
}
