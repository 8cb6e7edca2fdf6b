/**
 * Question facets: what a question asks for that its own words do not name. "How sure are the authors that
 * X works?" asks for the review's judgement of its evidence, which the review writes as "certainty",
 * "confidence", "risk of bias", "imprecision" — words the asker did not use. A facet is recognised in general
 * English (analyse.ts) and its trigger word ("sure") is then expanded (expand.ts) into the field's standard
 * vocabulary for it, like a synonym: in the trigger word's group, below the asker's own words, never
 * stacking.
 *
 * The vocabularies are the field's, not any review's:
 * - certainty: the GRADE Working Group's certainty levels and reasons for downgrading (risk of bias,
 *   inconsistency, indirectness, imprecision), AMSTAR 2's confidence ratings, umbrella reviews' credibility
 *   classes, and narrative reviews' prose ("limited", "caution"), as ../shared/guides/evidence-strength.md
 *   lists them;
 * - limitations: the "strengths and limitations" every review reports (PRISMA 2020 item 23c);
 * - provider, dose, aims and place: TIDieR's items "who provided", "when and how much", "why" (its rationale
 *   or goal) and "where" (the Template for Intervention Description and Replication, the standard for describing an
 *   intervention).
 *
 * "Where were the studies done?" or "which countries …" asks for places, which the index marks with one term
 * per distinct place WordNet knows that a finding names (places.ts).
 *
 * "Project website", "email address", "phone number", "contact details" ask for contact details, which the index
 * marks with one term per kind a passage gives (contacts.ts: a web address, an email address, a telephone
 * number); "link" only where it is no association ("a link between X and Y").
 *
 * "How old were they", "what age should the minors be" asks for ages, which the index marks with one term
 * per passage that gives an age (ages.ts: "17-year-old", "aged 18 to 21", "no younger than 16").
 *
 * "How many studies / pupils …" asks for a count: its noun is expanded into the noun's counted term, which
 * the analyzer indexes wherever the text gives a number of it ("86 studies", "17,950 students").
 */

import { IRREGULAR_PLURALS } from '../data/irregular.js';

export type FacetKind =
  | 'certainty'
  | 'limitations'
  | 'provider'
  | 'dose'
  | 'aims'
  | 'age'
  | 'count'
  | 'place'
  | 'web'
  | 'email'
  | 'phone'
  | 'contact';

export interface Facet {
  kind: FacetKind;
  /** The raw word of the question that asks for the facet (its word group carries the facet's terms). */
  trigger: string;
  /**
   * The other word of a two-word name of what is asked for ("details" of "contact details", "number" of
   * "phone number"): one thing, so one word group with the trigger (analyse.ts).
   */
  with?: string;
}

/** The credit of a facet term (as a WordNet synonym's: below the asker's own word). */
export const FACET_CREDIT = 0.6;

const JUDGEMENT =
  'sure|confident|certain|reliable|robust|strong|good|solid|trustworthy|convincing|believable|firm|rigorous|sound';
const OF_EVIDENCE =
  'evidence|findings?|results?|studies|study|research|conclusions?|trials?|reviews?|meta-analys[ie]s|data';

interface VocabularyFacet {
  kind: Exclude<FacetKind, 'count'>;
  /** Each pattern's first group is the trigger word; a second, where it matched, the phrase's other word. */
  asked: RegExp[];
  vocabulary: readonly string[];
}

/**
 * "Which countries / states / regions …" or "where were the studies done / carried out / based …" asks for
 * places (TIDieR's "where"); the places are a word group of their own (expand.ts), so the trigger is only
 * what the pattern caught. Not "where can I find …", which asks for a link, not a place.
 */
const PLACE_NOUN =
  /\b(?:which|what|other|different|several|many|across|the same)\s+(countr(?:y|ies)|nations?|states|regions?|cities|continents?|provinces?|territories|locations?)\b/i;
