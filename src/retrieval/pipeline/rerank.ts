/**
 * Stage 4, re-rank: the candidates → their final order.
 * - Matched terms by specificity: MiniSearch multiplies a passage's score by the number of question terms it
 *   matched, so a passage matching many common words ("young", "people", "come") outranks the one matching
 *   the question's specific words. Here the factor is the sum of the matched terms' specificities.
 * - Findings before background: for a question about effects or evidence (analyse.ts), background — a passage
 *   about the review (role `about`: methods, authors, context) or a row of a table of included studies
 *   (study-rows.ts) — counts ABOUT_FACTOR of its score, so a title page, a methods box or one study's row that
 *   repeats the question's words does not outrank the review's findings. Anything else counts as a finding.
 *   For any other question not about the review itself, findings come first within each review's own places
 *   in the list (findingsFirstWithin): a background passage keeps its place only where it outscores the
 *   review's finding by more than 1 / ABOUT_WITHIN; another review's places do not move (a review's context
 *   may be the best answer there is), and each passage takes the score of its new place. Not for a count
 *   question ("how many …"): a count may be context as well.
 * - Reviews on one scale (levelReviews): a review's own topic words count TOPIC_FACTOR in ordering its
 *   passages, but its best passage keeps the score it would have without that discount, so the review whose
 *   subject the question names is not put below one that mentions the question's other words in passing.
 * - Spread: each further passage of one section counts SECTION_SPREAD less again, so the first three are not
 *   all neighbours from one section when other sections match well too.
 */
import { type TermSpec, type TopResult, termScorer } from '../index/score.js';
import type { SearchIndex } from '../search-index.js';
import type { Analysed } from './analyse.js';
import { type ExpandedTerm, isReached } from './expand.js';

/** What a background passage (about the review, or one study's row) counts, for an effect question. */
export const ABOUT_FACTOR = 0.5;

export interface Ranked {
  id: string;
  /** Passage number in the index. */
  n: number;
  score: number;
  queryTerms: string[];
}

/** What a match on one of the document's topic terms (topics.ts) counts in ranking its passages. */
export const TOPIC_FACTOR = 0.4;
/** For an effect question, findings scoring at least this share of the top score come before background. */
export const FINDING_REACH = 0.1;
/** Weight of the document's cover of the question by its topic terms (0: none … 1: all of it). */
export const DOCUMENT_WEIGHT = 2;

const own = 0;
const canonical = 1;
const related = 2;
/** Which way of matching the asker's word a term is (see the per-group rule in rerank). */
function wayOf(t: ExpandedTerm): number {
  if (isReached(t)) return related;
  return t.via === 'thesaurus' ? canonical : own;
}

export function rerank(
  candidates: readonly TopResult[],
  terms: readonly ExpandedTerm[],
  specs: readonly TermSpec[],
  index: SearchIndex,
  analysed: Analysed,
): Ranked[] {
  const groupSpec = new Map<number, number>();
  for (const t of terms) groupSpec.set(t.group, Math.max(groupSpec.get(t.group) ?? 0, t.specificity));
  const questionSpec = [...groupSpec.values()].reduce((a, b) => a + b, 0) || 1;
  // How much of the question each document's topic covers (by specificity), computed once per document.
  const cover = new Map<number, number>();
  const docCover = (d: number): number => {
    let c = cover.get(d);
    if (c === undefined) {
      const topic = index.topics[d];
      const hit = new Map<number, number>();
      for (const t of terms) {
        if (topic?.has(t.term)) hit.set(t.group, Math.max(hit.get(t.group) ?? 0, t.specificity));
      }
      c = [...hit.values()].reduce((a, b) => a + b, 0) / questionSpec;
      cover.set(d, c);
    }
    return c;
  };
  const termScores = termScorer(index.compact, specs);
  const scored = candidates.map((r, order) => {
    const d = index.passages.doc[r.n] as number;
    const topic = index.topics[d];
    const contributions = termScores(r.n);
    const docFactor =
      (index.passages.background[r.n] && analysed.wantsFindings ? ABOUT_FACTOR : 1) *
      (1 + DOCUMENT_WEIGHT * docCover(d));
    const [discounted, undiscounted] = matchScores(contributions, terms, topic, TOPIC_FACTOR);
    return {
      id: r.id,
      n: r.n,
      score: discounted * docFactor,
      undiscounted: undiscounted * docFactor,
      doc: d,
      queryTerms: r.queryTerms,
      order,
      background: index.passages.background[r.n] === 1,
    };
  });
  levelReviews(scored);
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  spread(scored, index);
  // Not for "how many …": a count of the world ("how many schools have adopted it") is as often the review's
  // context as a finding.
  const counting = analysed.facets.some((f) => f.kind === 'count');
  if (!analysed.wantsFindings && !analysed.aboutReview && !counting) findingsFirstWithin(scored, index);
  const out = ({ id, n, score, queryTerms }: (typeof scored)[number]): Ranked => ({
    id,
    n,
    score,
    queryTerms,
  });
  if (!analysed.wantsFindings) return scored.map(out);
  // Findings before background: every finding within FINDING_REACH of the top score comes before any
  // background passage (keeping each group's order).
  const top = scored[0]?.score ?? 0;
  const near = (r: (typeof scored)[number]) => !r.background && r.score >= top * FINDING_REACH;
  return [...scored.filter(near), ...scored.filter((r) => !near(r))].map(out);
}

