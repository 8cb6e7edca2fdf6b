/**
 * Suggestions: section titles near a question that found no evidence, and completions for a partly
 * typed question (Discord autocomplete). Both come from the corpus's own headings and words.
 */
import MiniSearch from 'minisearch';
import type { Corpus } from '../corpus/types.js';
import type { Analyzer } from './analyzer.js';

export interface Suggester {
  /**
   * Up to `limit` finding section titles nearest the question. With `anchors`, only titles containing one of
   * those terms (the question's specific words that the corpus has): a question about nothing in the corpus
   * gets no suggestions rather than three unrelated titles. With `docs`, only titles of those reviews.
   */
  near(question: string, limit: number, anchors?: ReadonlySet<string>, docs?: ReadonlySet<string>): string[];
  /** Up to `limit` completions of a partly typed question (from the reviews in `docs`, default all). */
  complete(prefix: string, limit: number, docs?: ReadonlySet<string>): string[];
  /**
   * The first review (in corpus order) with a finding section of this title, among `docs` if given: where a
   * suggested title comes from.
   */
  reviewOf(title: string, docs?: ReadonlySet<string>): string | undefined;
}

export function createSuggester(corpus: Corpus, analyzer: Analyzer): Suggester {
  const titles = [
    ...new Set(
      corpus.passages
        .filter((p) => p.role === 'finding')
        .map((p) => p.headingPath[p.headingPath.length - 1])
        .filter((h): h is string => h !== undefined),
    ),
  ];
  // Which reviews each title comes from, so that a scoped request sees only its reviews' titles; each set in
  // corpus order (the order of the reviews' first passages under the title).
  const titleDocs = new Map<string, Set<string>>();
  for (const p of corpus.passages) {
    const t = p.headingPath[p.headingPath.length - 1];
    if (p.role !== 'finding' || t === undefined) continue;
    const set = titleDocs.get(t) ?? new Set<string>();
    set.add(p.docId);
    titleDocs.set(t, set);
  }
  const inScope = (docs: ReadonlySet<string> | undefined) => (t: string) =>
    docs === undefined || [...(titleDocs.get(t) ?? [])].some((d) => docs.has(d));
  const index = new MiniSearch<{ id: number; title: string }>({
    fields: ['title'],
    tokenize: (s) => analyzer.analyze(s),
    processTerm: (t) => t,
  });
  index.addAll(titles.map((title, id) => ({ id, title })));
  // The corpus's words (of a scope's reviews), for completing a half-typed last word: built on first use.
  const wordLists = new Map<string, string[]>();
  const words = (docs: ReadonlySet<string> | undefined): string[] => {
    const key = docs === undefined ? '' : [...docs].sort().join('\u0000');
    let list = wordLists.get(key);
    if (!list) {
      const set = new Set<string>();
      for (const p of corpus.passages) {
        if (docs !== undefined && !docs.has(p.docId)) continue;
        for (const w of p.text.toLowerCase().match(/\p{L}[\p{L}'-]{3,}/gu) ?? []) set.add(w);
      }
      list = [...set].sort();
      if (wordLists.size >= 64) wordLists.clear();
      wordLists.set(key, list);
    }
    return list;
  };

  return {
    near(question, limit, anchors, docs) {
      // The first `limit` results that pass, in the search's order: a long question matches thousands of titles,
      // and only those looked at before `limit` are found need analysing. (`limit` is never negative here: the
      // service passes 3 or 0–25; NaN finds none, as slice(0, NaN) did.)
      const found: string[] = [];
      const wanted = inScope(docs);
      // Each word once: MiniSearch searches every query token, fuzzily, so "care" a hundred times cost a
      // hundred fuzzy searches of the titles (30 ms at 100k) for what one says.
      const words = [...new Set(question.toLowerCase().split(/\s+/))].join(' ');
      for (const r of index.search(words, { fuzzy: 0.25, prefix: true, combineWith: 'OR' })) {
        if (!(found.length < limit)) break;
        const t = titles[r.id as number];
        if (t === undefined) continue;
        if (anchors && !analyzer.analyze(t).some((term) => anchors.has(term))) continue;
        if (wanted(t)) found.push(t);
      }
      return found;
    },
    complete(prefix, limit, docs) {
      const typed = prefix.trim().toLowerCase();
      const scoped = titles.filter(inScope(docs));
      if (typed === '') return scoped.slice(0, limit);
      const head = typed.replace(/\S*$/, '');
      const partial = typed.slice(head.length);
      const byTitle = scoped.filter((t) => t.toLowerCase().includes(typed));
      const byWord =
        partial.length >= 2
          ? words(docs)
              .filter((w) => w.startsWith(partial))
              .map((w) => `${head}${w}`)
          : [];
      const byNear = this.near(typed, limit, undefined, docs);
      return [...new Set([...byTitle, ...byWord, ...byNear])].slice(0, limit);
    },
    reviewOf(title, docs) {
      for (const d of titleDocs.get(title) ?? []) if (docs === undefined || docs.has(d)) return d;
      return undefined;
    },
  };
}
