/**
 * The retrieval stages one by one (src/retrieval/pipeline): analyse, expand, score, re-rank, decide, and the
 * specificity of words they share (specificity.ts). The fixture is the two-review corpus of golden-multi.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import type { Corpus } from '../../src/corpus/types.js';
import { type Analyzer, analyzerFor, createAnalyzer } from '../../src/retrieval/analyzer.js';
import { createCorrector } from '../../src/retrieval/correction.js';
import { spelledNumber, zipf } from '../../src/retrieval/english.js';
import { analyse, namesOf } from '../../src/retrieval/pipeline/analyse.js';
import { decide, RELATIVE_SCORE_FLOOR } from '../../src/retrieval/pipeline/decide.js';
import {
  type ExpandedTerm,
  expand,
  MAX_PHRASE_WORDS,
  MAX_SYNONYM_TERMS,
} from '../../src/retrieval/pipeline/expand.js';
import {
  ABOUT_WITHIN,
  findingsFirstWithin,
  levelReviews,
  rerank,
  SECTION_SPREAD,
  spread,
} from '../../src/retrieval/pipeline/rerank.js';
import { score, specsOf } from '../../src/retrieval/pipeline/score.js';
import { RELATED_CREDIT, VARIANT_CREDIT } from '../../src/retrieval/related.js';
import { allowDocuments } from '../../src/retrieval/search.js';
import { buildSearchIndex, type SearchIndex } from '../../src/retrieval/search-index.js';
import { englishRarity, specificity } from '../../src/retrieval/specificity.js';
import { one } from '../corpus/helpers.js';
import { BUNDLED_DIR, FIXTURE_DIR, indexed, MULTI_DIR } from './helpers.js';

let corpus: Corpus;
let analyzer: Analyzer;
let index: SearchIndex;
const docOf = (id: string) => corpus.passages.find((p) => p.id === id)?.docId;
const headingOf = (id: string) => corpus.passages.find((p) => p.id === id)?.headingPath.at(-1);
beforeAll(async () => {
  corpus = await loadCorpus(MULTI_DIR);
  analyzer = createAnalyzer(corpus.thesaurus);
  index = buildSearchIndex(corpus, analyzer);
});

const run = (q: string) => {
  const a = analyse(analyzer, q);
  const terms = expand(
    a,
    index,
    analyzer,
    createCorrector(() => corpus.passages.map((p) => p.text)),
  );
  const candidates = score(index, terms, a.typing);
  return { a, terms, candidates, ranked: rerank(candidates, terms, specsOf(terms, a.typing), index, a) };
};

describe('analyse', () => {
  it('takes words capitalised inside a sentence for names, and does not expand them', () => {
    expect([...namesOf('What does the True North program involve? Is it new?')]).toEqual(['true', 'north']);
    expect([...namesOf('Did pupils in the Breakfast Club say more?')]).toEqual(['breakfast', 'club']);
    // a word in capitals is a name or an acronym wherever it stands, unless the whole question is in capitals
    expect([...namesOf('FRIENDS programme evidence')]).toEqual(['friends']);
    expect([...namesOf('WHAT ABOUT FOSTER CARE')]).toEqual([]);
    // "pupils" reaches "students" through WordNet, "Pupils" as a name does not
    const reached = (q: string) => run(q).terms.some((t) => t.via === 'wordnet' && t.term === 'student');
    expect(reached('what did the pupils say')).toBe(true);
    expect(reached('what did the Pupils say')).toBe(false);
  });

  it('makes a list of alternatives one word group: any one of them answers that part of the question', () => {
    const groupOf = (q: string, raw: string) => analyse(analyzer, q).words.find((w) => w.raw === raw)?.word;
    const q = 'Who delivered the clubs - teachers, parents or volunteers?';
    expect(groupOf(q, 'parents')).toBe(groupOf(q, 'teachers'));
    expect(groupOf(q, 'volunteers')).toBe(groupOf(q, 'teachers'));
    expect(groupOf(q, 'clubs')).not.toBe(groupOf(q, 'teachers'));
    const and = 'Who delivered the clubs - teachers, parents and volunteers?';
    expect(groupOf(and, 'volunteers')).not.toBe(groupOf(and, 'teachers'));
    // so the passage naming one of them covers more of the question than when all three were asked for
    const covered = (question: string) => {
      const { terms, ranked } = run(question);
      return decide(ranked, terms).top.weightedCoverage;
    };
    expect(covered(q)).toBeGreaterThan(covered(and));
  });

  it('tells effect questions, questions about the review, and others apart', () => {
    expect(analyse(analyzer, 'Does mentoring reduce truancy?').wantsFindings).toBe(true);
    expect(analyse(analyzer, 'is there proof that clubs help').wantsFindings).toBe(true);
    // whether something makes a difference is a question about its effect
    expect(analyse(analyzer, 'Does it make a difference if the mentor is older?').wantsFindings).toBe(true);
    expect(analyse(analyzer, 'Does the length of the club matter?').wantsFindings).toBe(true);
    expect(analyse(analyzer, 'Did attendance differ between boys and girls?').wantsFindings).toBe(true);
    expect(analyse(analyzer, 'Who wrote this review?').aboutReview).toBe(true);
    expect(analyse(analyzer, 'How were the studies selected?').aboutReview).toBe(true);
    const neither = analyse(analyzer, 'What is a homework club?');
    expect(neither.wantsFindings || neither.aboutReview).toBe(false);
    // "social work" is a noun, not "does it work"
    expect(analyse(analyzer, 'were they planning to fold social work into the service').wantsFindings).toBe(
      false,
    );
  });

  it('recognises a question about how certain the evidence is, and names the word that asks', () => {
    for (const [q, trigger] of [
      ['How sure are the authors that mentoring works?', 'sure'],
      ['How confident can we be in the truancy findings?', 'confident'],
      ['Can we trust these results?', 'trust'],
      ['what is the quality of the evidence on homework clubs', 'quality'],
      ['How reliable were the studies they looked at?', 'reliable'],
    ] as const) {
      const a = analyse(analyzer, q);
      expect(a.facets, q).toEqual([{ kind: 'certainty', trigger }]);
      // it may want the review's assessment of its evidence, which is not a finding
      expect(a.wantsFindings, q).toBe(false);
    }
    for (const q of ['Does mentoring reduce truancy?', 'Who wrote it?', 'good homework clubs']) {
      expect(analyse(analyzer, q).facets, q).toEqual([]);
    }
  });

  it('leaves out the judge of a certainty question ("how sure are the authors …"), not the same word elsewhere', () => {
    const raws = (q: string) => analyse(analyzer, q).words.map((w) => w.raw);
    expect(raws('How sure are the authors that mentoring works?')).not.toContain('authors');
    expect(raws('How confident were the researchers in the truancy findings?')).not.toContain('researchers');
    // not a certainty question: the authors are what is asked about
    expect(raws('Who are the authors of the mentoring review?')).toContain('authors');
  });

  it('leaves out a colloquial amount ("loads of", "a bunch of"), not the same noun as a subject', () => {
    const raws = (q: string) => analyse(analyzer, q).words.map((w) => w.raw);
    expect(raws('families having to deal with loads of different workers')).toEqual([
      'families',
      'deal',
      'different',
      'workers',
    ]);
    expect(raws('is there plenty of evidence on mentoring?')).not.toContain('plenty');
    expect(raws('a bunch of agencies working together')).not.toContain('bunch');
    expect(raws('A load of different workers')).not.toContain('load');
    // a subject, not an amount
    expect(raws('does mentoring reduce the cognitive load of pupils?')).toContain('load');
    expect(raws('how many tons of food were wasted')).toContain('tons');
  });

  it('recognises questions asking for limitations, who delivered, and how often or how long', () => {
    const kinds = (q: string) => analyse(analyzer, q).facets.map((f) => `${f.kind}:${f.trigger}`);
    expect(kinds('What are the weaknesses of the review?')).toEqual(['limitations:weaknesses']);
    expect(kinds('Who usually ran the sessions?')).toEqual(['provider:ran']);
    expect(kinds('How often were sessions held?')).toEqual(['dose:often']);
    expect(kinds('How long did the programme run?')).toEqual(['dose:long']);
    // "how long before it works" asks about time to an effect, not about a programme's length
    expect(kinds('how long before integrated structures bed in')).toEqual([]);
    expect(kinds('Who wrote the review?')).toEqual([]);
    // what a programme is for (TIDieR's "why"), asked without the words "aim" or "goal"
    expect(kinds('What is the housing programme trying to achieve?')).toEqual(['aims:achieve']);
    expect(kinds('What was the club meant to change?')).toEqual(['aims:change']);
    expect(kinds('Did the clubs achieve better reading?')).toEqual([]);
  });

  it('recognises a question asking for a count, and its noun', () => {
    expect(analyse(analyzer, 'How many studies were there?').facets).toEqual([
      { kind: 'count', trigger: 'studies' },
    ]);
    // a plural noun is the noun: the verb after it is not counted
    expect(analyse(analyzer, 'How many pupils took part?').facets.map((f) => f.trigger)).toEqual(['pupils']);
    expect(analyse(analyzer, 'what number of young people took part').facets.map((f) => f.trigger)).toEqual([
      'young',
      'people',
    ]);
    expect(analyse(analyzer, 'Did many studies find an effect?').facets).toEqual([]);
  });

  it('marks an unfinished last word', () => {
    expect(analyse(analyzer, 'homework cl').typing).toBe(true);
    expect(analyse(analyzer, 'homework clubs?').typing).toBe(false);
  });
});

describe('expand', () => {
  it('reaches only corpus terms through WordNet, below the asker’s own word, in its group', () => {
    const { terms } = run('what did pupils say');
    const pupil = terms.find((t) => t.term === 'pupil');
    const student = terms.find((t) => t.via === 'wordnet' && t.term === 'student');
    expect(pupil && student).toBeTruthy();
    if (!pupil || !student) return;
    expect(student.group).toBe(pupil.group);
    expect(student.specificity).toBeLessThan(pupil.specificity);
    for (const t of terms.filter((x) => x.via === 'wordnet')) expect(index.df.has(t.term)).toBe(true);
  });

  it('reaches the corpus terms a two-word phrase of the asker may mean ("call up" → phone), in its word\'s group', () => {
    const phrase = run('Did staff call up home?').terms;
    const call = phrase.find((t) => t.raw === 'call' && t.via !== 'wordnet');
    const phone = phrase.find((t) => t.term === 'phone');
    expect(call && phone).toBeTruthy();
    expect(phone?.via).toBe('wordnet');
    expect(phone?.group).toBe(call?.group);
    expect(phone?.credit).toBeLessThan(1);
    // "call" alone is too common a word to expand: only the phrase reaches "phone"
    expect(run('Did staff call home?').terms.some((t) => t.term === 'phone')).toBe(false);
  });

  it('reads the second word of a WordNet phrase in the phrase, not alone ("took part": not share, role)', () => {
    const small = indexed(
      one({
        body: [
          '# Findings',
          '',
          '## Who participated',
          '',
          'Forty pupils participated in the homework clubs over one school year.',
          '',
          '## Parents',
          '',
          'Parents had a role in each club and a share of the planning.',
        ].join('\n'),
      }),
    );
    const reachedFrom = (q: string, raw: string) =>
      expand(analyse(small.analyzer, q), small.index, small.analyzer)
        .filter((t) => t.via === 'wordnet' && t.raw === raw)
        .map((t) => t.term);
    const phrase = expand(analyse(small.analyzer, 'How many pupils took part?'), small.index, small.analyzer);
    expect(phrase.some((t) => t.via === 'wordnet' && t.term === 'particip')).toBe(true);
    expect(reachedFrom('How many pupils took part?', 'part')).toEqual([]);
    // "part" on its own still reaches what it may mean
    expect(reachedFrom('Which part did parents play?', 'part').length).toBeGreaterThan(0);
  });

  it('reaches another form of the word (a variant) almost as the word itself, but counts it as evidence only as a related word', () => {
    // "absence" is not in the fixture; "absent" is (WordNet: derivationally related, and a form of one word).
    const { terms } = run('Did clubs cut absence?');
    const asked = terms.find((t) => t.raw === 'absence' && t.via !== 'wordnet');
    const variant = terms.find((t) => t.via === 'wordnet' && t.term === 'absent');
    const related = terms.find((t) => t.via === 'wordnet' && t.raw === 'cut' && t.term === 'fall');
    expect(asked && variant && related).toBeTruthy();
    if (!asked || !variant || !related) return;
    expect(variant.group).toBe(asked.group);
    const own = specificity(0, index.df.get('absent'), index.size);
    expect(variant.specificity).toBeCloseTo(Math.min(asked.specificity, own) * VARIANT_CREDIT, 6);
    expect(variant.credit).toBe(RELATED_CREDIT);
    // a plain derivation or hypernym ("cut" → fall) still ranks at the related credit
    expect(related.credit).toBe(RELATED_CREDIT);
    expect(related.specificity).toBeLessThanOrEqual(RELATED_CREDIT + 1e-9);
  });

  it('expands the word that asks for certainty into the field’s words for it, in its group, below it', () => {
    const { terms } = run('How reliable are the breakfast findings?');
    const asked = terms.find((t) => t.raw === 'reliable' && t.via !== 'facet');
    const facet = terms.filter((t) => t.via === 'facet');
    expect(asked).toBeTruthy();
    expect(facet.map((t) => t.term).sort()).toEqual(['certainti', 'confid']); // only what the corpus has
    for (const t of facet) {
      expect(t.group).toBe(asked?.group);
      expect(t.credit).toBeLessThan(1);
    }
  });

  it('ranks a name by the corpus alone (its words are no common words there), but weighs it as evidence as a word', () => {
    const named = run('Did pupils in the Breakfast Club say more?').terms.find((t) => t.raw === 'club');
    const plain = run('did pupils in the breakfast club say more?').terms.find((t) => t.raw === 'club');
    expect(named && plain).toBeTruthy();
    if (!named || !plain) return;
    expect(named.specificity).toBeCloseTo(specificity(0, index.df.get('club'), index.size), 9);
    expect(named.specificity).toBeGreaterThan(plain.specificity);
    // a name the corpus has is no more evidence that the corpus answers than the word is
    expect(named.weight).toBe(plain.weight);
  });

  it('keeps a corpus term reached from two of the asker’s words in both their groups', () => {
    // "pupils" and "scholars" both mean students (WordNet): the passage saying "students" covers both words
    const { terms } = run('pupils and scholars');
    const students = terms.filter((t) => t.term === 'student');
    expect(new Set(students.map((t) => t.raw))).toEqual(new Set(['pupils', 'scholars']));
    expect(new Set(students.map((t) => t.group)).size).toBe(2);
    // so a passage with "students" covers the whole question, not half of it
    const { ranked } = run('pupils and scholars');
    expect(decide(ranked, terms).top.coverage).toBe(1);
  });

  it('corrects a typo inside a hyphenated word to the whole corpus word', () => {
    const { terms } = run('co-locaton');
    expect(terms.filter((t) => t.via === 'typo').map((t) => t.term)).toContain('coloc');
  });

  it('does not correct a hyphenated word to one of its own parts ("school-use" is no typo of "school")', () => {
    // the joined form "schooluse" is no corpus word: corrected to "school", it would push the asker's own
    // part "school" out, at a typo's lower credit
    const { terms } = run('school-use');
    expect(terms.filter((t) => t.via === 'typo')).toEqual([]);
    expect(terms.find((t) => t.raw === 'school')?.via).toBe('asked');
  });
});

describe('specificity', () => {
  it('is low for common English and for words the whole corpus uses, high for rare topic words', () => {
    expect(englishRarity(6.2)).toBeLessThan(0.2); // "come", "look"
    expect(englishRarity(2.5)).toBe(1); // "truancy"
    expect(englishRarity(0)).toBe(1); // not an English word: a name or a technical term
    expect(specificity(3, 1, 1000)).toBeGreaterThan(specificity(3, 900, 1000));
  });

  it('counts a small numeral as common as its word ("4 day week": "4" is no technical term)', () => {
    expect(spelledNumber('4')).toBe('four');
    expect(spelledNumber('17')).toBe('seventeen');
    expect(spelledNumber('37')).toBe('thirty');
    expect(spelledNumber('2019')).toBeUndefined(); // a year or a count keeps what the list says of it
    expect(zipf('4')).toBe(zipf('four'));
    expect(zipf('4')).toBeGreaterThan(4);
    // so in a question "4" weighs as "four" does, not as a word unknown to English
    const four = expand(analyse(analyzer, 'a 4 day club'), index, analyzer).find((t) => t.raw === '4');
    expect(four?.specificity).toBeLessThan(englishRarity(0) * 0.5);
  });
});

describe('score', () => {
  it('searches only the allowed passages when given a mask', () => {
    const a = analyse(analyzer, 'breakfast clubs');
    const terms = expand(a, index, analyzer);
    const all = score(index, terms, false);
    expect(new Set(all.map((r) => docOf(r.id))).size).toBe(2);
    const only = score(index, terms, false, allowDocuments(index, ['fixture-homework-2022']));
    expect(only.length).toBeGreaterThan(0);
    for (const r of only) expect(docOf(r.id)).toBe('fixture-homework-2022');
  });

  it('searches an unfinished last word as a prefix, but not a last word the corpus has as it is', () => {
    const lastSpec = (q: string) => {
      const a = analyse(analyzer, q);
      expect(a.typing).toBe(true);
      return specsOf(expand(a, index, analyzer), a.typing).find((s) => s.term === a.words.at(-1)?.term);
    };
    expect(lastSpec('breakfast clu')?.prefix).toBe(true);
    expect(lastSpec('breakfast clubs')?.prefix).toBe(false);
  });
});

describe('re-rank', () => {
  it('puts findings before background for an effect question only', () => {
    const effect = run('Do breakfast programmes improve attendance?').ranked;
    expect(headingOf(effect[0]?.id ?? '')).toBe('Days in school');
    const neutral = run('breakfast programmes attendance summary').ranked;
    expect(headingOf(neutral[0]?.id ?? '')).toBe('About this summary');
  });

  it('never adds a synonym to the word it stands for', () => {
    // "students" and "pupils" in one question are two words; "pupils" alone reaches students once.
    const once = run('pupils breakfast').ranked.find((r) => headingOf(r.id) === 'What students said');
    const own = run('students breakfast').ranked.find((r) => headingOf(r.id) === 'What students said');
    expect(once && own).toBeTruthy();
    expect(once?.score ?? 0).toBeLessThan(own?.score ?? 0);
  });

  it('spreads the first places over sections: each further passage of a section counts SECTION_SPREAD less', () => {
    // Passages 0–2 are one section, 3 another.
    const facts = { passages: { section: Int32Array.from([7, 7, 7, 9]) } } as Pick<SearchIndex, 'passages'>;
    const list = (scores: number[]) => scores.map((score, n) => ({ n, score, order: n }));
    const near = list([10, 9, 8, 8 * SECTION_SPREAD ** 2 + 0.01]);
    spread(near, facts);
    expect(near.map((r) => r.n)).toEqual([0, 1, 3, 2]);
    const far = list([10, 9, 8, 8 * SECTION_SPREAD ** 2 - 0.01]);
    spread(far, facts);
    expect(far.map((r) => r.n)).toEqual([0, 1, 2, 3]);
    // the scores are the ones the order follows
    for (const l of [near, far])
      expect(l.map((r) => r.score)).toEqual(l.map((r) => r.score).sort((a, b) => b - a));
  });

  it("levels the reviews: each review's best takes its undiscounted score, its order stays the discounted one", () => {
    // Review 1: its topic words make up most of its matches (discounted 12 → 3, 10 → 4).
    // Review 2: the question's other words (no discount).
    const list = [
      { doc: 1, score: 3, undiscounted: 12 },
      { doc: 1, score: 4, undiscounted: 10 },
      { doc: 2, score: 6, undiscounted: 6 },
      { doc: 2, score: 5, undiscounted: 5 },
    ];
    levelReviews(list);
    // Review 1's best (4) is scaled to its best undiscounted score (12), the other by the same factor.
    expect(list.map((r) => r.score)).toEqual([9, 12, 6, 5]);
  });

  it("puts a review's findings before its background within the places its passages hold", () => {
    // Passages 0–2 are one review (0 about it), 3–4 another (3 about it).
    const facts = { passages: { doc: Int32Array.from([1, 1, 1, 2, 2]) } } as Pick<SearchIndex, 'passages'>;
    const rows = (about: boolean[], scores: number[]) =>
      scores.map((score, n) => ({ n, score, background: about[n] ?? false }));
    const about = [true, false, false, true, false];
    // Review 1: about passage 0 scores less than 1 / ABOUT_WITHIN times its finding 1, more than that over 2.
    // Review 2: about passage 3 scores more than 1 / ABOUT_WITHIN times its finding 4.
    const scores = [10, 10 * ABOUT_WITHIN + 0.01, 5, 6, 6 * ABOUT_WITHIN - 0.01];
    const list = rows(about, scores).sort((x, y) => y.score - x.score); // places: 0, 1, 3, 2, 4
    findingsFirstWithin(list, facts);
    // Review 1's places (1st, 2nd, 4th): finding 1 takes the first, the about passage the second (it still
    // outscores finding 2 by more). Review 2 keeps the 3rd and 5th places, in its order.
    expect(list.map((r) => r.n)).toEqual([1, 0, 3, 2, 4]);
    // Each takes its place's score: the scores shown follow the order.
    expect(list.map((r) => r.score)).toEqual([...scores].sort((x, y) => y - x));
  });
});

/** The asker's own words as expanded terms, one group each, of equal weight. */
function askedTerms(words: string[]): ExpandedTerm[] {
  return words.map((term, group) => ({
    term,
    raw: term,
    weight: 1,
    inCorpus: true,
    generic: false,
    group,
    specificity: 0.5,
    via: 'asked' as const,
    credit: 1,
  }));
}

