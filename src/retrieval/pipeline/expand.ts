/**
 * Stage 2, expand: the question's words → the corpus terms searched for, each with a weight.
 * - A word the corpus has is searched as it is.
 * - A word neither in the corpus nor a real English word (SUBTLEX, english.ts), of at least MIN_FUZZY_LENGTH
 *   letters, is taken for a typo and replaced by the single nearest corpus word (correction.ts), before
 *   stemming: "integraton" finds "integration", "weather" never finds "Heather", and one typo never becomes
 *   two terms whose scores add up. A hyphenated word is corrected whole, against the corpus's hyphenated words
 *   joined ("co-locaton" → colocaton → colocation), and its parts on their own.
 * - Each word also leads to the corpus terms WordNet relates to it (related.ts, computed at index build),
 *   in the same group as the word, with a lower specificity (the link's credit) and coverage credit (the
 *   link's evidence credit): a group counts once.
 * - A place the question names otherwise than the corpus ("US", "U.S.", "United States") is searched by the
 *   place's own term (places.ts), which the index gives every finding naming the place by any name.
 * - A definition question ("what is meant by X?") searches the definition term of X's head (definitions.ts),
 *   which the index gives a passage defining it, as a ranking-only word group of its own.
 * Each term carries its IDF weight (signals.ts, for the evidence that decides an answer) and its specificity
 * (specificity.ts, for ranking: common words cannot decide it).
 */
import { type Analyzer, countedTerm, type QueryTerm } from '../analyzer.js';
import type { Corrector } from '../correction.js';
import { IRREGULAR } from '../data/irregular.js';
import { DEFINITION_PREFIX, definedInQuestion, headTerm } from '../definitions.js';
import { isEnglishWord, zipf } from '../english.js';
import { namedPlaces, namedPlaceTerm, PLACE_TERM } from '../places.js';
import { type Link, phraseKey, SYNONYM_CREDIT } from '../related.js';
import type { SearchIndex } from '../search-index.js';
import { idf, PARTIAL_CREDIT, type WeightedTerm } from '../signals.js';
import { englishRarity, GENERIC_BELOW, specificity } from '../specificity.js';
import { baseForms } from '../wordnet.js';
import type { Analysed } from './analyse.js';
import { FACET_CREDIT, type FacetKind, VOCABULARY_FACETS } from './facets.js';

/** Typo correction applies to words of at least this many letters that are neither English nor in the corpus. */
export const MIN_FUZZY_LENGTH = 5;
/**
 * At most this many WordNet terms (and facet terms) are added to one question (a long question would otherwise
 * search hundreds), and at most as many more for the words the corpus lacks (in a question of at most
 * MAX_PHRASE_WORDS words).
 */
export const MAX_SYNONYM_TERMS = 16;
/** At most this many terms are added for the question's two-word phrases (beside MAX_SYNONYM_TERMS). */
export const MAX_PHRASE_TERMS = 6;
/** Two-word phrases are looked up only in questions of at most this many words (stop words aside). */
export const MAX_PHRASE_WORDS = 20;
/** At most this many words of one question are typo-corrected (each correction searches the word list). */
export const MAX_CORRECTIONS = 8;

export interface ExpandedTerm extends WeightedTerm {
  /** Multiplies the term's scores beside its specificity (default 1), for a term scored as the word it stands for. */
  boost?: number;
  /** The asker's word (or thesaurus phrase) the term came from. */
  raw: string;
  /** 0–1: how much a match on this term says about the topic (specificity.ts). */
  specificity: number;
  /** How the term was reached from the asker's word ('thesaurus': through an entry of the corpus's thesaurus). */
  via: 'asked' | 'typo' | 'thesaurus' | 'wordnet' | 'facet';
  /** The asker's word it stands for (terms of one group count once). */
  group: number;
  credit: number;
}

/** Zipf frequency from which a word is among English's commonest (SUBTLEX has 136 such: "get", "make", "us"). */
export const COMMONEST_ZIPF = 6;