/**
 * A passage's match: per group (an asker's word and what it may mean), three ways to match, the best one alone
 * counts: the asker's own terms, added up (a hyphenated word's joined form and parts); the thesaurus's
 * canonical terms for the word or phrase, added up (a canonical "multi-agency" is two terms); its best WordNet
 * or facet term. So a phrase the thesaurus maps is never counted twice, a synonym never stacks. The sum of the
 * groups' scores times the sum of their specificities; a term of the review's topic counts `topicFactor`.
 * Both scores at once: [with the topic discount, without it]. Groups are read in the order the ways first
 * meet them (the asker's own, then canonical, then related), so the sums are added in one fixed order.
 */
export function matchScores(
  contributions: readonly number[],
  terms: readonly ExpandedTerm[],
  topic: ReadonlySet<string> | undefined,
  topicFactor: number,
): [number, number] {
  const m = matchScratch(terms);
  m.order.length = 0;
  contributions.forEach((c, i) => {
    if (c <= 0) return;
    const t = terms[i] as ExpandedTerm;
    const way = wayOf(t);
    const slot = t.group * 3 + way;
    const inTopic = topic?.has(t.term) === true;
    // The first term of this group and way: its score and specificity start from it.
    const fresh = m.seen[slot] !== m.stamp;
    if (fresh) {
      m.seen[slot] = m.stamp;
      m.order.push(slot);
    }
    for (let v = 0; v < 2; v++) {
      const f = inTopic && v === 0 ? topicFactor : 1;
      const score = m.score[v] as Float64Array;
      const spec = m.spec[v] as Float64Array;
      if (way === related) {
        // The best related term alone (a strictly better one replaces it).
        if (fresh || c * f > (score[slot] as number)) {
          score[slot] = c * f;
          spec[slot] = t.specificity * f;
        }
      } else {
        score[slot] = (fresh ? 0 : (score[slot] as number)) + c * f;
        spec[slot] = Math.max(fresh ? 0 : (spec[slot] as number), t.specificity * f);
      }
    }
  });
  // The groups in the order the ways first meet them: own's in order, then canonical's, then related's.
  const groups: number[] = [];
  for (const w of [own, canonical, related]) {
    for (const slot of m.order) {
      if (slot % 3 !== w) continue;
      const g = (slot - w) / 3;
      if (m.groupSeen[g] !== m.stamp) {
        m.groupSeen[g] = m.stamp;
        groups.push(g);
      }
    }
  }
  const out: [number, number] = [0, 0];
  for (let v = 0; v < 2; v++) {
    const score = m.score[v] as Float64Array;
    const spec = m.spec[v] as Float64Array;
    let sum = 0;
    let matched = 0;
    for (const g of groups) {
      let best = -1;
      for (const w of [own, canonical, related]) {
        const slot = g * 3 + w;
        if (m.seen[slot] !== m.stamp) continue;
        if (best < 0 || (score[slot] as number) > (score[best] as number)) best = slot;
      }
      sum += best < 0 ? 0 : (score[best] as number);
      matched += best < 0 ? 0 : (spec[best] as number);
    }
    out[v] = sum * matched;
  }
  m.stamp++;
  return out;
}