describe('decide', () => {
  it('offers passages above the relative floor only, and answers with the thresholds it is given', () => {
    const { terms, ranked } = run('homework clubs reading scores');
    const d = decide(ranked, terms, { minWeightedCoverage: 0.5, minCoverage: 0.25 });
    expect(d.answerable).toBe(true);
    const top = d.hits[0]?.score ?? 0;
    for (const h of d.hits) expect(h.score).toBeGreaterThanOrEqual(top * RELATIVE_SCORE_FLOOR);
    expect(decide(ranked, terms, { minWeightedCoverage: 1.01, minCoverage: 0 }).answerable).toBe(false);
  });

  it("reads its evidence from the first passage's review only", () => {
    const terms = askedTerms(['kinship', 'care', 'young']);
    // The first passage (review 1) matches one word of three; the second (review 2) all three.
    const ranked = [
      { id: 'a', n: 0, score: 2, queryTerms: ['care'] },
      { id: 'b', n: 1, score: 1, queryTerms: ['kinship', 'care', 'young'] },
    ];
    const t = { minWeightedCoverage: 0.5, minCoverage: 0.25 };
    expect(decide(ranked, terms, t).answerable).toBe(true);
    expect(decide(ranked, terms, t, (n) => n + 1).answerable).toBe(false);
    expect(decide(ranked, terms, t, () => 1).answerable).toBe(true);
  });

  it('reads a passage with the offered passages of its section (a finding split over two), not of another', () => {
    const terms = askedTerms(['kinship', 'care', 'young', 'outcome']);
    // Each passage matches half the question; together they match all of it.
    const ranked = [
      { id: 'a', n: 0, score: 2, queryTerms: ['kinship', 'care'] },
      { id: 'b', n: 1, score: 1, queryTerms: ['young', 'outcome'] },
    ];
    const t = { minWeightedCoverage: 0.6, minCoverage: 0.25 };
    const review = () => 1;
    expect(decide(ranked, terms, t, review).answerable).toBe(false);
    expect(decide(ranked, terms, t, review, () => 7).answerable).toBe(true);
    expect(decide(ranked, terms, t, review, (n) => n).answerable).toBe(false);
    // a passage below the relative floor is not offered, and not read as evidence either
    const below = [ranked[0], { ...ranked[1], score: 0.1 }] as typeof ranked;
    expect(decide(below, terms, t, review, () => 7).answerable).toBe(false);
    // the second passage's section is read as one too, not only the first's
    const second = [
      { id: 'a', n: 0, score: 2, queryTerms: ['kinship'] },
      { id: 'b', n: 1, score: 1.5, queryTerms: ['care', 'young'] },
      { id: 'c', n: 2, score: 1, queryTerms: ['outcome'] },
    ];
    expect(decide(second, terms, t, review, (n) => Math.min(n, 1)).answerable).toBe(true);
    expect(decide(second, terms, t, review, (n) => n).answerable).toBe(false);
  });
});

