/**
 * Self-calibrating "no evidence found": the abstention thresholds of one corpus, fitted from the corpus
 * itself when its index is built, and stored with the index.
 *
 * - Answerable pseudo-questions: from evenly spaced sentences, a sentence's content words, some dropped, one
 *   swapped for a WordNet synonym and one general-English word added (as an asker's own wording would).
 * - Off-topic pseudo-questions: general-English words the corpus does not contain (SUBTLEX, mid frequency,
 *   chosen evenly through the list) in a few question templates, each with one of the corpus's common words
 *   (off-topic questions in the field share its vocabulary: "children", "school", "outcomes").
 * Every pseudo-question goes through the same pipeline as a real one; the thresholds on its evidence signals
 * (signals.ts) are the pair that best separates the two groups (most answerable accepted plus off-topic
 * declined, ties to the lower bar). No constant is fitted to any review or question set; the templates are
 * plain English. `npm run corpus:check` and the index build print the fit.
 */
import type { Corpus } from '../corpus/types.js';
import type { Analyzer } from './analyzer.js';
import { STOP_WORDS } from './data/stopwords.js';
import { englishWords } from './english.js';
import { search } from './search.js';
import type { SearchIndex } from './search-index.js';
import type { AbstentionThresholds, Signals } from './signals.js';
import { relatives } from './wordnet.js';

export interface Calibration {
  thresholds: AbstentionThresholds;
  answerable: number;
  offTopic: number;
  /** Shares, on the pseudo-questions, with the chosen thresholds. */
  accepted: number;
  declined: number;
}

/** Pseudo-questions of each kind (at most). */
const SAMPLES = 120;
/** Share of a sentence's content words an answerable pseudo-question keeps, and at most how many. */
const KEEP_SHARE = 0.5;
const KEEP_AT_MOST = 5;
/** General-English words (not in the corpus) added to each answerable pseudo-question. */
const FILLERS = 1;
/** The plain-coverage floor (not fitted: one fitted threshold is less at the mercy of the pseudo-questions). */
const MIN_COVERAGE = 0.25;
/** How much more a wrongly declined answerable question costs than a wrongly answered off-topic one. */
const ACCEPT_WEIGHT = 1;
/** Templates of off-topic questions: {x}, {y} general-English words, {c} a common word of the corpus. */
const TEMPLATES = [
  'Does {x} improve {c}?',
  'What is the evidence on {x} and {y}?',
  'How does {x} affect {c}?',
  'Is {x} better than {y} for {c}?',
  '{x} {y} {c}',
  'What works to reduce {x} in {c}?',
];

const WORD = /\p{L}[\p{L}'-]*\p{L}/gu;
/** The same words in lower-case ASCII text, where \p{L} is a–z. */
const ASCII_WORD = /[a-z][a-z'-]*[a-z]/g;
/** Anything but printable ASCII, tab and line breaks: such text is matched with the Unicode classes. */
const NON_ASCII = /[^\t\n\r -~]/;

/** Evenly spaced picks (deterministic: the same corpus always gets the same calibration). */
function spaced<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(items[Math.floor(((i + 0.5) * items.length) / n)] as T);
  return out;
}

/**
 * The answerable pseudo-questions before their fillers: from sentences of at least 3 content words, evenly
 * spaced through the passages' texts (several per passage in a small corpus), about half of each sentence's
 * content words with one swapped for a WordNet synonym. Reads only the texts and WordNet, so the index build
 * can make them with the related terms (wordnet-side.ts).
 */
export function answerableDrafts(texts: readonly string[]): string[][] {
  // Every sentence is only checked for 3 distinct content words; the picked ones are then read in full.
  const sentences: string[] = [];
  for (const text of texts) {
    for (const s of text.split(/(?<=[.!?:;])\s+/)) if (hasContentWords(s, 3)) sentences.push(s);
  }
  return spaced(sentences, SAMPLES).map((sentence, i) => {
    const content = [...new Set(words(sentence))];
    // Keep about half the words, evenly spread, at most KEEP_AT_MOST.
    const kept = spaced(
      content,
      Math.min(KEEP_AT_MOST, Math.max(2, Math.round(content.length * KEEP_SHARE))),
    );
    // Swap one for a WordNet synonym (a word the asker might use instead).
    const at = i % kept.length;
    const swap = [...relatives(kept[at] as string).synonyms].find((s) => s !== kept[at] && !s.includes('-'));
    if (swap) kept[at] = swap;
    return kept;
  });
}

/** Each draft with words of the asker's own that the corpus lacks (FILLERS of them). */
function answerableQuestions(drafts: readonly string[][], fillers: string[]): string[] {
  return drafts.map((draft, i) => {
    const question = [...draft];
    for (let f = 0; f < FILLERS; f++) {
      const filler = fillers[(i * FILLERS + f) % Math.max(1, fillers.length)];
      if (filler) question.push(filler);
    }
    return question.join(' ');
  });
}

const isContentWord = (w: string) => w.length >= 3 && !STOP_WORDS.has(w) && !/\d/.test(w);

/** A sentence's content words, in order (repeats kept). */
function words(s: string): string[] {
  return (s.toLowerCase().match(WORD) ?? []).filter(isContentWord);
}

/** Whether a sentence has at least `n` distinct content words (stops reading once it has). */
function hasContentWords(s: string, n: number): boolean {
  const lower = s.toLowerCase();
  const re = NON_ASCII.test(lower) ? new RegExp(WORD.source, 'gu') : new RegExp(ASCII_WORD.source, 'g');
  const seen = new Set<string>();
  for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
    if (isContentWord(m[0])) seen.add(m[0]);
    if (seen.size >= n) return true;
  }
  return false;
}

