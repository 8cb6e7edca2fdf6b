/**
 * General English synonymy for one corpus, computed when its index is built: for every word of the corpus,
 * the words WordNet relates to it (wordnet.ts), turned round so that an asker's word leads to the corpus
 * terms it may mean ("pupils" → student, "job" → employment). Only terms the corpus contains are reached.
 * Each link has a credit below 1 (SYNONYM_CREDIT, RELATED_CREDIT, VARIANT_CREDIT): the asker's own words
 * always weigh more. A link's credit weighs it in ranking; its evidence credit is what a match on it counts
 * towards the question's coverage (signals.ts), which decides "no evidence found".
 * Stored with the serialised index, so answering never reads WordNet.
 */
import type { Corpus } from '../corpus/types.js';
import type { Analyzer } from './analyzer.js';
import { relatives } from './wordnet.js';

/** Credit of a corpus term reached through a WordNet synonym of the asker's word. */
export const SYNONYM_CREDIT = 0.6;
/** Credit of a corpus term reached through a closely related word (hypernym, hyponym, derivation). */
export const RELATED_CREDIT = 0.35;
/**
 * Credit of a corpus term that is another form of the asker's word ("pregnant" for "pregnancy", wordnet.ts
 * isVariant): in ranking, almost the word itself. As evidence it counts as the derivation it is
 * (RELATED_CREDIT), so the coverage that decides "no evidence found" is the same as without variants.
 */
export const VARIANT_CREDIT = 0.9;
/** At most this many corpus terms are reached from one asker's term (the highest credits). */
const MAX_LINKS = 6;

export interface Link {
  term: string;
  /** Weight in ranking. */
  credit: number;
  /** What a match counts towards the question's coverage (signals.ts). */
  evidence: number;
}

/** Asker's term → corpus terms it may mean. */
export type RelatedTerms = Map<string, Link[]>;

const WORD = /\p{L}+(?:-\p{L}+)*/gu;
/** The same words in lower-case ASCII text, where \p{L} is a–z (much faster than the Unicode classes). */
const ASCII_WORD = /[a-z]+(?:-[a-z]+)*/g;
/** Anything but printable ASCII, tab and line breaks: such text is matched with the Unicode classes. */
const NON_ASCII = /[^\t\n\r -~]/;

/**
 * The corpus's lower-case words of 3 letters or more (not hyphenated), in order of first use: each passage's
 * text (`texts[i]`), then its heading path (`headings[i]`: joined by '\n').
 */
function corpusVocabulary(texts: readonly string[], headings: readonly string[]): Set<string> {
  const vocabulary = new Set<string>();
  const add = (text: string) => {
    const lower = text.toLowerCase();
    for (const w of lower.match(NON_ASCII.test(lower) ? WORD : ASCII_WORD) ?? []) {
      if (w.length >= 3 && !w.includes('-')) vocabulary.add(w);
    }
  };
  let prior: string | undefined;
  for (let i = 0; i < texts.length; i++) {
    add(texts[i] as string);
    // Passages of one section share their heading path: its words are added once.
    const h = headings[i] as string;
    if (h !== prior) add(h);
    prior = h;
  }
  return vocabulary;
}

/**
 * Each passage's text and heading path (joined by '\n'), as buildRelatedTerms reads them: plain strings. The
 * passages of one section share one heading string.
 */
export function passageTexts(corpus: Corpus): { texts: string[]; headings: string[] } {
  const headings: string[] = [];
  let prior = '';
  for (const p of corpus.passages) {
    const h = p.headingPath.join('\n');
    if (h !== prior) prior = h;
    headings.push(prior);
  }
  return { texts: corpus.passages.map((p) => p.text), headings };
}

/** The related terms of the corpus whose passages' texts and heading paths these are (passageTexts). */
export function buildRelatedTerms(
  texts: readonly string[],
  headings: readonly string[],
  analyzer: Analyzer,
): RelatedTerms {
  const vocabulary = corpusVocabulary(texts, headings);
  const single = new Map<string, string | undefined>();
  const termOf = (word: string): string | undefined => {
    if (single.has(word)) return single.get(word);
    const t = analyzer.queryTerms(word);
    const term = t.length === 1 ? t[0]?.term : undefined;
    single.set(word, term);
    return term;
  };
  const links = new Map<string, Map<string, { credit: number; evidence: number }>>();
  const link = (from: string, to: string, credit: number, evidence = credit) => {
    if (from === to) return;
    let m = links.get(from);
    if (!m) {
      m = new Map();
      links.set(from, m);
    }
    // Reached several ways ("pregnant" as a variant and as a related word), a term keeps the best of each.
    const prior = m.get(to);
    m.set(to, {
      credit: Math.max(credit, prior?.credit ?? 0),
      evidence: Math.max(evidence, prior?.evidence ?? 0),
    });
  };
  for (const word of vocabulary) {
    const target = termOf(word);
    if (target === undefined) continue;
    const r = relatives(word);
    for (const s of r.synonyms) {
      const from = termOf(s);
      if (from !== undefined) link(from, target, SYNONYM_CREDIT);
    }
    for (const s of r.variants) {
      const from = termOf(s);
      if (from !== undefined) link(from, target, VARIANT_CREDIT, RELATED_CREDIT);
    }
    // A two-word synonym is keyed by its words as the asker writes them (phraseKey): an asker's "carry out"
    // leads to the corpus's "conduct".
    for (const s of r.phrases) link(phraseKey(s), target, SYNONYM_CREDIT);
    for (const s of r.related) {
      const from = termOf(s);
      if (from !== undefined) link(from, target, RELATED_CREDIT);
    }
  }
  const out: RelatedTerms = new Map();
  for (const [from, m] of links) {
    const best = [...m]
      .sort((a, b) => b[1].credit - a[1].credit || (a[0] < b[0] ? -1 : 1))
      .slice(0, MAX_LINKS)
      .map(([term, c]) => ({ term, ...c }));
    out.set(from, best);
  }
  return out;
}

/**
 * The key of a two-word phrase in RelatedTerms: its words in lower case, joined by a space (never an analysed
 * term: those have no space). The asker's first word is looked up in each of its base forms (expand.ts).
 */
export const phraseKey = (phrase: string): string => phrase.toLowerCase();

/** As JSON-friendly arrays: [from, [term, credit, evidence]...] per asker's term. */
export function serialiseRelated(r: RelatedTerms): [string, [string, number, number][]][] {
  return [...r].map(([from, ls]) => [
    from,
    ls.map((l) => [l.term, l.credit, l.evidence] as [string, number, number]),
  ]);
}

export function loadRelated(data: [string, [string, number, number][]][]): RelatedTerms {
  return new Map(
    data.map(([from, ls]) => [from, ls.map(([term, credit, evidence]) => ({ term, credit, evidence }))]),
  );
}