export function expand(
  analysed: Analysed,
  index: SearchIndex,
  analyzer: Analyzer,
  corrector?: Corrector,
): ExpandedTerm[] {
  const asked: ExpandedTerm[] = [];
  const synonyms: ExpandedTerm[] = [];
  /** WordNet terms reached from words the corpus lacks (a budget of their own, below). */
  let absentLinks = 0;
  let corrections = 0;
  const phrases = knownPhrases(analysed, index);
  // The second word of such a phrase is read in the phrase, not alone: "part" in "took part" is not searched
  // for what "part" alone may mean (share, role, region, percentage).
  const phraseTails = new Set(phrases.map((p) => p.b));
  const fixTypo = (q: QueryTerm): string | undefined => {
    if (corrections >= MAX_CORRECTIONS || q.thesaurus || !corrector) return undefined;
    // The joined form of a hyphenated word whose parts the corpus has ("screen-use" as "screenuse"): the parts
    // say it as written, so it is no typo (corrected, it would take a part's place at a typo's credit). A typo
    // in a part ("co-locaton") is still corrected through the joined form.
    const parts = analysed.words.filter((o) => o !== q && o.word === q.word && !o.thesaurus);
    if (parts.length > 0 && parts.every((o) => index.df.has(o.term))) return undefined;
    if (q.raw.length < MIN_FUZZY_LENGTH || isEnglishWord(q.raw)) return undefined;
    corrections++;
    const fixed = corrector.correct(q.raw);
    const term = fixed && analyzer.queryTerms(fixed.word)[0]?.term;
    // corrected to one of its own parts ("school-use" → "school"), it would only push that part out
    if (parts.some((o) => o.term === term)) return undefined;
    return term !== undefined && index.df.has(term) ? term : undefined;
  };
  for (const q of analysed.words) {
    let term = q.term;
    let df = index.df.get(term);
    let via: ExpandedTerm['via'] = q.literal ? 'asked' : 'thesaurus';
    if (df === undefined) {
      const corrected = fixTypo(q);
      if (corrected !== undefined) {
        term = corrected;
        df = index.df.get(term);
        via = 'typo';
      }
    }
    if (asked.some((t) => t.term === term)) continue;
    // A word's general frequency is the higher of its own and its stem's ("putting" is as common as "put").
    // A thesaurus term is as common as the asker's word or phrase it was read from, and at least Zipf 4 (a
    // phrase is in no word list; the canonical term may be commoner than the asker's rare word): "papers"
    // read as "research" is no more specific than "papers", "teenagers" read as "child" no more than Zipf 4.
    const common = q.thesaurus ? Math.max(4, zipf(q.raw)) : Math.max(zipf(q.raw), zipf(q.term));
    // In ranking, a name's words are not common words ("True North" is no common phrase): only the corpus says
    // how specific it is. As evidence they stay common words: a name the corpus has ("Scotland") must not
    // make an off-topic question look answered. A name the corpus lacks ("the Open Door programme") weighs as a
    // word no English list knows: the question is about something the corpus does not name. Not the words of
    // a name the thesaurus or the corpus's acronyms know ("New South Wales" → NSW): the phrase's own term
    // stands for it, and its words ranked as names would outweigh it and the rest of the question.
    const name = analysed.names.has(q.raw) && !analysed.words.some((o) => o.thesaurus && o.word === q.word);
    const spec = specificity(name ? 0 : common, df, index.size);
    // The joined form and the parts of one hyphenated word are one group (they stand for one word).
    const group = q.word;
    const own: ExpandedTerm = {
      term,
      raw: q.raw,
      // Evidence weight: IDF (a word the corpus lacks counts as seen once) times English rarity, so matching
      // "help", "young", "improve" shows less that the corpus answers than matching "tobacco" or "phonics".
      weight: idf(df, index.size) * englishRarity(name && df === undefined ? 0 : common),
      inCorpus: df !== undefined && via !== 'typo',
      generic: analyzer.isGeneric(term) || spec < GENERIC_BELOW,
      specificity: spec,
      via,
      group,
      credit: via !== 'typo' && df !== undefined ? 1 : PARTIAL_CREDIT,
    };
    asked.push(own);
    // A facet the word asks for (facets.ts): the field's words for it, as the word's synonyms. Their own
    // specificity counts, not the trigger's ("sure" is a common word; "imprecision" is not).
    for (const f of analysed.facets) {
      if (f.trigger !== q.raw) continue;
      if (f.kind === 'count') {
        // "how many pupils": the counted term of the word and of the corpus terms WordNet relates to it.
        for (const link of [{ term, credit: 1, evidence: 1 }, ...(index.related.get(term) ?? [])]) {
          const counted = countedTerm(link.term);
          const countedDf = index.df.get(counted);
          if (countedDf === undefined) continue;
          const countedSpec = Math.max(spec, specificity(0, countedDf, index.size));
          synonyms.push({
            ...reached(own, counted, countedSpec * link.credit, 'facet', link.evidence),
            generic: false,
          });
        }
        continue;
      }
      if (f.kind !== 'place') synonyms.push(...facetTerms(f.kind, own, index, analyzer)); // below, a group of its own
    }
    // WordNet: the corpus terms this word may mean, weighted by their link's credit (related.ts). Not for a
    // generic word (its synonyms are as vague and cost the most to search), at most MAX_SYNONYM_TERMS in all.
    // Not for a name either ("True North": neither true nor north). A word the corpus lacks can match only
    // through its links: they draw on a budget of their own (as large), so the links of the question's first
    // words cannot use up a later word's only way in ("pupils" → student after "reduce" → decrease, lower …).
    // Not in a long question (pasted text, over MAX_PHRASE_WORDS words): its own words say enough.
    const expandable = !own.generic && !analysed.names.has(q.raw) && !phraseTails.has(q.raw);
    const ownBudget = df === undefined && analysed.words.length <= MAX_PHRASE_WORDS;
    for (const link of expandable ? linksOf(q, term, index, analyzer) : []) {
      const linkDf = index.df.get(link.term);
      if (linkDf === undefined) continue;
      if ((ownBudget ? absentLinks : synonyms.length - absentLinks) >= MAX_SYNONYM_TERMS) continue;
      if (ownBudget) absentLinks++;
      // A related term is no more specific than it is itself: "leave" may mean "result", but "result" is in
      // every findings passage, so reaching it must not count as much as the asker's word.
      const linkZipf = zipf(link.term);
      const linkSpec = Math.min(spec, specificity(linkZipf, linkDf, index.size));
      // A synonym whose term, read as a word, is one of English's commonest is another sense than the asker's
      // ("victimisation" → "using", whose term "us" gathers every use, used and using): it ranks, but is no
      // evidence that the corpus answers. A derivation keeps the word's own meaning ("users" → "use") and
      // counts as before.
      const commonSense = link.credit === SYNONYM_CREDIT && linkZipf >= COMMONEST_ZIPF;
      synonyms.push(
        reached(own, link.term, linkSpec * link.credit, 'wordnet', commonSense ? 0 : link.evidence),
      );
    }
  }
  // A word the thesaurus maps weighs, as evidence, what its canonical term weighs: the index reads every use
  // of the word as the canonical term too, so the canonical term's document frequency is the two's together
  // (a "teenagers" the corpus has once is, to a thesaurus that reads it as "child", as common as "child").
  // Otherwise one rare word of the asker's, matched by the common canonical term, looks like strong evidence.
  const canonical = new Map<number, number>();
  for (const t of asked) {
    if (t.via === 'thesaurus') canonical.set(t.group, Math.max(canonical.get(t.group) ?? 0, t.weight));
  }
  for (const t of asked) t.weight = canonical.get(t.group) ?? t.weight;
  synonyms.push(...placeTerms(analysed, asked, index, analyzer));
  synonyms.push(...definitionTerms(analysed, asked, synonyms, index, analyzer));
  // Places the question names by another name than the corpus's ("US" where it says "United States").
  asked.push(...otherPlaceNames(analysed, asked, synonyms, index, analyzer));
  // Two-word phrases of the asker's that WordNet knows ("carried out", "took part"): the corpus terms they may
  // mean ("conduct", "participate"), in the group of the phrase's first content word. The phrase is specific
  // even where its words are not ("take", "part"), so a term reached counts its own specificity.
  // Not for a long question (pasted text): its own words say enough, and each phrase term costs its postings.
  let phraseTerms = 0;
  for (const { a, b, links } of phrases) {
    if (phraseTerms >= MAX_PHRASE_TERMS) break;
    const owner = asked.find((t) => t.raw === a) ?? asked.find((t) => t.raw === b);
    if (!owner) continue;
    for (const link of links) {
      const linkDf = index.df.get(link.term);
      if (linkDf === undefined) continue;
      const linkSpec = specificity(zipf(link.term), linkDf, index.size);
      synonyms.push(reached(owner, link.term, linkSpec * link.credit, 'wordnet', link.evidence));
      phraseTerms++;
    }
  }
  // A synonym that is also one of the asker's own terms is searched as the asker's term only. A corpus term
  // reached from two of the asker's words stays in both groups ("how many studies and pupils": "students" is
  // what "pupils" means, whatever "studies" reached first): each word is covered by it, each group counts once.
  // Reached twice from one word, the better-credited way counts. Not in a long question (pasted text, over
  // MAX_PHRASE_WORDS words): there a term is searched once, for the first word that reached it (each copy
  // costs its postings again).
  const own = new Set(asked.map((t) => t.term));
  const long = analysed.words.length > MAX_PHRASE_WORDS;
  const best = new Map<string, ExpandedTerm>();
  for (const t of synonyms) {
    if (own.has(t.term)) continue;
    const key = long ? t.term : `${t.group} ${t.term}`;
    const prior = best.get(key);
    if (!prior || (!long && t.credit > prior.credit)) best.set(key, t);
  }
  return [...asked, ...best.values()];
}