describe('expand: the WordNet limit (on the bundled review, whose words have many links)', () => {
  let big: { corpus: Corpus; analyzer: Analyzer; index: SearchIndex };
  beforeAll(async () => {
    const c = await loadCorpus(BUNDLED_DIR);
    const an = analyzerFor(c);
    big = { corpus: c, analyzer: an, index: buildSearchIndex(c, an) };
  });
  const reachedBy = (q: string) =>
    expand(analyse(big.analyzer, q), big.index, big.analyzer).filter(
      (t) => t.via === 'wordnet' || t.via === 'facet',
    );

  it("still reaches a missing word's corpus terms when the words before it have used up the limit", () => {
    // "tough" is not in the review: "difficult" (WordNet) is its only way in.
    expect(big.index.df.has('tough')).toBe(false);
    expect(reachedBy('tough').some((t) => t.term === 'difficult')).toBe(true);
    // Words of the review with WordNet links of their own, until their links fill MAX_SYNONYM_TERMS.
    const crowd: string[] = [];
    const words = new Set(
      big.corpus.passages.flatMap((p) => p.text.toLowerCase().match(/\p{L}{4,}/gu) ?? []),
    );
    for (const w of words) {
      if (reachedBy(crowd.join(' ')).length >= MAX_SYNONYM_TERMS) break;
      if (reachedBy(w).length > 0) crowd.push(w);
    }
    expect(reachedBy(crowd.join(' ')).length).toBeGreaterThanOrEqual(MAX_SYNONYM_TERMS);
    const terms = reachedBy(`${crowd.join(' ')} tough`);
    expect(terms.some((t) => t.raw === 'tough' && t.term === 'difficult')).toBe(true);
    // The words the review has keep the limit.
    expect(terms.filter((t) => t.raw !== 'tough').length).toBeLessThanOrEqual(MAX_SYNONYM_TERMS);
    // In a long question (pasted text) there is one limit for all.
    const quiet = [...words].filter((w) => !crowd.includes(w) && reachedBy(w).length === 0);
    const padding = quiet.slice(0, MAX_PHRASE_WORDS);
    expect(padding.length).toBe(MAX_PHRASE_WORDS);
    const long = reachedBy(`${crowd.join(' ')} ${padding.join(' ')} tough`);
    expect(long.length).toBeLessThanOrEqual(MAX_SYNONYM_TERMS);
  });
});

