/**
 * Question facets: what a question asks for that its own words do not name. "How sure are the authors that
 * X works?" asks for the review's judgement of its evidence, which the review writes as "certainty",
 * "confidence", "risk of bias", "imprecision" — words the asker did not use. A facet is recognised in general
 * English (analyse.ts) and its trigger word ("sure") is then expanded (expand.ts) into the field's standard
 * vocabulary for that judgement, like a synonym: in the trigger word's group, below the asker's own words,
 * never stacking.
 *
 * The vocabulary is the field's, not any review's: the GRADE Working Group's certainty levels and reasons
 * for downgrading (risk of bias, inconsistency, indirectness, imprecision, publication bias), AMSTAR 2's
 * confidence ratings, umbrella reviews' credibility classes, and the prose of narrative reviews ("limited",
 * "caution"), as ../shared/guides/evidence-strength.md lists them.
 *
 * "How many studies / pupils …" asks for a count: its noun is expanded into the noun's counted term, which
 * the analyzer indexes wherever the text gives a number of it ("86 studies", "17,950 students").
 */

export type FacetKind = 'certainty' | 'count';

export interface Facet {
  kind: FacetKind;
  /** The raw word of the question that asks for the facet (its word group carries the facet's terms). */
  trigger: string;
}

/** The field's words for how strong a body of evidence is. */
export const CERTAINTY_VOCABULARY: readonly string[] = [
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
];

/** The credit of a facet term (as a WordNet synonym's: below the asker's own word). */
export const FACET_CREDIT = 0.6;

const JUDGEMENT =
  'sure|confident|certain|reliable|robust|strong|good|solid|trustworthy|convincing|believable|firm|rigorous|sound';
const OF_EVIDENCE =
  'evidence|findings?|results?|studies|study|research|conclusions?|trials?|reviews?|meta-analys[ie]s|data';
/** "how sure/confident/reliable …", "can we trust/believe/rely on …", "the quality/strength of the evidence". */
const CERTAINTY_ASKED = [
  new RegExp(`\\bhow (${JUDGEMENT})\\b`, 'i'),
  /\b(?:can|could|should) (?:we|i|you|they|one|people) (trust|believe|rely)\b/i,
  new RegExp(
    `\\b(certainty|confidence|quality|strength|reliability|robustness|rigou?r|trustworthiness)\\b (?:of|in) (?:the |these |their |this |its )?(?:\\w+ ){0,2}(?:${OF_EVIDENCE})\\b`,
    'i',
  ),
  new RegExp(`\\b(?:${OF_EVIDENCE}) (?:is|are|was|were) (?:\\w+ )?(${JUDGEMENT})\\b`, 'i'),
];

/** "how many (of the) X (Y)", "what/the number of X": X, or Y when X is its modifier ("how many young people"). */
const COUNT_ASKED =
  /\b(?:how many|(?:what|the|total) number of)\s+(?:of\s+(?:the\s+)?)?([\p{L}-]+)(?:\s+([\p{L}-]+))?/iu;

/** The facets a question asks for, each with the word that asks. */
export function facetsOf(question: string): Facet[] {
  const out: Facet[] = [];
  for (const re of CERTAINTY_ASKED) {
    const m = re.exec(question);
    if (m?.[1]) {
      out.push({ kind: 'certainty', trigger: m[1].toLowerCase() });
      break;
    }
  }
  const count = COUNT_ASKED.exec(question);
  for (const w of [count?.[1], count?.[2]]) if (w) out.push({ kind: 'count', trigger: w.toLowerCase() });
  return out;
}