/** A vocabulary facet's corpus terms, in the asker's word's group, below the word. */
function facetTerms(
  kind: FacetKind,
  own: ExpandedTerm,
  index: SearchIndex,
  analyzer: Analyzer,
): ExpandedTerm[] {
  const out: ExpandedTerm[] = [];
  for (const t of vocabularyTerms(kind, analyzer)) {
    const tDf = index.df.get(t);
    if (tDf === undefined) continue;
    // A contact term (contacts.ts) is what the word asks for, not a looser word for it: it ranks as the word
    // would. As evidence it counts as any facet term.
    const tSpec = specificity(zipf(t), tDf, index.size) * (t.startsWith('@') ? 1 : FACET_CREDIT);
    out.push({ ...reached(own, t, tSpec, 'facet', t.startsWith('@') ? 1 : FACET_CREDIT), generic: false });
  }
  return out;
}

/** Two neighbouring words of the question that WordNet knows as a phrase, and the corpus terms it may mean. */
interface KnownPhrase {
  a: string;
  b: string;
  links: readonly { term: string; credit: number; evidence: number }[];
}

/**
 * The question's two-word phrases that WordNet knows and links to corpus terms ("took part" → participate),
 * the first word read by its base forms. None in a long question (see MAX_PHRASE_WORDS).
 */