describe('expand: a word the thesaurus maps (on the fixture review and its thesaurus: "kids" → child)', () => {
  let small: { analyzer: Analyzer; index: SearchIndex };
  beforeAll(async () => {
    const c = await loadCorpus(FIXTURE_DIR);
    const an = analyzerFor(c);
    small = { analyzer: an, index: buildSearchIndex(c, an) };
  });
  const weights = (q: string) =>
    new Map(expand(analyse(small.analyzer, q), small.index, small.analyzer).map((t) => [t.term, t]));

  it('weighs, as evidence, what its canonical term weighs: the index reads the word as that term', () => {
    const kids = weights('what about kids');
    const child = kids.get('child');
    const kid = kids.get('kid');
    expect(child?.via).toBe('thesaurus');
    expect(kid?.group).toBe(child?.group);
    // the review never says "kids" (on its own the word would weigh as an unseen common English word)
    expect(small.index.df.has('kid')).toBe(false);
    expect(kid?.weight).toBe(child?.weight);
    // a word no thesaurus entry maps keeps its own weight
    const truancy = weights('truancy').get('truanci');
    expect(truancy?.via).toBe('asked');
    expect(truancy?.weight).toBeGreaterThan(child?.weight ?? Infinity);
  });

  it('ranks a canonical term no more specific than the common word that reached it', () => {
    // "kids" is a common English word; "young people" is a phrase, no word of the frequency list: both
    // are read as the same canonical term, which ranks as the word asked (and as a Zipf-4 word at most).
    const fromWord = weights('what about kids').get('child');
    const fromPhrase = weights('what about young people').get('child');
    expect(fromWord?.via).toBe('thesaurus');
    expect(fromPhrase?.via).toBe('thesaurus');
    expect(fromWord?.specificity).toBeLessThan(fromPhrase?.specificity ?? 0);
  });
});
