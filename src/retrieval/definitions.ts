/**
 * Definitions. "What is a four-day school week?", "what is meant by extended foster care?", "what does 4DSW
 * mean?" ask for the sentence that says what the thing is, and a review writes it in one way English has for
 * it: "The four-day school week (4DSW) is an alternative school schedule in which …", "‘Extended foster care’
 * (EFC) describes the extension of …". A title page or an author note may hold the words as well (in its
 * heading), but no sentence saying what they mean. The head is the phrase's last word, so a name asked for
 * without its noun ("What is TAKE CHARGE?") does not meet "The TAKE CHARGE program is a …" (its head: program).
 *
 * At index build each passage gets one term per phrase it defines (`definedTerms`: `@def:` and the term of
 * the phrase's head, its last word; a parenthesised acronym after it counts as a phrase too), read at the
 * start of a sentence before "is a", "are the", "refers to", "means", "is defined as" …, or after "called",
 * "known as". The question side (`definedInQuestion`) reads what a definition question asks about, and
 * expand.ts searches its head's definition term as a ranking-only word group of its own (as a place is
 * searched for "where"): a passage defining the thing ranks above one that only names it.
 */
import type { Analyzer } from './analyzer.js';
import { STOP_WORDS } from './data/stopwords.js';

/** The prefix of a definition term (not a word: the analyzer never makes a term with "@"). */
export const DEFINITION_PREFIX = '@def:';

/** A phrase of one to six words (letters and digits, hyphens and apostrophes inside words). */
const PHRASE = String.raw`((?:[\p{L}\p{N}][\p{L}\p{N}'’-]*\s+){0,5}[\p{L}\p{N}][\p{L}\p{N}'’-]*)`;
/** Where a sentence starts, then an optional article or "this", an optional opening quote. */
const START = String.raw`(?:^|[.!?:]\s+|\n)(?:(?:the|a|an|this|these)\s+)?['‘"“]?`;
/** An optional closing quote, then an optional parenthesised acronym ("(4DSW)", "(EFC)"). */
const AFTER = String.raw`['’"”]?(?:\s+\(([^()]{1,20})\))?\s+`;
/**
 * A sentence that defines its subject: the phrase, then a copula followed by what English puts first in a
 * definition (an article, "one", "when", "where", "used", "known", "defined" …), or a verb of meaning ("refers
 * to", "means", "describes", "is defined as"); or a naming ("… commonly called the Synar Amendment", "known as
 * X", "referred to as X").
 */
const DEFINES = new RegExp(
  [
    String.raw`${START}${PHRASE}${AFTER}(?:is|are)\s+(?:(?:also|often|commonly|generally|typically|usually|broadly)\s+)?(?:a|an|the|one|any|when|where|defined|known|used|described|understood|considered|made up)\b`,
    String.raw`${START}${PHRASE}${AFTER}(?:refers?\s+to|means|(?:is|are)\s+defined\s+as|describes)\b`,
    String.raw`\b(?:called|known\s+as|referred\s+to\s+as|termed)\s+(?:the\s+)?['‘"“]?${PHRASE}['’"”]?(?:\s+\(([^()]{1,20})\))?(?=\s*(?:[.,;:)\[]|$))`,
  ].join('|'),
  'giu',
);

/** The definition terms of a passage's text: `@def:` + the head term of each phrase it defines. */
export function definedTerms(text: string, analyzer: Analyzer): string[] {
  if (!/\b(?:is|are|refers?|means|describes|called|known|termed)\b/.test(text)) return [];
  const out = new Set<string>();
  for (const m of text.matchAll(DEFINES)) {
    for (const phrase of m.slice(1)) {
      if (phrase === undefined || !nounPhrase(phrase)) continue;
      const head = headTerm(phrase, analyzer);
      if (head !== undefined) out.add(DEFINITION_PREFIX + head);
    }
  }
  return [...out];
}

/** Stop words a name or a noun phrase may hold ("The Promise of the Independent Care Review"). */
const INSIDE = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'to', 'a', 'an']);

/**
 * Whether a phrase may be a noun phrase: it has no stop word but those a name holds, so "Staff said that
 * running the club" (is a lot of work) is none.
 */
function nounPhrase(phrase: string): boolean {
  return phrase
    .toLowerCase()
    .split(/\s+/)
    .every((w) => !STOP_WORDS.has(w) || INSIDE.has(w));
}

/**
 * The term of a phrase's head, its last word ("service" of "the National Care Service", "week" of "the
 * four-day school week"): what the phrase names, where its other words say which one.
 */
export function headTerm(phrase: string, analyzer: Analyzer): string | undefined {
  return analyzer
    .analyze(phrase)
    .filter((t) => !t.startsWith('#'))
    .at(-1);
}

/** Prepositions and conjunctions that end what a definition question asks about ("a relationship with …"). */
const ENDS =
  /\s+(?:of|on|for|in|with|about|between|to|from|among|at|by|after|before|and|or|versus|vs|compared)\b.*$/i;

const ASKS = [
  /\bwhat(?:'s|’s|s| is| are| was| were)\s+meant\s+by\s+(.+?)\s*(?:[?!.,;:–—]|\s-\s|$)/i,
  /\bwhat\s+(?:does|do|did)\s+(?:they|the\s+(?:authors?|review|report|study|summary)|it|you|we)\s+mean\s+by\s+(.+?)\s*(?:[?!.,;:–—]|\s-\s|$)/i,
  /\bwhat\s+(?:does|do|did)\s+(.+?)\s+(?:mean|stand\s+for|refer\s+to)\b/i,
  /\b(?:define|definition\s+of|meaning\s+of)\s+(.+?)\s*(?:[?!.,;:–—]|\s-\s|$)/i,
  /^\s*(?:so\s+|and\s+|but\s+)?what(?:'s|’s|s| is| are)\s+(.+?)(?:\s+exactly|\s+actually)?\s*(?:[?!.,;:–—]|\s-\s|$)/i,
];

/** Most words of what a definition question asks about (a longer one is another kind of question). */
const MOST_WORDS = 5;

/**
 * What a definition question asks to have defined ("a four-day school week" of "What is meant by a four-day
 * school week?"), or undefined for any other question. Read up to the first preposition ("a trusting
 * relationship" of "What is a trusting relationship with a consistent professional?"), except after "the"
 * ("the evidence on …", "the effects of …" ask about something's attribute); a phrase of more than MOST_WORDS
 * words ("the NYNY III supportive housing programme trying") is no thing to define.
 */
export function definedInQuestion(question: string): string | undefined {
  for (const re of ASKS) {
    const m = re.exec(question);
    if (!m?.[1]) continue;
    const whole = m[1].trim();
    const phrase = whole.replace(ENDS, '').trim();
    // "What is the evidence on …", "what are the effects of …": an attribute of something, not a thing.
    if (phrase !== whole && /^the\s/i.test(phrase)) return undefined;
    const words = phrase.split(/\s+/).filter((w) => w !== '');
    if (words.length === 0 || words.length > MOST_WORDS) return undefined;
    return phrase;
  }
  return undefined;
}
