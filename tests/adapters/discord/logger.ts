/** A Logger that keeps every line, to assert on what was logged (and what never was). */
import type { LogFields, Logger } from '../../../src/logger.js';

export interface Line {
  level: string;
  message: string;
  fields: LogFields;
}

export function capturingLogger(lines: Line[] = [], bindings: LogFields = {}): Logger & { lines: Line[] } {
  const at =
    (level: string) =>
    (fields: LogFields, message: string): void => {
      lines.push({ level, message, fields: { ...bindings, ...fields } });
    };
  return {
    lines,
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: (b) => capturingLogger(lines, { ...bindings, ...b }),
  };
}
