/**
 * The search index: a compact inverted index over analysed passages (index/compact.ts), scored by
 * index/score.ts, plus the document frequencies that the evidence signals (signals.ts) need. Built from a
 * corpus, or loaded from its serialised form.
 *
 * `buildMiniSearch` builds the MiniSearch index the compact one replaced, from the same analysed fields: the
 * reference that scripts/bench-verify.ts checks the compact scorer against (ids, scores, matched terms).
 */
import MiniSearch from 'minisearch';
import type { Corpus, Passage } from '../corpus/types.js';
import { AGE_TERM, givesAge } from './ages.js';
import type { Analyzer } from './analyzer.js';
import { type Calibration, calibrate } from './calibration.js';
import { contactTerms } from './contacts.js';
import { definedTerms } from './definitions.js';
import {
  buildCompactIndex,
  type CompactIndex,
  loadCompact,
  type SerialisedCompact,
  serialiseCompact,
} from './index/compact.js';
import { INDEX_FORMAT_VERSION, INDEX_OPTIONS, type IndexedFields } from './index-options.js';
import { namedPlaceTerm, PLACE_TERM } from './places.js';
import { loadRelated, type RelatedTerms, serialiseRelated } from './related.js';
import { studyRows } from './study-rows.js';
import { namingText, type TopicTerms, topicCounter, topicsOf } from './topics.js';
import { type PlaceName, releaseWordNet } from './wordnet.js';
import { type PendingWordNetSide, startWordNetSide } from './wordnet-offload.js';

export interface SearchIndex {
  compact: CompactIndex;
  /** Number of passages each term occurs in (any field). */
  df: Map<string, number>;
  size: number;
  passages: PassageFacts;
  /** Asker's term → the corpus terms WordNet relates to it (related.ts). */
  related: RelatedTerms;
  /** Per document number, the terms most of its passages share and its title's (topics.ts). */
  topics: TopicTerms;
  /**
   * Every name WordNet gives the places the corpus names ("US" and "United States"), each with its place: a
   * question's places are read with these (places.ts namedPlaces), so answering never reads WordNet.
   */
  places: ReadonlyMap<string, PlaceName>;
  /** The corpus's own abstention thresholds (calibration.ts); absent while they are being fitted. */
  calibration?: Calibration;
}

/** What re-ranking needs to know of each passage, by passage number (the compact index's order). */
export interface PassageFacts {
  /** Document ids; `doc[i]` indexes it. */
  docIds: string[];
  doc: Int32Array;
  /**
   * 1 for background: a passage about the review itself (role `about`) or a row of a table of included
   * studies (study-rows.ts); 0 for a finding (any other passage).
   */
  background: Uint8Array;
  /** Section number: passages under the same heading path of the same document share it. */
  section: Int32Array;
}

export function passageFacts(corpus: Corpus): PassageFacts {
  const docIds: string[] = [];
  const docNumber = new Map<string, number>();
  const sections = new Map<string, number>();
  const n = corpus.passages.length;
  const facts: PassageFacts = {
    docIds,
    doc: new Int32Array(n),
    background: new Uint8Array(n),
    section: new Int32Array(n),
  };
  const perStudy = studyRows(corpus.passages);
  corpus.passages.forEach((p, i) => {
    let d = docNumber.get(p.docId);
    if (d === undefined) {
      d = docIds.length;
      docIds.push(p.docId);
      docNumber.set(p.docId, d);
    }
    const key = `${d}\0${p.headingPath.join('\0')}`;
    let sec = sections.get(key);
    if (sec === undefined) {
      sec = sections.size;
      sections.set(key, sec);
    }
    facts.doc[i] = d;
    facts.background[i] = p.role === 'about' || perStudy[i] ? 1 : 0;
    facts.section[i] = sec;
  });
  return facts;
}

/**
 * Each passage's analysed fields, in the index's field order (text, section, title), one passage at a time. A
 * title is analysed once per document and a heading path once per distinct path (passages share them). The
 * text terms end with one PLACE_TERM per place the passage names (`places`: wordnet-offload.ts) and its contact
 * terms (contacts.ts), AGE_TERM where it gives an age (ages.ts) and a definition term per phrase it defines
 * (definitions.ts); while its count
 * is not known yet (a worker is counting), the texts of the passages after it are analysed meanwhile.
 */
