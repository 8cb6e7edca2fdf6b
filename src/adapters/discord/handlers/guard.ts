/**
 * Every handler runs guarded: a fault gives the user a short apology with an error reference, is logged
 * with that reference and the error's stable code (never a token or a message body), and the bot keeps
 * serving. In-flight work is counted so that stop() can wait for it.
 */
import type { Logger } from '../../../logger.js';
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
  /** Resolves when nothing is in flight, or after `ms`. */
  drain(ms: number): Promise<void>;
  inFlight(): number;
}

export function createGuard(logger: Logger): Guard {
  const running = new Set<Promise<void>>();
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
    async drain(ms) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, ms);
      });
      await Promise.race([Promise.allSettled([...running]).then(() => undefined), timeout]);
      clearTimeout(timer);
    },
    inFlight: () => running.size,
  };
}
