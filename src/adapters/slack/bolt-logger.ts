/** Bolt's logger interface over our Logger port; tokens are redacted from anything Bolt logs. */
import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../logger.js';
import { redactTokens } from '../shared/errors.js';

const text = (msg: unknown[]) =>
  redactTokens(
    msg
      .map((m) =>
        m instanceof Error ? `${m.name}: ${m.message}` : typeof m === 'string' ? m : JSON.stringify(m),
      )
      .join(' '),
  );

/** Bolt's debug output (several lines per request) is dropped unless `debug` is true: formatting it costs. */
export function boltLogger(logger: Logger, debug = false): BoltLogger {
  const log = logger.child({ source: 'bolt' });
  let level = debug ? LogLevel.DEBUG : LogLevel.INFO;
  return {
    debug: (...msg) => {
      if (level === LogLevel.DEBUG) log.debug({}, text(msg));
    },
    info: (...msg) => log.info({}, text(msg)),
    warn: (...msg) => log.warn({}, text(msg)),
    error: (...msg) => log.error({}, text(msg)),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
