/**
 * The Logger port implemented with pino: JSON lines in production (to stderr, so standard output stays the
 * console's and the JSON batch's), pretty on a TTY. Secrets are redacted by key and by shape.
 */
import { createRequire } from 'node:module';
import pino from 'pino';
import { redactTokens } from '../adapters/shared/errors.js';
import type { LogFields, Logger } from '../logger.js';

export interface PinoLoggerOptions {
  level: string;
  pretty: boolean;
  /** Values that must never appear in a log line (the configured tokens), replaced by "[redacted]". */
  secrets: string[];
  destination?: NodeJS.WritableStream;
}

const REDACT_KEYS = ['token', 'botToken', 'appToken', 'signingSecret', 'authorization', 'password', 'secret'];

/** Pretty logs need pino-pretty, a development dependency: absent in a production install. */
export function prettyAvailable(): boolean {
  try {
    createRequire(import.meta.url).resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

export function createPinoLogger(options: PinoLoggerOptions): { logger: Logger; flush(): void } {
  const secrets = options.secrets.filter((s) => s.length >= 8);
  const scrub = (s: string) =>
    redactTokens(secrets.reduce((t, secret) => t.split(secret).join('[redacted]'), s));
  const base = pino(
    {
      level: options.level,
      redact: { paths: [...REDACT_KEYS, ...REDACT_KEYS.map((k) => `*.${k}`)], censor: '[redacted]' },
      hooks: {
        streamWrite: scrub,
      },
      serializers: { err: pino.stdSerializers.err },
    },
    options.destination ??
      (options.pretty
        ? pino.transport({ target: 'pino-pretty', options: { destination: 2, colorize: true } })
        : pino.destination({ dest: 2, sync: true })),
  );
  const wrap = (p: pino.Logger): Logger => ({
    debug: (f: LogFields, m: string) => p.debug(f, m),
    info: (f: LogFields, m: string) => p.info(f, m),
    warn: (f: LogFields, m: string) => p.warn(f, m),
    error: (f: LogFields, m: string) => p.error(f, m),
    child: (b: LogFields) => wrap(p.child(b)),
  });
  return { logger: wrap(base), flush: () => base.flush() };
}
