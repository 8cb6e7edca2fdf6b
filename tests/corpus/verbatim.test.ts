/**
 * The verbatim rule (docs/corpus-format.md, "Passages"): for every passage of every corpus, table rows
 * included, `text === unescapeText(body.slice(start, end))`; a table row's caption, header, cells and
 * footnotes are each words of the body. Also: every real review loads clean.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { unescapeText } from '../../src/corpus/markdown.js';
import { BUNDLED, VALID } from './helpers.js';

/** The shared real reviews (beside the repository, as in CI) and this repository's corpora. */
const REAL = '../shared/corpora/real';
const CORPORA = [BUNDLED, VALID, 'tests/fixtures/corpus/real', ...(existsSync(REAL) ? [REAL] : [])];

describe.each(CORPORA.filter(existsSync))('the verbatim rule in %s', (dir) => {
  it('holds for every passage, table rows included', async () => {
    const corpus = await loadCorpus(dir);
    const bodies = new Map(corpus.documents.map((d) => [d.id, d.body]));
    expect(corpus.passages.length).toBeGreaterThan(0);
    for (const p of corpus.passages) {
      const body = bodies.get(p.docId) ?? '';
      expect(p.text).toBe(unescapeText(body.slice(p.start, p.end)));
      if (!p.table) continue;
      expect(p.text.startsWith('|'), 'a row passage is the row line').toBe(true);
      const { caption, header, cells, footnotes } = p.table;
      for (const piece of [caption, ...header, ...cells, ...footnotes]) expect(body).toContain(piece);
      for (const cell of cells) expect(p.text).toContain(cell);
    }
  });
});