interface MatchScratch {
  stamp: number;
  seen: Uint32Array;
  groupSeen: Uint32Array;
  order: number[];
  score: [Float64Array, Float64Array];
  spec: [Float64Array, Float64Array];
}
let scratch: MatchScratch | undefined;

/** Reused arrays for matchScores, by group × way, large enough for these terms' groups. */
function matchScratch(terms: readonly ExpandedTerm[]): MatchScratch {
  let groups = 0;
  for (const t of terms) groups = Math.max(groups, t.group + 1);
  const slots = groups * 3;
  if (!scratch || scratch.seen.length < slots || scratch.stamp >= 0xffffffff) {
    const size = Math.max(slots, 64);
    scratch = {
      stamp: 1,
      seen: new Uint32Array(size),
      groupSeen: new Uint32Array(Math.ceil(size / 3) + 1),
      order: [],
      score: [new Float64Array(size), new Float64Array(size)],
      spec: [new Float64Array(size), new Float64Array(size)],
    };
  }
  return scratch;
}

/**
 * Each review's passages on one scale with the others'. Within a review its topic words say nothing (every
 * passage has them), so its passages are ordered with those words discounted (TOPIC_FACTOR); but a discount
 * that shrinks the scores of the review whose subject the question names would hand the first place to
 * another review that mentions the question's other words in passing. So each review's scores are scaled to
 * make its best passage score what the review's best would without the discount: the order within a review is
 * the discounted one, the order between reviews the undiscounted one.
 */
export function levelReviews(scored: { doc: number; score: number; undiscounted: number }[]): void {
  const best = new Map<number, { score: number; undiscounted: number }>();
  for (const r of scored) {
    const b = best.get(r.doc) ?? { score: 0, undiscounted: 0 };
    b.score = Math.max(b.score, r.score);
    b.undiscounted = Math.max(b.undiscounted, r.undiscounted);
    best.set(r.doc, b);
  }
  for (const r of scored) {
    const b = best.get(r.doc) as { score: number; undiscounted: number };
    if (b.score > 0) r.score *= b.undiscounted / b.score;
  }
}

/** Each further passage of one section counts this much less again (spread). */
export const SECTION_SPREAD = 0.8;

/**
 * Spread, so that the first passages are not all neighbours from one section when other sections match well
 * too: a passage's score is multiplied by SECTION_SPREAD for each better-scoring passage of its own section,
 * and the list is sorted again. The scores shown are the ones the order follows.
 */
export function spread(
  scored: { n: number; score: number; order: number }[],
  index: Pick<SearchIndex, 'passages'>,
): void {
  const seen = new Map<number, number>();
  for (const r of scored) {
    const section = index.passages.section[r.n] as number;
    const k = seen.get(section) ?? 0;
    seen.set(section, k + 1);
    r.score *= SECTION_SPREAD ** k;
  }
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
}

/** Within one review, for a question not about the review, what a background passage counts against its findings. */
export const ABOUT_WITHIN = 0.75;

/**
 * Findings before background within each review: the places a review's passages hold in the list stay its
 * own, but among them a finding comes before a passage about the review (methods, context) unless that one
 * scores more than 1 / ABOUT_WITHIN times as much. Other reviews' places do not move (a review's context may
 * be the best answer there is). Each passage takes the score of the place it now holds, so the scores shown
 * are the ones the order follows.
 */
export function findingsFirstWithin(
  scored: { n: number; score: number; background: boolean }[],
  index: Pick<SearchIndex, 'passages'>,
): void {
  const byDoc = new Map<number, number[]>();
  scored.forEach((r, i) => {
    const d = index.passages.doc[r.n] as number;
    const at = byDoc.get(d);
    if (at) at.push(i);
    else byDoc.set(d, [i]);
  });
  for (const at of byDoc.values()) {
    const rows = at.map((i) => scored[i] as (typeof scored)[number]);
    if (!rows.some((r) => r.background) || rows.every((r) => r.background)) continue;
    const scores = rows.map((r) => r.score);
    const key = (r: (typeof rows)[number]) => (r.background ? r.score * ABOUT_WITHIN : r.score);
    const sorted = rows.map((r, k) => ({ r, k })).sort((a, b) => key(b.r) - key(a.r) || a.k - b.k);
    at.forEach((i, j) => {
      const { r } = sorted[j] as { r: (typeof rows)[number] };
      r.score = scores[j] as number;
      scored[i] = r;
    });
  }
}