function analysedFields(
  corpus: Corpus,
  analyzer: Analyzer,
  places: Pick<PendingWordNetSide, 'places' | 'placesReady' | 'named'>,
): (i: number) => [string[], string[], string[]] {
  const titles = new Map<string, string[]>();
  const sections = new Map<string, string[]>();
  const docs = new Map(corpus.documents.map((d) => [d.id, d]));
  const n = corpus.passages.length;
  /** Text terms analysed ahead, by passage number; passages before `next` are analysed. */
  const ahead = new Map<number, string[]>();
  let next = 0;
  return (i) => {
    const p = corpus.passages[i];
    if (!p) throw new Error(`no passage ${i}`);
    let title = titles.get(p.docId);
    if (!title) {
      const doc = docs.get(p.docId);
      title = doc ? analyzer.analyze(doc.title) : [];
      titles.set(p.docId, title);
    }
    const path = p.headingPath.join(' \n ');
    let section = sections.get(path);
    if (!section) {
      section = analyzer.analyze(path);
      sections.set(path, section);
    }
    let text = ahead.get(i);
    if (text) ahead.delete(i);
    else text = analyzer.analyze(p.text);
    next = Math.max(next, i + 1);
    while (next < n && ahead.size < AHEAD_MAX && !places.placesReady(i)) {
      ahead.set(next, analyzer.analyze((corpus.passages[next] as Passage).text));
      next++;
    }
    for (let k = places.places(i); k > 0; k--) text.push(PLACE_TERM);
    for (const synset of places.named(i)) text.push(namedPlaceTerm(synset));
    for (const t of contactTerms(p.text)) text.push(t);
    if (givesAge(p.text)) text.push(AGE_TERM);
    for (const t of definedTerms(p.text, analyzer)) text.push(t);
    return [text, section, title];
  };
}

/** At most this many passages' texts are analysed ahead of their place counts (a bound on their memory). */
const AHEAD_MAX = 20_000;

/**
 * Document frequencies (over a passage's text and section) and each document's topic terms, counted passage by
 * passage. Where every document's passages are one run (as the loader gives them), one lookup per term
 * occurrence serves both counts; otherwise they are counted the plain way (a set per passage, a map per document).
 * Either way df's terms come in order of first occurrence and each document's counts in its own such order.
 */