function knownPhrases(analysed: Analysed, index: SearchIndex): KnownPhrase[] {
  if (analysed.words.length > MAX_PHRASE_WORDS) return [];
  const raws = analysed.question.toLowerCase().match(/\p{L}+/gu) ?? [];
  const out: KnownPhrase[] = [];
  for (let i = 0; i + 1 < raws.length; i++) {
    const [a, b] = [raws[i] as string, raws[i + 1] as string];
    const forms = new Set([
      ...baseForms(a),
      ...(Object.hasOwn(IRREGULAR, a) ? [IRREGULAR[a] as string] : []),
    ]);
    const links = [...forms].flatMap((form) => index.related.get(phraseKey(`${form} ${b}`)) ?? []);
    if (links.length > 0) out.push({ a, b, links });
  }
  return out;
}

/**
 * The terms a question asking for places reaches ("where were the studies done", "which countries"):
 * - the place facet's group (placeGroup), a group of its own beside the asker's words (a passage that names
 *   places and says "countries" is the better answer), which ranks the passages naming places but is no
 *   evidence that the question's topic is covered (signals.ts: `rankingOnly`);
 * - the place term in the group of the word that asks for places ("which countries", "what states"): a
 *   passage naming places answers it as much as one saying "countries". At that word's specificity, and
 *   scored with its IDF (the place term's own is that of any passage naming any place).
 */
