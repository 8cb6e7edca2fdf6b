/** A fault inside the core is an `error` answer carrying the logged reference, never "no evidence found". */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import type { Corpus } from '../../src/corpus/types.js';
import type { LogFields, Logger } from '../../src/logger.js';
import { faultyService } from './faulty.js';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCorpus('corpus');
});

function recording(): { logger: Logger; errors: { fields: LogFields; message: string }[] } {
  const errors: { fields: LogFields; message: string }[] = [];
  const logger: Logger = {
    debug() {},
    info() {},
    warn() {},
    error: (fields, message) => void errors.push({ fields, message }),
    child: () => logger,
  };
  return { logger, errors };
}

describe('a fault while answering', () => {
  it('answers kind "error" with the reference that the error log line carries', () => {
    const { logger, errors } = recording();
    const service = faultyService(corpus, logger);
    const a = service.answer('  Is co-location enough on its own?\u0007 ');
    expect(a.kind).toBe('error');
    if (a.kind !== 'error') return;
    expect(a.code).toBe('E_ANSWER_FAILED');
    expect(a.reference).toMatch(/^ERR-[A-Z0-9]{6}$/);
    expect(a.query).toBe('Is co-location enough on its own?');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.fields).toMatchObject({ code: 'E_ANSWER_FAILED', reference: a.reference });
  });

  it('gives each fault its own reference, and commands that need no search still answer', () => {
    const service = faultyService(corpus);
    const first = service.answer('leadership');
    const second = service.answer('leadership');
    if (first.kind !== 'error' || second.kind !== 'error') throw new Error('expected two error answers');
    expect(first.reference).not.toBe(second.reference);
    expect(service.answer('sources').kind).toBe('sources');
    expect(service.answer('help').kind).toBe('help');
  });
});