function termCounter(
  facts: PassageFacts,
  n: number,
): {
  /** `textIds`, `sectionIds`: the compact index's provisional ids of the terms by position, where it has them. */
  add(i: number, text: string[], section: string[], textIds?: Int32Array, sectionIds?: Int32Array): void;
  finish(titleTerms: (doc: number) => string[]): [Map<string, number>, TopicTerms];
} {
  let runs = true;
  const ended = new Uint8Array(facts.docIds.length);
  for (let i = 1; i < n && runs; i++) {
    const prev = facts.doc[i - 1] as number;
    if (facts.doc[i] === prev) continue;
    ended[prev] = 1;
    if (ended[facts.doc[i] as number]) runs = false;
  }
  if (!runs) {
    const df = new Map<string, number>();
    const topicCounts = topicCounter(facts.docIds.length);
    return {
      add(i, text, section) {
        // Document frequency over the passage's own words: a title shared by every passage would make its words
        // look generic.
        const own = new Set(text);
        for (const t of section) own.add(t);
        for (const t of own) df.set(t, (df.get(t) ?? 0) + 1);
        topicCounts.add(facts.doc[i] as number, own);
      },
      finish: (titleTerms) => [df, topicCounts.finish(titleTerms)],
    };
  }
  // Per term (numbered in order of first occurrence): its df, the last passage and document it was counted for,
  // and its place in that document's counts; typed arrays, so a term's counts are one map lookup away, or none
  // where the compact index has numbered the term already (`byCompact`: its provisional id → ours, -1 unknown).
  const ids = new Map<string, number>();
  const terms: string[] = [];
  let byCompact = new Int32Array(1024).fill(-1);
  let df = new Int32Array(1024);
  let lastPassage = new Int32Array(1024);
  let lastDoc = new Int32Array(1024);
  let slot = new Int32Array(1024);
  const grow = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
    const b = new Int32Array(a.length * 2);
    b.set(a);
    return b;
  };
  const docTerms: string[][] = facts.docIds.map(() => []);
  const docCounts: number[][] = facts.docIds.map(() => []);
  const sizes = new Array<number>(facts.docIds.length).fill(0);
  const count = (
    i: number,
    d: number,
    passageTerms: string[],
    inDoc: string[],
    docCount: number[],
    compactIds: Int32Array | undefined,
  ): void => {
    for (let x = 0; x < passageTerms.length; x++) {
      const t = passageTerms[x] as string;
      let id: number | undefined;
      let c = -1;
      if (compactIds) {
        c = compactIds[x] as number;
        if (c >= byCompact.length) {
          const grown = new Int32Array(Math.max(c + 1, byCompact.length * 2)).fill(-1);
          grown.set(byCompact);
          byCompact = grown;
        }
        id = byCompact[c] as number;
        if (id < 0) id = undefined;
      }
      id ??= ids.get(t);
      if (id === undefined) {
        id = terms.length;
        ids.set(t, id);
        terms.push(t);
        if (id === df.length) {
          df = grow(df);
          lastPassage = grow(lastPassage);
          lastDoc = grow(lastDoc);
          slot = grow(slot);
        }
        lastPassage[id] = -1;
        lastDoc[id] = -1;
      }
      if (c >= 0) byCompact[c] = id;
      if (lastPassage[id] === i) continue;
      lastPassage[id] = i;
      df[id] = (df[id] as number) + 1;
      if (lastDoc[id] === d) {
        const k = slot[id] as number;
        docCount[k] = (docCount[k] as number) + 1;
      } else {
        lastDoc[id] = d;
        slot[id] = inDoc.length;
        inDoc.push(t);
        docCount.push(1);
      }
    }
  };
  return {
    add(i, text, section, textIds, sectionIds) {
      const d = facts.doc[i] as number;
      sizes[d] = (sizes[d] as number) + 1;
      const inDoc = docTerms[d] as string[];
      const docCount = docCounts[d] as number[];
      count(i, d, text, inDoc, docCount, textIds);
      count(i, d, section, inDoc, docCount, sectionIds);
    },
    finish(titleTerms) {
      const out = new Map<string, number>();
      for (let id = 0; id < terms.length; id++) out.set(terms[id] as string, df[id] as number);
      const topics = docTerms.map((inDoc, d) =>
        topicsOf(inDoc, docCounts[d] as number[], sizes[d] as number, titleTerms(d)),
      );
      return [out, topics];
    },
  };
}

export function buildSearchIndex(corpus: Corpus, analyzer: Analyzer): SearchIndex {
  // The related terms and the calibration's drafts (WordNet's part) are made meanwhile, in a worker thread
  // where that pays (wordnet-offload.ts).
  const wordNet = startWordNetSide(corpus, analyzer);
  try {
    return indexWith(corpus, analyzer, wordNet);
  } finally {
    wordNet.cancel();
  }
}

