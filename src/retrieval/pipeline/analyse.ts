/**
 * Stage 1, analyse: the question → its words as the analyzer reads them (analyzer.ts: normalised, stemmed,
 * thesaurus phrases, stop words dropped), whether its last word is still being typed, and what kind of
 * question it is. The kind matters for re-ranking (rerank.ts): a question about effects or evidence ("does X
 * work", "is there proof", "what helps") wants findings before background; a question about the review itself
 * (who wrote it, how it was done, who paid) wants its `about` sections; any other question takes both alike.
 */
import type { Analyzer, QueryTerm } from '../analyzer.js';
import { joinOpenCompounds } from './compounds.js';
import { type Facet, facetsOf } from './facets.js';

export interface Analysed {
  question: string;
  words: QueryTerm[];
  /** The last word has no space or punctuation after it: it may be unfinished (prefix matching). */
  typing: boolean;
  /** The question asks about the review itself rather than about what it found. */
  aboutReview: boolean;
  /** The question asks about effects or evidence ("does X work", "is there proof", "what helps"), not the review. */
  wantsFindings: boolean;
  /** What the question asks for that its words do not name (facets.ts), e.g. how certain the evidence is. */
  facets: Facet[];
  /** Words written capitalised inside a sentence ("the True North program"): names, not to be expanded. */
  names: Set<string>;
}

/**
 * General English ways of asking about a report rather than its subject: its authors, funding, methods,
 * searches, inclusion rules, registration, limitations. Not taken from any review or question set.
 */
const ABOUT_REVIEW =
  /\b(authors?|wrote|written|writers?|fund(?:s|ed|ing|ers?)|sponsor\w*|commission\w*|competing|conflicts? of interest|contact(?:ed)?|email|methods?|methodology|search(?:ed|es)?|databases?|eligib\w*|inclusion|excluded|protocol|regist\w*|limitations?|weakness(?:es)?|strengths?|steering|published by|publisher|licen[cs]e|who (?:did|carried out|conducted|made|ran|led|chairs?))\b/i;
/** How the work was done ("how was the quality assessed", "how were studies selected") and what it set out
 * to do ("what question is the study trying to answer", "what is its aim"). */
const HOW_DONE =
  /\bhow (?:was|were|did|do|does) (?:the |they |it |this |these )?[\w -]*\b(?:assess|apprais|rat|grad|judg|select|search|chos|choos|identif|measur|analy[sz]|synthesi[sz]|conduct|carr|involv|done)\w*|\b(?:aims?|objectives?|purpose|research questions?)\b|\bquestions? (?:is|was|does|did) (?:the|this|it) [\w ]*(?:answer|address)/i;
