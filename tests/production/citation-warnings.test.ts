/**
 * Start-up names each citation that resolves to no single reference, with the file, the line and what is
 * wrong: an ambiguous one (two references fit) is logged as ambiguous, not as "matches no reference".
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCore } from '../../src/bootstrap.js';
import { review } from '../corpus/helpers.js';
import { memoryLogger } from './helpers.js';

const ref = (id: string, given: string) =>
  [
    `  - id: ${id}`,
    '    type: book',
    `    author: [{ family: Smith, given: ${given} }]`,
    '    issued: { date-parts: [[2011]] }',
    `    title: Book ${id}`,
  ].join('\n');

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('start-up citation warnings', () => {
  it('say which citation is ambiguous and which matches nothing, with file and line', async () => {
    dir = mkdtempSync(join(tmpdir(), 'evidence-cites-'));
    const body = '## Results\n\nIt helped (Smith, 2011), as did mentoring (Jones, 2015).';
    writeFileSync(
      join(dir, 'r.md'),
      review({ references: [ref('smith2011a', 'Jo'), ref('smith2011b', 'Kim')].join('\n'), body }),
    );
    const { logger, lines } = memoryLogger();
    await loadCore({ corpusDir: dir, logger });
    const warned = lines.filter((l) => typeof l.citation === 'string');
    expect(warned.map((l) => [l.msg, l.citation])).toEqual([
      ['citation is ambiguous', '(Smith, 2011)'],
      ['citation matches no reference', '(Jones, 2015)'],
    ]);
    for (const l of warned) {
      expect(l.file).toBe(join(dir, 'r.md'));
      expect(typeof l.line).toBe('number');
    }
    expect(warned[0]?.problem).toMatch(/fits 2 references \(smith2011a, smith2011b\)/);
  });
});
