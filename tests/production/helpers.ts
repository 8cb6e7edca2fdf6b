/** Shared by the production tests: a temporary copy of a corpus, and the real pino logger writing to memory. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { Logger } from '../../src/logger.js';
import { createPinoLogger } from '../../src/logging/pino-logger.js';

export const EXAMPLE_CORPUS = 'tests/fixtures/corpus/valid';
export const EXAMPLE_REVIEW = 'example-review.md';

/** A temporary copy of a corpus directory; remove() deletes it. */
export function tempCorpus(from = EXAMPLE_CORPUS): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'evidence-corpus-'));
  cpSync(from, dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

/** The production logger (pino, JSON) writing into an array of parsed lines. */
export function memoryLogger(): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const l of String(chunk).split('\n')) if (l.trim() !== '') lines.push(JSON.parse(l) as LogLine);
      done();
    },
  });
  const { logger } = createPinoLogger({ level: 'debug', pretty: false, secrets: [], destination });
  return { logger, lines };
}

export const until = async (predicate: () => boolean, ms = 5_000): Promise<void> => {
  const end = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > end) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
};