/** "What is a rapid evidence review", "why was this piece of work done": the report, not its subject. */
const ABOUT_THIS =
  /\bwhat(?:'s| is|s)? (?:a|an) [\w -]*(?:review|report|summary|overview)\b|\b(?:this|the) (?:piece of work|piece of research|review|report|summary|overview)\b(?!.*\b(?:say|says|said|find|finds|found|show|shows|conclude|concludes)\b)/i;
/** Questions about effects or evidence, in general English. */
const EFFECT =
  /\b(?:does|do|did|is|are|was|were|can|could|will|would|should)\b.*\b(?:help|helps|helped|effective|improve[sd]?|reduce[sd]?|lower|raise[sd]?|increase[sd]?|prevent[sd]?|affect[sd]?|change[sd]?|benefit[s]?|harm[s]?|impact|lead|cause[sd]?|linked|associated|better|worse|stop[s]?|matters?|differ(?:s|ed)?|make[s]? (?:a |any |much |no )?difference)\b|\bwork(?:s|ed)?(?: for [\w -]+| well| better)?\s*[?.!]*\s*$|\b(?:evidence|proof|proven|effects?|impacts?|outcomes?|what (?:works|helps))\b/i;

/**
 * A list of one-word alternatives that ends the question or a clause: "teachers, psychologists or
 * researchers?", "boys or girls?". The asker wants whichever of them the review reports.
 */
const ALTERNATIVES = /(?<![\p{L}'-])(\p{L}+)((?:\s*,\s*\p{L}+)*)\s*,?\s+or\s+(\p{L}+)\s*(?=[?.!;:)]|$)/giu;

/**
 * The words of a list of alternatives are one word group (the first's): a passage that names any one of them
 * covers that part of the question, as the asker's own words of one hyphenated word do (signals.ts).
 */
function groupAlternatives(question: string, words: QueryTerm[]): QueryTerm[] {
  const joined = new Map<number, number>();
  for (const m of question.matchAll(ALTERNATIVES)) {
    const items = [m[1], ...(m[2] ?? '').split(',').slice(1), m[3]].map((w) =>
      (w ?? '').trim().toLowerCase(),
    );
    const groups = items
      .map((item) => words.find((w) => w.raw === item && !w.thesaurus)?.word)
      .filter((g): g is number => g !== undefined);
    const [first, ...rest] = groups;
    if (first === undefined) continue;
    for (const g of rest) if (g !== first) joined.set(g, first);
  }
  return joinGroups(words, joined);
}

/** The words with each group in `joined` moved into the group it maps to. */
function joinGroups(words: QueryTerm[], joined: ReadonlyMap<number, number>): QueryTerm[] {
  if (joined.size === 0) return words;
  return words.map((w) => (joined.has(w.word) ? { ...w, word: joined.get(w.word) as number } : w));
}

/**
 * The two words that name one thing a facet asks for ("contact details", "phone number", "email address") are
 * one word group (the trigger's): a passage giving the details covers both, as its facet term (contacts.ts)
 * stands for the phrase, not for its first word alone.
 */
function groupFacetPhrases(facets: readonly Facet[], words: QueryTerm[]): QueryTerm[] {
  const joined = new Map<number, number>();
  for (const f of facets) {
    if (!f.with) continue;
    const trigger = words.find((w) => w.raw === f.trigger && !w.thesaurus)?.word;
    const other = words.find((w) => w.raw === f.with && !w.thesaurus)?.word;
    if (trigger !== undefined && other !== undefined && other !== trigger) joined.set(other, trigger);
  }
  return joinGroups(words, joined);
}

/**
 * The lower-case forms of the words a question capitalises inside a sentence (not its first word): "True" and
 * "North" in "What does the True North program involve?". WordNet knows "true" and "north" as words; as a
 * name they mean neither, so their synonyms, antonyms and relatives are not searched (expand.ts). A word of
 * three or more capitals is a name or an acronym wherever it stands ("FRIENDS programme evidence"), unless the
 * whole question is written in capitals.
 */
export function namesOf(question: string): Set<string> {
  const names = new Set<string>();
  for (const m of question.matchAll(/(?<![\p{L}'’-])\p{Lu}\p{Ll}+(?:['’-]\p{L}+)*/gu)) {
    const before = question.slice(0, m.index).trimEnd();
    if (before === '' || /[.?!:;"“(]$/.test(before)) continue;
    names.add(m[0].toLowerCase());
  }
  // A word in capitals where the rest is not ("FRIENDS programme evidence"): a name or an acronym, anywhere.
  if (/\p{Ll}/u.test(question)) {
    for (const m of question.matchAll(/(?<![\p{L}'’-])\p{Lu}{3,}(?![\p{L}'’-])/gu))
      names.add(m[0].toLowerCase());
  }
  return names;
}

/**
 * "How sure are the authors that X works?" asks how certain the evidence for X is; the authors are who judges,
 * not what is asked about (a passage about the authors is no answer). So the judge of a certainty question is
 * not one of its words.
 */
const JUDGE =
  /\bhow (?:sure|confident|certain) (?:are|were|is|was|can|could) (?:the )?(authors?|researchers?|reviewers?|investigators?|scientists?|experts?)\b/i;

function withoutJudge(question: string, facets: Facet[], words: QueryTerm[]): QueryTerm[] {
  if (!facets.some((f) => f.kind === 'certainty')) return words;
  const judge = JUDGE.exec(question)?.[1]?.toLowerCase();
  return judge ? words.filter((w) => w.raw !== judge) : words;
}

/**
 * Colloquial amounts ("loads of workers", "heaps of research", "a bunch of agencies", "plenty of evidence"):
 * the noun says how many, as the stop words "lot" and "lots" do, not what the question is about. Only before
 * "of", and a singular only after "a", so a load that is a subject ("the cognitive load of pupils", "viral
 * load") keeps its weight. Not "tons of" or "masses of": those may be measures.
 */
const AMOUNT =
  /(?<![\p{L}'’-])(?:(loads|heaps|bunches|plenty|oodles)|(?<=\ba\s+)(load|heap|bunch))\s+of(?![\p{L}'’-])/giu;

function withoutAmounts(question: string, words: QueryTerm[]): QueryTerm[] {
  const amounts = new Set([...question.matchAll(AMOUNT)].map((m) => (m[1] ?? m[2] ?? '').toLowerCase()));
  return amounts.size === 0 ? words : words.filter((w) => !amounts.has(w.raw));
}

/**
 * `known`: whether the corpus has a term; given, a run of words the corpus writes hyphenated is read as that
 * hyphenated word ("four day week" as "four-day week": compounds.ts).
 */
export function analyse(analyzer: Analyzer, question: string, known?: (term: string) => boolean): Analysed {
  const aboutReview = ABOUT_REVIEW.test(question) || HOW_DONE.test(question) || ABOUT_THIS.test(question);
  const facets = facetsOf(question);
  const worded = known ? joinOpenCompounds(question, analyzer, known) : question;
  return {
    question,
    words: withoutJudge(
      question,
      facets,
      groupFacetPhrases(
        facets,
        groupAlternatives(worded, withoutAmounts(worded, analyzer.queryTerms(worded))),
      ),
    ),
    typing: /[\p{L}\p{N}]$/u.test(question),
    aboutReview,
    // "How sure can we be that X works?" asks for the review's judgement of its evidence, which may be a
    // passage about the review (an assessment box): not findings first.
    wantsFindings: !aboutReview && !facets.some((f) => f.kind === 'certainty') && EFFECT.test(question),
    facets,
    names: namesOf(question),
  };
}