function indexWith(corpus: Corpus, analyzer: Analyzer, wordNet: PendingWordNetSide): SearchIndex {
  const fields = analysedFields(corpus, analyzer, wordNet);
  const facts = passageFacts(corpus);
  const counter = termCounter(facts, corpus.passages.length);
  // Counted once the compact index has numbered the passage's terms (same order of first occurrence as
  // counting them before: passage by passage, text then section).
  let current: [string[], string[], string[]] = [[], [], []];
  const compact = buildCompactIndex(
    corpus.passages.map((p) => p.id),
    (i) => {
      current = fields(i);
      return current;
    },
    (i, termIds) => counter.add(i, current[0], current[1], termIds[0], termIds[1]),
  );
  const titles = new Map(corpus.documents.map((d) => [d.id, namingText(d.title, d.documentType)]));
  const [df, topics] = counter.finish((d) => analyzer.analyze(titles.get(facts.docIds[d] as string) ?? ''));
  const { related, drafts, places } = wordNet.collect((t) => {
    const id = compact.termIds.get(t);
    return id === undefined ? undefined : compact.terms[id];
  });
  const index: SearchIndex = {
    compact,
    df,
    size: corpus.passages.length,
    passages: facts,
    related,
    topics,
    places: new Map(places),
  };
  index.calibration = calibrate(corpus, index, analyzer, drafts);
  // WordNet is needed only while building (related terms, calibration): answering never reads it. Nor does it
  // need the analyzer's memory of every word of the corpus.
  releaseWordNet();
  analyzer.forget();
  return index;
}

/** The MiniSearch index over the same analysed fields (the reference for scripts/bench-verify.ts). */
export function buildMiniSearch(corpus: Corpus, analyzer: Analyzer): MiniSearch<IndexedFields> {
  const mini = new MiniSearch<IndexedFields>(INDEX_OPTIONS);
  const fields = analysedFields(corpus, analyzer, startWordNetSide(corpus, analyzer, { worker: false }));
  mini.addAll(
    corpus.passages.map((p, i) => {
      const [text, section, title] = fields(i);
      return { id: p.id, text: text.join(' '), section: section.join(' '), title: title.join(' ') };
    }),
  );
  return mini;
}

export interface SerialisedIndex {
  version: number;
  /** Hash of the corpus files and the thesaurus the index was built from. */
  contentHash: string;
  /** Terms joined by NUL, and their document frequencies. */
  dfTerms: string;
  dfCounts: number[];
  size: number;
  compact: SerialisedCompact;
  passages: { docIds: string[]; doc: number[]; background: number[]; section: number[] };
  related: [string, [string, number, number][]][];
  topics: string[][];
  /** [name, synset, first] */
  places: [string, number, boolean, boolean?][];
  calibration?: Calibration;
}

export function serialiseIndex(index: SearchIndex, contentHash: string): string {
  const out: SerialisedIndex = {
    version: INDEX_FORMAT_VERSION,
    contentHash,
    dfTerms: [...index.df.keys()].join('\0'),
    dfCounts: [...index.df.values()],
    size: index.size,
    compact: serialiseCompact(index.compact),
    passages: {
      docIds: index.passages.docIds,
      doc: [...index.passages.doc],
      background: [...index.passages.background],
      section: [...index.passages.section],
    },
    related: serialiseRelated(index.related),
    topics: index.topics.map((t) => [...t]),
    places: [...index.places].map(([name, p]) =>
      p.adjective ? [name, p.synset, p.first, true] : [name, p.synset, p.first],
    ),
    ...(index.calibration ? { calibration: index.calibration } : {}),
  };
  return JSON.stringify(out);
}

/** Loads a serialised index, or returns undefined when it was built from other content or another version. */
export function loadSearchIndex(json: string, contentHash: string): SearchIndex | undefined {
  const data = JSON.parse(json) as SerialisedIndex;
  if (data.version !== INDEX_FORMAT_VERSION || data.contentHash !== contentHash) return undefined;
  const terms = data.dfTerms === '' ? [] : data.dfTerms.split('\0');
  const df = new Map<string, number>();
  for (let i = 0; i < terms.length; i++) df.set(terms[i] as string, data.dfCounts[i] as number);
  const p = data.passages;
  return {
    compact: loadCompact(data.compact),
    df,
    size: data.size,
    passages: {
      docIds: p.docIds,
      doc: Int32Array.from(p.doc),
      background: Uint8Array.from(p.background),
      section: Int32Array.from(p.section),
    },
    related: loadRelated(data.related),
    topics: data.topics.map((t) => new Set(t)),
    places: new Map(
      data.places.map(([name, synset, first, adjective]) => [
        name,
        adjective ? { synset, first, adjective } : { synset, first },
      ]),
    ),
    ...(data.calibration ? { calibration: data.calibration } : {}),
  };
}
