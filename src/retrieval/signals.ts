/**
 * Evidence that a search result answers the question, and the rule that decides "no evidence found".
 *
 * Each content term of the question gets a weight: its inverse document frequency in the corpus, or, for a
 * word the corpus lacks, the IDF of a term seen once scaled down the more common the word is in general
 * English ("look" says little about a topic, "phonics" says a lot). For a passage the signals are the share
 * of terms it matched (plain coverage), the weighted share (weighted coverage; a term matched only through
 * a typo correction or the prefix of an unfinished word earns PARTIAL_CREDIT), and whether any matched term
 * is more than a generic word of the field. The thresholds were calibrated on the sample questions and
 * checked on the held-out set (npm run eval); docs/design.md records how.
 */
export interface AbstentionThresholds {
  /** Minimum weighted share of the question's terms matched by the best passage. */
  minWeightedCoverage: number;
  /** Minimum plain share of the question's terms matched by the best passage. */
  minCoverage: number;
}

export const DEFAULT_THRESHOLDS: AbstentionThresholds = { minWeightedCoverage: 0.45, minCoverage: 0.35 };

/** Credit for a term matched only approximately (fuzzy or prefix). */
export const PARTIAL_CREDIT = 0.8;

export interface WeightedTerm {
  term: string;
  weight: number;
  /** Present in the corpus as it is (so a match is exact, not approximate). */
  inCorpus: boolean;
  generic: boolean;
  /** Terms of one group stand for one asker's word (it and its synonyms): the group counts once. Default: own. */
  group?: number;
  /** Coverage credit of a match on this term (default 1 when inCorpus, else PARTIAL_CREDIT). */
  credit?: number;
  /** The term ranks passages but is no evidence ("where …" reaching the places a passage names): not counted here. */
  rankingOnly?: boolean;
}

export interface Signals {
  coverage: number;
  weightedCoverage: number;
  specificMatch: boolean;
}

/** BM25's inverse document frequency; a term the corpus never uses counts as if it occurred once. */
export function idf(df: number | undefined, size: number): number {
  const n = Math.max(1, df ?? 1);
  return Math.log(1 + (size - n + 0.5) / (n + 0.5));
}

/** Weight of a word the corpus does not contain, from its general-English Zipf frequency (0 = unknown). */
export function unseenWeight(zipf: number, size: number): number {
  const rarity = Math.min(1, Math.max(0.15, (6.5 - zipf) / 3));
  return idf(1, size) * rarity;
}

export function signals(terms: readonly WeightedTerm[], matched: ReadonlySet<string>): Signals {
  // One entry per group: the asker's word's weight, the best credit of its matched terms.
  const groups = new Map<number, { weight: number; credit: number; generic: boolean }>();
  terms.forEach((t, i) => {
    if (t.rankingOnly) return;
    const g = t.group ?? -1 - i;
    let entry = groups.get(g);
    if (!entry) {
      entry = { weight: t.weight, credit: 0, generic: t.generic };
      groups.set(g, entry);
    } else if (t.credit === undefined || t.credit >= 1) {
      // Another of the asker's own terms for the same word (a part of a hyphenated word): the heavier counts.
      entry.weight = Math.max(entry.weight, t.weight);
      entry.generic = entry.generic && t.generic;
    }
    if (matched.has(t.term)) {
      const credit = t.credit ?? (t.inCorpus ? 1 : PARTIAL_CREDIT);
      entry.credit = Math.max(entry.credit, credit);
    }
  });
  let total = 0;
  let covered = 0;
  let hits = 0;
  let specificMatch = false;
  for (const g of groups.values()) {
    total += g.weight;
    if (g.credit === 0) continue;
    covered += g.weight * g.credit;
    hits++;
    if (!g.generic) specificMatch = true;
  }
  return {
    coverage: groups.size === 0 ? 0 : hits / groups.size,
    weightedCoverage: total === 0 ? 0 : covered / total,
    specificMatch,
  };
}

export function isAnswerable(s: Signals, t: AbstentionThresholds = DEFAULT_THRESHOLDS): boolean {
  return s.specificMatch && s.weightedCoverage >= t.minWeightedCoverage && s.coverage >= t.minCoverage;
}
