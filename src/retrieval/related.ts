/**
 * General English synonymy for one corpus, computed when its index is built: for every word of the corpus,
 * the words WordNet relates to it (wordnet.ts), turned round so that an asker's word leads to the corpus
 * terms it may mean ("pupils" → student, "job" → employment). Only terms the corpus contains are reached.
 * Each link has a credit below 1 (SYNONYM_CREDIT, RELATED_CREDIT): the asker's own words always weigh more.
 * Stored with the serialised index, so answering never reads WordNet.
 */
import type { Corpus } from '../corpus/types.js';
import type { Analyzer } from './analyzer.js';
import { relatives } from './wordnet.js';

/** Credit of a corpus term reached through a WordNet synonym of the asker's word. */
export const SYNONYM_CREDIT = 0.6;
/** Credit of a corpus term reached through a closely related word (hypernym, hyponym, derivation). */
export const RELATED_CREDIT = 0.35;
/** At most this many corpus terms are reached from one asker's term (the highest credits). */
const MAX_LINKS = 6;

export interface Link {
  term: string;
  credit: number;
}

/** Asker's term → corpus terms it may mean. */
export type RelatedTerms = Map<string, Link[]>;

const WORD = /\p{L}+(?:-\p{L}+)*/gu;
/** The same words in lower-case ASCII text, where \p{L} is a–z (much faster than the Unicode classes). */
const ASCII_WORD = /[a-z]+(?:-[a-z]+)*/g;
/** Anything but printable ASCII, tab and line breaks: such text is matched with the Unicode classes. */
const NON_ASCII = /[^\t\n\r -~]/;

/** The corpus's lower-case words of 3 letters or more (not hyphenated), in order of first use. */
function corpusVocabulary(corpus: Corpus): Set<string> {
  const vocabulary = new Set<string>();
  const add = (text: string) => {
    const lower = text.toLowerCase();
    for (const w of lower.match(NON_ASCII.test(lower) ? WORD : ASCII_WORD) ?? []) {
      if (w.length >= 3 && !w.includes('-')) vocabulary.add(w);
    }
  };
  let headings: string | undefined;
  for (const p of corpus.passages) {
    add(p.text);
    // Passages of one section share their heading path: its words are added once.
    const h = p.headingPath.join('\n');
    if (h !== headings) add(h);
    headings = h;
  }
  return vocabulary;
}

export function buildRelatedTerms(corpus: Corpus, analyzer: Analyzer): RelatedTerms {
  const vocabulary = corpusVocabulary(corpus);
  const single = new Map<string, string | undefined>();
  const termOf = (word: string): string | undefined => {
    if (single.has(word)) return single.get(word);
    const t = analyzer.queryTerms(word);
    const term = t.length === 1 ? t[0]?.term : undefined;
    single.set(word, term);
    return term;
  };
  const links = new Map<string, Map<string, number>>();
  const link = (from: string, to: string, credit: number) => {
    if (from === to) return;
    let m = links.get(from);
    if (!m) {
      m = new Map();
      links.set(from, m);
    }
    if ((m.get(to) ?? 0) < credit) m.set(to, credit);
  };
  for (const word of vocabulary) {
    const target = termOf(word);
    if (target === undefined) continue;
    const r = relatives(word);
    for (const s of r.synonyms) {
      const from = termOf(s);
      if (from !== undefined) link(from, target, SYNONYM_CREDIT);
    }
    for (const s of r.related) {
      const from = termOf(s);
      if (from !== undefined) link(from, target, RELATED_CREDIT);
    }
  }
  const out: RelatedTerms = new Map();
  for (const [from, m] of links) {
    const best = [...m]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, MAX_LINKS)
      .map(([term, credit]) => ({ term, credit }));
    out.set(from, best);
  }
  return out;
}

/** As JSON-friendly arrays: [from, [term, credit]...] per asker's term. */
export function serialiseRelated(r: RelatedTerms): [string, [string, number][]][] {
  return [...r].map(([from, ls]) => [from, ls.map((l) => [l.term, l.credit] as [string, number])]);
}

export function loadRelated(data: [string, [string, number][]][]): RelatedTerms {
  return new Map(data.map(([from, ls]) => [from, ls.map(([term, credit]) => ({ term, credit }))]));
}