function offTopicQuestions(common: string[], foreign: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < SAMPLES && foreign.length > 1 && common.length > 0; i++) {
    const t = TEMPLATES[i % TEMPLATES.length] as string;
    out.push(
      t
        .replace('{x}', foreign[(2 * i) % foreign.length] as string)
        .replace('{y}', foreign[(2 * i + 1) % foreign.length] as string)
        .replace('{c}', common[i % common.length] as string),
    );
  }
  return out;
}

const passes = (s: Signals, t: AbstentionThresholds) =>
  s.specificMatch && s.weightedCoverage >= t.minWeightedCoverage && s.coverage >= t.minCoverage;

/** `drafts`: answerableDrafts of the corpus's passages' texts, where the caller has made them already. */
export function calibrate(
  corpus: Corpus,
  index: SearchIndex,
  analyzer: Analyzer,
  drafts: readonly string[][] = answerableDrafts(corpus.passages.map((p) => p.text)),
): Calibration {
  const inCorpus = (w: string) => analyzer.queryTerms(w).some((t) => index.df.has(t.term));
  // General-English words the corpus does not use, from the middle of the frequency list.
  const foreign = spaced(englishWords(3.3, 4.8), 3 * SAMPLES)
    .filter((w) => !STOP_WORDS.has(w) && !inCorpus(w))
    .slice(0, 2 * SAMPLES);
  // The corpus's common words: in many passages (the top tenth by document frequency, real words only).
  const byDf = corpus.passages.length === 0 ? [] : commonWords(corpus, index, analyzer);
  const fillers = spaced(foreign, SAMPLES);
  const answerable = answerableQuestions(drafts, fillers).map((q) => search(index, analyzer, q).top);
  const offTopic = offTopicQuestions(byDf, foreign).map((q) => search(index, analyzer, q).top);
  let best: { t: AbstentionThresholds; score: number; acc: number; dec: number } | undefined;
  for (let w = 0.3; w <= 0.9001; w += 0.025) {
    for (let c = MIN_COVERAGE; c <= MIN_COVERAGE + 0.0001; c += 0.05) {
      const t = { minWeightedCoverage: round(w), minCoverage: round(c) };
      const acc = share(answerable.filter((s) => passes(s, t)).length, answerable.length);
      const dec = share(offTopic.filter((s) => !passes(s, t)).length, offTopic.length);
      const score = ACCEPT_WEIGHT * acc + dec;
      if (!best || score > best.score + 1e-9) best = { t, score, acc, dec };
    }
  }
  return {
    thresholds: best?.t ?? { minWeightedCoverage: 0.45, minCoverage: 0.35 },
    answerable: answerable.length,
    offTopic: offTopic.length,
    accepted: best?.acc ?? 0,
    declined: best?.dec ?? 0,
  };
}

function commonWords(corpus: Corpus, index: SearchIndex, analyzer: Analyzer): string[] {
  const seen = new Map<string, { word: string; df: number }>();
  for (const p of spaced(corpus.passages, 400)) {
    for (const w of p.text.toLowerCase().match(WORD) ?? []) {
      if (w.length < 4 || STOP_WORDS.has(w) || seen.has(w)) continue;
      const t = analyzer.queryTerms(w)[0]?.term;
      const df = t === undefined ? undefined : index.df.get(t);
      if (df !== undefined) seen.set(w, { word: w, df });
    }
  }
  const sorted = [...seen.values()].sort((a, b) => b.df - a.df || (a.word < b.word ? -1 : 1));
  return sorted.slice(0, Math.max(10, Math.ceil(sorted.length / 10))).map((x) => x.word);
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const share = (n: number, of: number) => (of === 0 ? 0 : n / of);

export function describeCalibration(c: Calibration): string {
  const { minWeightedCoverage: w, minCoverage: m } = c.thresholds;
  return `abstention calibrated on ${c.answerable} answerable and ${c.offTopic} off-topic pseudo-questions: weighted coverage ≥ ${w}, coverage ≥ ${m} (accepts ${(100 * c.accepted).toFixed(0)}% / declines ${(100 * c.declined).toFixed(0)}%)`;
}
