/**
 * The index build's document frequencies and topic terms (search-index.ts) are what the plain rule gives: df is,
 * per term, the passages whose text (with its place terms, places' own terms and contact terms) or section has it,
 * in order of first occurrence; a document's topic terms
 * are those in at least TOPIC_SHARE of its passages (and 2), in its own order of first occurrence, then its
 * title's. Checked on the loader's order (each document's passages one run: the one-lookup count) and on the
 * same passages interleaved across documents (the plain count).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/corpus/types.js';
import { AGE_TERM, givesAge } from '../../src/retrieval/ages.js';
import { type Analyzer, createAnalyzer } from '../../src/retrieval/analyzer.js';
import { contactTerms } from '../../src/retrieval/contacts.js';
import { definedTerms } from '../../src/retrieval/definitions.js';
import { namedPlaces, namedPlaceTerm, PLACE_TERM } from '../../src/retrieval/places.js';
import { buildSearchIndex } from '../../src/retrieval/search-index.js';
import { namingText, TOPIC_SHARE } from '../../src/retrieval/topics.js';
import { placeNames } from '../../src/retrieval/wordnet.js';
import { NAMED_PER_PASSAGE } from '../../src/retrieval/wordnet-side.js';
import { BUNDLED_DIR, load, MULTI_DIR } from './helpers.js';

function expected(corpus: Corpus, analyzer: Analyzer): { df: [string, number][]; topics: string[][] } {
  const df = new Map<string, number>();
  const docIds: string[] = [];
  const perDoc = new Map<string, { passages: number; counts: Map<string, number> }>();
  for (const p of corpus.passages) {
    // a finding's text terms include a place term per place it names, and each place's own term (places.ts)
    const named = p.role === 'about' ? [] : namedPlaces(p.text, placeNames());
    const places = [
      ...named.map(() => PLACE_TERM),
      ...named.slice(0, NAMED_PER_PASSAGE).map((place) => namedPlaceTerm(place.synset)),
    ];
    const own = new Set([
      ...analyzer.analyze(p.text),
      ...places,
      ...contactTerms(p.text),
      ...(givesAge(p.text) ? [AGE_TERM] : []),
      ...definedTerms(p.text, analyzer),
      ...analyzer.analyze(p.headingPath.join(' \n ')),
    ]);
    for (const t of own) df.set(t, (df.get(t) ?? 0) + 1);
    let d = perDoc.get(p.docId);
    if (!d) {
      d = { passages: 0, counts: new Map() };
      perDoc.set(p.docId, d);
      docIds.push(p.docId);
    }
    d.passages++;
    for (const t of own) d.counts.set(t, (d.counts.get(t) ?? 0) + 1);
  }
  const topics = docIds.map((id) => {
    const d = perDoc.get(id) as { passages: number; counts: Map<string, number> };
    const need = Math.max(2, TOPIC_SHARE * d.passages);
    const doc = corpus.documents.find((x) => x.id === id);
    // its title and its kind, without the kind's parenthesised qualifiers
    const title = `${doc?.title ?? ''} ${(doc?.documentType ?? '').replace(/\(.*?\)/g, '')}`;
    return [
      ...new Set([...[...d.counts].filter(([, n]) => n >= need).map(([t]) => t), ...analyzer.analyze(title)]),
    ];
  });
  return { df: [...df], topics };
}

/** The passages dealt round-robin across documents: A1 B1 A2 B2 … */
function interleaved(corpus: Corpus): Corpus {
  const byDoc = new Map<string, Corpus['passages']>();
  for (const p of corpus.passages) byDoc.set(p.docId, [...(byDoc.get(p.docId) ?? []), p]);
  const lists = [...byDoc.values()];
  const out: Corpus['passages'] = [];
  for (let i = 0; out.length < corpus.passages.length; i++)
    for (const l of lists) {
      const p = l[i];
      if (p) out.push(p);
    }
  return { ...corpus, passages: out };
}

describe.each([
  ['bundled', BUNDLED_DIR],
  ['two reviews', MULTI_DIR],
])('document frequencies and topic terms (%s corpus)', (_name, dir) => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = (await load(dir)).corpus;
  });

  it('follow the plain rule in the loader’s order', () => {
    const analyzer = createAnalyzer(corpus.thesaurus);
    const index = buildSearchIndex(corpus, analyzer);
    const want = expected(corpus, analyzer);
    expect([...index.df]).toEqual(want.df);
    expect(index.topics.map((t) => [...t])).toEqual(want.topics);
  });

  it('follow the plain rule with the documents’ passages interleaved', () => {
    const mixed = interleaved(corpus);
    const analyzer = createAnalyzer(corpus.thesaurus);
    const index = buildSearchIndex(mixed, analyzer);
    const want = expected(mixed, analyzer);
    expect([...index.df]).toEqual(want.df);
    expect(index.topics.map((t) => [...t])).toEqual(want.topics);
  });
});

describe('the words that name a document', () => {
  it('are its title and its kind, without the kind’s parenthesised qualifiers', () => {
    const text = namingText('Breakfast clubs', 'rapid overview of reviews (technical report)');
    expect(text).toContain('Breakfast clubs');
    expect(text).toContain('rapid overview of reviews');
    expect(text).not.toContain('report');
  });

  it('are topic terms of the document, so a question naming its kind ("the overview") names the review', async () => {
    const loaded = (await load(MULTI_DIR)).corpus;
    const [first, ...rest] = loaded.documents;
    if (!first) throw new Error('fixture without documents');
    // the fixture's reviews never say "overview" or "report"
    const corpus = {
      ...loaded,
      documents: [{ ...first, documentType: 'overview of reviews (technical report)' }, ...rest],
    };
    const analyzer = createAnalyzer(corpus.thesaurus);
    const index = buildSearchIndex(corpus, analyzer);
    const [overview, report] = ['overview', 'report'].map((w) => analyzer.analyze(w)[0] ?? '');
    expect(index.df.has(overview ?? '')).toBe(false);
    const topic = index.topics[index.passages.docIds.indexOf(first.id)];
    expect(topic?.has(overview ?? '')).toBe(true);
    expect(topic?.has(report ?? '')).toBe(false);
    expect(index.topics.filter((t) => t.has(overview ?? '')).length).toBe(1);
  });
});
