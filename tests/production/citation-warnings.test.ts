/**
 * Start-up names each citation that resolves to no single reference, with the file, the line and what is
 * wrong: an ambiguous one (two references fit) is logged as ambiguous, not as "matches no reference".
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CITATION_WARNINGS, loadCore } from '../../src/bootstrap.js';
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

  it('name the first few, then say how many more and where to see them all', async () => {
    dir = mkdtempSync(join(tmpdir(), 'evidence-cites-'));
    const names = ['Jones', 'Brown', 'Patel', 'Lee', 'Khan'];
    const cited = names.map((n) => `(${n}, 2015)`).join(', ');
    const body = `## Results\n\nIt helped ${cited}.`;
    writeFileSync(join(dir, 'r.md'), review({ references: ref('smith2011a', 'Jo'), body }));
    const { logger, lines } = memoryLogger();
    await loadCore({ corpusDir: dir, logger });
    expect(lines.filter((l) => typeof l.citation === 'string').map((l) => l.citation)).toEqual(
      names.slice(0, CITATION_WARNINGS).map((n) => `(${n}, 2015)`),
    );
    const summary = lines.find((l) => l.more !== undefined);
    expect(summary?.more).toBe(names.length - CITATION_WARNINGS);
    expect(summary?.unresolved).toBe(5);
    expect(String(summary?.msg)).toContain('npm run corpus:check');
  });
});