function placeTerms(
  analysed: Analysed,
  asked: readonly ExpandedTerm[],
  index: SearchIndex,
  analyzer: Analyzer,
): ExpandedTerm[] {
  const facets = analysed.facets.filter((f) => f.kind === 'place');
  if (facets.length === 0) return [];
  const out = placeGroup(analysed, index, analyzer);
  const placeDf = index.df.get(PLACE_TERM);
  if (placeDf === undefined) return out;
  for (const f of facets) {
    const word = asked.find((t) => t.raw === f.trigger);
    if (!word) continue;
    const boost = Math.max(1, idf(index.df.get(word.term), index.size) / idf(placeDf, index.size));
    out.push({
      ...reached(word, PLACE_TERM, word.specificity, 'facet', FACET_CREDIT),
      generic: false,
      boost,
    });
  }
  return out;
}

/**
 * The place facet's group: the term the index gives each place a passage names (places.ts), ranked as a
 * word of the question (a place is what "where" asks for, as a count is what "how many" asks for), and the
 * facet's vocabulary ("setting", "location") below it. Ranking only.
 */
function placeGroup(analysed: Analysed, index: SearchIndex, analyzer: Analyzer): ExpandedTerm[] {
  const group = unusedGroup(analysed, []);
  const where: ExpandedTerm = {
    term: PLACE_TERM,
    raw: 'where',
    weight: 0,
    inCorpus: true,
    generic: false,
    specificity: 0,
    via: 'facet',
    group,
    credit: FACET_CREDIT,
    rankingOnly: true,
  };
  const placeDf = index.df.get(PLACE_TERM);
  const place = placeDf === undefined ? [] : [{ ...where, specificity: specificity(0, placeDf, index.size) }];
  const vocabulary = facetTerms('place', where, index, analyzer).map((t) => ({ ...t, rankingOnly: true }));
  return [...place, ...vocabulary];
}

/**
 * A definition question's group (definitions.ts): the definition term of the head of what it asks to have
 * defined, a word group of its own, ranking only, at the specificity of the asker's word it stands for.
 */
function definitionTerms(
  analysed: Analysed,
  asked: readonly ExpandedTerm[],
  others: readonly ExpandedTerm[],
  index: SearchIndex,
  analyzer: Analyzer,
): ExpandedTerm[] {
  const phrase = definedInQuestion(analysed.question);
  const head = phrase === undefined ? undefined : headTerm(phrase, analyzer);
  if (head === undefined || !index.df.has(DEFINITION_PREFIX + head)) return [];
  const own = asked.find((a) => a.term === head);
  return [
    {
      term: DEFINITION_PREFIX + head,
      raw: own?.raw ?? head,
      weight: 0,
      inCorpus: true,
      generic: false,
      specificity: own?.specificity ?? 0,
      via: 'facet',
      group: unusedGroup(analysed, others),
      credit: FACET_CREDIT,
      rankingOnly: true,
    },
  ];
}

/** A group number that no word of the question and none of `terms` has. */
function unusedGroup(analysed: Analysed, terms: readonly ExpandedTerm[]): number {
  let g = -1;
  for (const q of analysed.words) g = Math.max(g, q.word);
  for (const t of terms) g = Math.max(g, t.group);
  return g + 1;
}

