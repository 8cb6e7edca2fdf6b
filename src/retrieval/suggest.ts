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
   * gets no suggestions rather than three unrelated titles.
   */
  near(question: string, limit: number, anchors?: ReadonlySet<string>): string[];
  /** Up to `limit` completions of a partly typed question. */
  complete(prefix: string, limit: number): string[];
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
  const index = new MiniSearch<{ id: number; title: string }>({
    fields: ['title'],
    tokenize: (s) => analyzer.analyze(s),
    processTerm: (t) => t,
  });
  index.addAll(titles.map((title, id) => ({ id, title })));
  // The corpus's words, for completing a half-typed last word: built on first use, not at start-up.
  let wordList: string[] | undefined;
  const words = (): string[] => {
    if (!wordList) {
      const set = new Set<string>();
      for (const p of corpus.passages)
        for (const w of p.text.toLowerCase().match(/\p{L}[\p{L}'-]{3,}/gu) ?? []) set.add(w);
      wordList = [...set].sort();
    }
    return wordList;
  };

  return {
    near(question, limit, anchors) {
      const found = index
        .search(question, { fuzzy: 0.25, prefix: true, combineWith: 'OR' })
        .map((r) => titles[r.id as number])
        .filter((t): t is string => t !== undefined)
        .filter((t) => !anchors || analyzer.analyze(t).some((term) => anchors.has(term)));
      return found.slice(0, limit);
    },
    complete(prefix, limit) {
      const typed = prefix.trim().toLowerCase();
      if (typed === '') return titles.slice(0, limit);
      const head = typed.replace(/\S*$/, '');
      const partial = typed.slice(head.length);
      const byTitle = titles.filter((t) => t.toLowerCase().includes(typed));
      const byWord =
        partial.length >= 2
          ? words()
              .filter((w) => w.startsWith(partial))
              .map((w) => `${head}${w}`)
          : [];
      const byNear = this.near(typed, limit);
      return [...new Set([...byTitle, ...byWord, ...byNear])].slice(0, limit);
    },
  };
}