const WHERE_DONE =
  /\b(where)\b[^?.!]*?\b(?:done|conducted|carried out|run|held|based|located|performed|undertaken|take place|took place|taken place|happen\w*|come from|came from|from|situated|implemented|tested|delivered|studied|set)\b/i;

/** The facets answered by a vocabulary, in the order they are tried (one of them per question). */
export const VOCABULARY_FACETS: readonly VocabularyFacet[] = [
  {
    kind: 'certainty',
    // "how sure/confident/reliable …", "can we trust/believe/rely on …", "the quality/strength of the evidence"
    asked: [
      new RegExp(`\\bhow (${JUDGEMENT})\\b`, 'i'),
      /\b(?:can|could|should) (?:we|i|you|they|one|people) (trust|believe|rely)\b/i,
      new RegExp(
        `\\b(certainty|confidence|quality|strength|reliability|robustness|rigou?r|trustworthiness)\\b (?:of|in) (?:the |these |their |this |its )?(?:\\w+ ){0,2}(?:${OF_EVIDENCE})\\b`,
        'i',
      ),
      new RegExp(`\\b(?:${OF_EVIDENCE}) (?:is|are|was|were) (?:\\w+ )?(${JUDGEMENT})\\b`, 'i'),
    ],
    vocabulary: [
      'certainty',
      'uncertain',
      'confidence',
      'quality',
      'bias',
      'inconsistency',
      'indirectness',
      'imprecision',
      'downgraded',
      'GRADE',
      'AMSTAR',
      'credibility',
      'limited',
      'caution',
    ],
  },
  {
    kind: 'limitations',
    // "the weaknesses / shortcomings / flaws of the review", "what are its limitations"
    asked: [/\b(weakness(?:es)?|limitations?|shortcomings?|drawbacks?|flaws?|caveats?)\b/i],
    vocabulary: ['limitation', 'weakness', 'shortcoming', 'caveat', 'limited'],
  },
  {
    kind: 'provider',
    // "who ran / delivered / led the sessions"
    asked: [
      /\bwho (?:usually |typically |actually |normally )?(ran|runs|run|delivered|delivers|deliver|led|leads|facilitated|facilitates|taught|teaches|provided|provides|implemented|implements)\b/i,
    ],
    vocabulary: [
      'delivered',
      'facilitator',
      'personnel',
      'staff',
      'practitioner',
      'provider',
      'specialist',
      'trained',
      'professional',
      'worker',
    ],
  },
  {
    kind: 'dose',
    // "how often", "how frequently", "how many sessions", "how long did the programme run / last"
    asked: [
      /\bhow (often|frequently)\b/i,
      /\bhow (long) (?:did|does|do|were|was|is|are) (?:the |these |their |its |each )?[\w -]*\b(?:run|last|take|go on|sessions?|programm?e?s?|interventions?|courses?|classes)\b/i,
    ],
    vocabulary: [
      'session',
      'weekly',
      'week',
      'minute',
      'hour',
      'duration',
      'frequency',
      'lasted',
      'intensity',
    ],
  },
  {
    kind: 'aims',
    // "what is the programme trying to achieve", "what was it meant to do / change"
    asked: [
      /\b(?:trying|meant|intended|supposed|designed|aiming|hoping|seeking|set up|set out) to (achieve|accomplish|do|change|improve)\b/i,
    ],
    vocabulary: ['aim', 'goal', 'objective', 'purpose', 'intended', 'rationale'],
  },
  {
    kind: 'age',
    // "how old were they", "what age should the minors be", "the age of the decoy", "age range" (PICO's
    // population); the ages themselves are marked in the index (ages.ts). Not "their age" alone: "lies about
    // their age" asks about lying.
    asked: [
      /\bhow (old)\b/i,
      /\bwhat (ages?)\b/i,
      /\b(ages?) (?:of|range|ranges|group|groups|limit|limits|bracket)\b/i,
      /\b(aged?) (?:between|under|over)\b/i,
    ],
    vocabulary: ['@age', 'age', 'aged', 'older', 'younger'],
  },
  {
    kind: 'place',
    asked: [PLACE_NOUN, WHERE_DONE],
    // and the place names themselves (places.ts), reached through their index term
    vocabulary: ['setting', 'location', 'country', 'geographic', 'region'],
  },
  // Contact details (contacts.ts): a vocabulary word starting with "@" is an index term as it is.
  {
    kind: 'web',
    asked: [
      /\b(websites?|webpages?|urls?|homepages?)\b/i,
      /\b(web) (sites?|pages?|address(?:es)?|links?)\b/i,
      // A link as a web address where a web page or a document's name comes before it ("project website
      // link") or a verb of handing one over ("send me the link"); a bare "link" is as often an association
      // ("is there a link?", "what's the link").
      /\b(?:web ?sites?|sites?|web|pages?|project|report|review|paper|document|summary|pdf|download)\s+(links?)\b/i,
      /\b(?:send|give|share|post|get|find|have|want|need)\s+(?:me\s+|us\s+)?(?:the\s+|a\s+)?(links?)\b(?!\s+(?:between|with)\b)/i,
      /\b(links?) to (?:the |this |their |its |a )?(?:full |whole |original )?(?:report|review|paper|website|site|page|document|study|summary|pdf)\b/i,
    ],
    vocabulary: ['@web'],
  },
  { kind: 'email', asked: [/\b(e-?mail)(?: (address(?:es)?)\b)?/i], vocabulary: ['@email'] },
  {
    kind: 'phone',
    asked: [
      /\b(phone|telephone|tel) (numbers?|no)\b/i,
      /\b(call|ring|phone|telephone) (?:them|the team|the authors?|the researchers?|someone|anyone)\b/i,
    ],
    vocabulary: ['@phone'],
  },
  {
    kind: 'contact',
    // "contact details", "how do I contact the authors", "who to contact": not "contact with their family"
    asked: [
      /\b(contact) (details|information|info|address|number|email|person|point)\b/i,
      /\b(?:how (?:do|can|could|should|would) (?:i|we|you|one|people) |who (?:do|can|should|could) (?:i|we|you) |who to |want to |like to |need to )(contact)\b/i,
    ],
    vocabulary: ['@web', '@email', '@phone'],
  },
];