/**
 * The places a question names that the corpus names otherwise: each place's own term (places.ts
 * namedPlaceTerm, indexed for every finding that names the place by any of its names), in the group of the
 * asker's word for it, or a group of its own where the analyzer keeps no word ("US" reads as "us", a stop
 * word). A name the corpus writes as the asker does is found by its own words: its place term would only
 * count it twice. Read with the names the index keeps (SearchIndex.places), not WordNet.
 */
function otherPlaceNames(
  analysed: Analysed,
  asked: readonly ExpandedTerm[],
  synonyms: readonly ExpandedTerm[],
  index: SearchIndex,
  analyzer: Analyzer,
): ExpandedTerm[] {
  // In a question written all in capitals, "US" may be the pronoun.
  if (index.places.size === 0 || !/\p{Ll}/u.test(analysed.question)) return [];
  const out: ExpandedTerm[] = [];
  let group = unusedGroup(analysed, synonyms);
  for (const place of namedPlaces(analysed.question, index.places)) {
    const term = namedPlaceTerm(place.synset);
    const df = index.df.get(term);
    if (df === undefined) continue;
    const words = analyzer.queryTerms(place.name).map((q) => q.term);
    // The place's own name in the corpus's words finds it as words; its adjective ("Australian") does not.
    if (!index.places.get(place.name)?.adjective && words.length > 0 && words.every((t) => index.df.has(t)))
      continue;
    const word = asked.find((t) => words.includes(t.term));
    out.push({
      term,
      raw: word?.raw ?? place.name,
      weight: word?.weight ?? idf(df, index.size),
      inCorpus: true,
      generic: false,
      specificity: Math.max(specificity(0, df, index.size), word?.specificity ?? 0),
      via: 'asked',
      group: word?.group ?? group++,
      credit: 1,
    });
  }
  return out;
}

const vocabularies = new WeakMap<Analyzer, Map<FacetKind, string[]>>();
/** A facet's vocabulary as the analyzer indexes it (computed once per analyzer). */
function vocabularyTerms(kind: FacetKind, analyzer: Analyzer): string[] {
  let byKind = vocabularies.get(analyzer);
  if (!byKind) {
    byKind = new Map(
      VOCABULARY_FACETS.map((f) => [
        f.kind,
        // A word starting with "@" is an index term as it is (contacts.ts); the others are analysed.
        [...new Set(f.vocabulary.flatMap((w) => (w.startsWith('@') ? [w] : analyzer.analyze(w))))],
      ]),
    );
    vocabularies.set(analyzer, byKind);
  }
  return byKind.get(kind) ?? [];
}

/**
 * The corpus terms WordNet relates to the asker's term; for a word the links do not know, those of its base
 * forms ("biggest" → big → largest), as WordNet reads an inflected word.
 */
function linksOf(q: QueryTerm, term: string, index: SearchIndex, analyzer: Analyzer): readonly Link[] {
  const links = index.related.get(term);
  if (links || q.thesaurus) return links ?? [];
  for (const form of baseForms(q.raw).slice(1)) {
    const base = analyzer.queryTerms(form)[0]?.term;
    const found = base === undefined || base === term ? undefined : index.related.get(base);
    if (found) return found;
  }
  return [];
}

/** A corpus term reached from the asker's term (a WordNet link or a facet): in its group, with its weight. */
function reached(
  own: ExpandedTerm,
  term: string,
  specificity: number,
  via: 'wordnet' | 'facet',
  credit: number,
): ExpandedTerm {
  return {
    term,
    raw: own.raw,
    weight: own.weight,
    inCorpus: true,
    generic: own.generic,
    specificity,
    via,
    group: own.group,
    credit,
  };
}

/** A term the asker did not write but the pipeline reached for them (a WordNet link or a facet's term). */
export const isReached = (t: ExpandedTerm): boolean => t.via === 'wordnet' || t.via === 'facet';
