import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importReview } from '../../src/importer/import-review.js';
import { verbatimShare } from '../../src/importer/verbatim-share.js';
import { bodyOf } from './helpers.js';

const FIXTURE = 'tests/fixtures/importer/split-box.txt';

describe('plain text import', () => {
  it('writes the exact draft for the split-box fixture (box moved, sentence and paragraph joined, hyphens, caption)', async () => {
    const r = await importReview(FIXTURE, { outDir: 'corpus' });
    expect(r.draftPath).toBe('corpus/_draft-split-box.md');
    expect(r.draft).toBe(readFileSync('tests/fixtures/importer/split-box.expected.md', 'utf8'));
    expect(r.problems).toEqual([]);
    expect(r.references).toEqual({ parsed: 1, notParsed: 0, fromBib: 0 });
    expect(r.unresolved).toEqual([]);
  });

  it('imports the bundled review: the split sentence and the split paragraph repaired and listed, the draft loads', async () => {
    const r = await importReview('../shared/corpus-source/celcis-csrr-rapid-evidence-review-summary.txt', {
      outDir: 'corpus',
      id: 'celcis-draft',
    });
    expect(r.problems).toEqual([]);
    const body = bodyOf(r.draft);
    expect(body).toContain(
      'which take years, not months. Governments need to support transformational reform programmes involving integration through clear direction,',
    );
    expect(body).toContain('those who are easiest to involve in research, the professionals, were included');
    // The box that interrupted the sentence follows the joined paragraph, before the next section.
    const joined = body.indexOf('Governments need to support transformational reform programmes');
    const box = body.indexOf('## Assessing the quality and strength of the evidence');
    const next = body.indexOf('## Professionals need appropriate support');
    expect(joined).toBeLessThan(box);
    expect(box).toBeLessThan(next);
    const kinds = r.extraction.repairs.list().map((g) => [g.kind, g.count]);
    expect(kinds).toEqual([
      ['split-sentence', 1],
      ['split-paragraph', 1],
      ['caption', 1],
    ]);
    expect(body).not.toContain('Figure 1: Components model of integration');
    expect(r.metadata.authors.value[0]).toEqual({ family: 'Porter', given: 'Robert' });
    expect(r.references.parsed).toBe(3);
    const share = verbatimShare(readFileSync('corpus/celcis-csrr-rapid-evidence-review.md', 'utf8'), r.draft);
    expect(share.missing).toEqual([]);
  });
});
