/**
 * Open compounds: the asker writes "four day school week", "school based", "out of home care" where the review
 * writes "four-day", "school-based", "out-of-home". English writes many compounds either way. A hyphenated word
 * is indexed as its joined form ("4dai": a number word is read as its numeral, so "4 day week" finds it too)
 * beside its parts, and the joined form is what makes it specific: "four", "day" and "week" are common words,
 * "four-day" names one review's subject. So a run of two or three words that the corpus writes hyphenated is
 * read as that hyphenated word: the question is searched as if it said "four-day school week", and its words
 * are one word of the question, as a hyphenated word's are.
 *
 * Only where the corpus has the joined form (`known`), so nothing is joined that no passage writes; the words
 * must be separated by one space (not punctuation), and the longest run wins.
 */
import type { Analyzer } from '../analyzer.js';

/**
 * Fewest passages that must write the hyphenated form: a compound written once may be an incidental adjective
 * ("a two-year follow-up" against "two years on"); one written in several passages is a term of the review.
 */
export const COMPOUND_DF = 2;
/** Most words of an open compound ("out of home"). */
export const COMPOUND_WORDS = 3;

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/**
 * The question with each run of words that the corpus writes hyphenated joined by hyphens (the rest of its
 * text unchanged), or the question itself when there is none.
 */
export function joinOpenCompounds(
  question: string,
  analyzer: Analyzer,
  known: (term: string) => boolean,
): string {
  const tokens = [...question.matchAll(TOKEN)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const joins: { start: number; end: number; text: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (let k = Math.min(COMPOUND_WORDS, tokens.length - i); k >= 2; k--) {
      const run = tokens.slice(i, i + k);
      if (!run.every((t, j) => j === 0 || question.slice((run[j - 1] as typeof t).end, t.start) === ' '))
        continue;
      const hyphenated = run.map((t) => t.text).join('-');
      const joined = analyzer.queryTerms(hyphenated)[0];
      // The joined form is the first term of a hyphenated word, and its raw word has no hyphen.
      if (!joined || joined.raw !== run.map((t) => t.text.toLowerCase()).join('') || !known(joined.term))
        continue;
      joins.push({
        start: (run[0] as (typeof run)[number]).start,
        end: (run.at(-1) as (typeof run)[number]).end,
        text: hyphenated,
      });
      i += k - 1;
      break;
    }
  }
  if (joins.length === 0) return question;
  let out = '';
  let at = 0;
  for (const j of joins) {
    out += question.slice(at, j.start) + j.text;
    at = j.end;
  }
  return out + question.slice(at);
}