/** "how many (of the) X (Y)", "what/the number of X": X, or Y when X is its modifier ("how many young people"). */
const COUNT_ASKED =
  /\b(?:how many|(?:what|the|total) number of)\s+(?:of\s+(?:the\s+)?)?([\p{L}-]+)(?:\s+([\p{L}-]+))?/iu;

/** The facets a question asks for, each with the word that asks. */
export function facetsOf(question: string): Facet[] {
  const out: Facet[] = [];
  for (const f of VOCABULARY_FACETS) {
    for (const re of f.asked) {
      const m = re.exec(question);
      // the word as the analyzer reads it: "e-mail" is "email" (a lone letter joins what follows)
      const trigger = m?.[1]?.toLowerCase().replace(/^(\p{L})-/u, '$1');
      if (trigger && !out.some((o) => o.kind === f.kind && o.trigger === trigger)) {
        const other = m?.[2]?.toLowerCase();
        out.push(other ? { kind: f.kind, trigger, with: other } : { kind: f.kind, trigger });
      }
    }
  }
  const count = COUNT_ASKED.exec(question);
  const noun = count?.[1]?.toLowerCase();
  // The word after X is the noun only where X is not a plural noun itself: "how many young people", not "how
  // many pupils took part" (there "took" would be counted).
  const next = noun && !isPlural(noun) ? count?.[2] : undefined;
  for (const w of [noun, next]) if (w) out.push({ kind: 'count', trigger: w.toLowerCase() });
  return out;
}

/** A plural noun by its form: "-s" (not "-ss", "-us", "-is"), or an irregular plural ("children"). */
function isPlural(word: string): boolean {
  return IRREGULAR_PLURALS.has(word) || /[^sui]s$/.test(word);
}
