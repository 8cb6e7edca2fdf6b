/**
 * Every handler runs guarded: a fault gives the user a short apology with an error reference, is logged
 * with that reference and the error's stable code (never a token or a message body), and the bot keeps
 * serving. In-flight work is counted so that stop() can wait for it, including replies started while it waits.
 */
import type { Logger } from '../../../logger.js';
import { drainAll, track } from '../../shared/drain.js';
import { apology, errorFields, errorReference } from '../../shared/errors.js';

export interface Guard {
  run(
    what: string,
    fields: Record<string, unknown>,
    work: () => Promise<void>,
    tellUser: (text: string) => Promise<unknown>,
  ): Promise<void>;
  /** A synchronous check (a filter) that throws counts as false, with a log line. */
  test(what: string, fields: Record<string, unknown>, predicate: () => boolean): boolean;
  /** Tracks a reply made outside run() (the "restarting" notice) so that drain() waits for it. */
  track(what: string, work: Promise<unknown>): Promise<void>;
  /** Resolves when nothing is in flight, or after `ms`. */
  drain(ms: number): Promise<void>;
  inFlight(): number;
}

export function createGuard(logger: Logger): Guard {
  const running = new Set<Promise<unknown>>();
  return {
    run(what, fields, work, tellUser) {
      const p = (async () => {
        try {
          await work();
        } catch (err) {
          const reference = errorReference();
          logger.error(
            { ...fields, ...errorFields(err), reference, handler: what },
            'discord handler failed',
          );
          await tellUser(apology(reference)).catch((sendErr: unknown) =>
            logger.warn({ ...errorFields(sendErr), reference }, 'could not send the apology'),
          );
        }
      })();
      running.add(p);
      void p.finally(() => running.delete(p));
      return p;
    },
    test(what, fields, predicate) {
      try {
        return predicate();
      } catch (err) {
        logger.warn({ ...fields, ...errorFields(err), handler: what }, 'discord check failed; event ignored');
        return false;
      }
    },
    track(what, work) {
      return track(running, work, (err) =>
        logger.warn({ ...errorFields(err), handler: what }, 'discord reply failed'),
      );
    },
    async drain(ms) {
      await drainAll(running, ms);
    },
    inFlight: () => running.size,
  };
}
