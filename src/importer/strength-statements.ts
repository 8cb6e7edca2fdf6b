/**
 * Finds the sentences in which a review judges its own evidence (GRADE's wordings and the common plain ones),
 * with the heading they stand under and the level they suggest. The importer never decides strength: these
 * become a commented checklist for the owner.
 */
import type { Block } from './blocks.js';

export interface StrengthStatement {
  sentence: string;
  heading: string;
  /** A level of the corpus scale, suggested by the phrase. */
  suggests: 'strong' | 'moderate' | 'limited' | 'insufficient';
  /** The GRADE level the phrase names, when it names one. */
  grade?: 'high' | 'moderate' | 'low' | 'very low' | 'no evidence';
  phrase: string;
  /** The opening words of the block it stands in: a block annotation's `quote` (docs/corpus-format.md). */
  quote: string;
}

type Rule = [RegExp, StrengthStatement['suggests'], StrengthStatement['grade'] | undefined];

/** First matching rule wins: the more specific wordings ("very low") come before the general ones ("low"). */
const RULES: Rule[] = [
  [/\bvery[- ]low[- ](?:certainty|quality|confidence)\b/i, 'insufficient', 'very low'],
  [/\b(?:we are|are|is|remain) (?:very )?uncertain\b|\bvery uncertain\b/i, 'insufficient', 'very low'],
  [/\bcritically low\b/i, 'insufficient', undefined],
  [
    /\bhigh[- ](?:certainty|quality) (?:of )?evidence\b|\bevidence (?:was|is) (?:of )?high[- ](?:certainty|quality)\b/i,
    'strong',
    'high',
  ],
  [/\bmoderate[- ](?:certainty|quality|confidence)\b/i, 'moderate', 'moderate'],
  [/\blow[- ](?:certainty|quality|confidence)\b/i, 'limited', 'low'],
  [
    /\bcertainty (?:of (?:the )?evidence )?(?:was|is|were|as) (?:rated |judged )?(high|moderate|low|very low)\b/i,
    'moderate',
    undefined,
  ],
  [/\bno (?:eligible |included |relevant )?studies\b/i, 'insufficient', 'no evidence'],
  [/\bfew (?:eligible |included |relevant )?studies\b/i, 'insufficient', undefined],
  [/\b(?:insufficient|little|no|lack of|inconclusive) evidence\b/i, 'insufficient', undefined],
  [/\bfirm conclusions?\b|\bcannot draw (?:any )?conclusions?\b/i, 'insufficient', undefined],
  [
    /\bquality of the (?:included )?(?:studies|evidence) (?:was|is|were) (?:rated |judged )?(high|moderate|low|very low)\b/i,
    'moderate',
    undefined,
  ],
  [
    /\b(?:further|more) (?:research|evidence|studies) (?:is|are) (?:needed|required|warranted)\b/i,
    'insufficient',
    undefined,
  ],
  [
    /\b(?:limited|weak|mixed) (?:strength of )?(?:the )?evidence\b|\bstrength of (?:the )?evidence\b[^.]*\blimited\b/i,
    'limited',
    undefined,
  ],
  [/\bstrong evidence\b|\brobust evidence\b/i, 'strong', undefined],
  [/\bcaution (?:must|should) be taken\b|\binterpreted with caution\b/i, 'limited', undefined],
];

const GRADE_OF: Record<string, StrengthStatement['suggests']> = {
  high: 'strong',
  moderate: 'moderate',
  low: 'limited',
  'very low': 'insufficient',
};

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

function opening(text: string): string {
  return text.replace(/\s+/g, ' ').trim().split(' ').slice(0, 8).join(' ');
}

function judge(sentence: string): Omit<StrengthStatement, 'sentence' | 'heading' | 'quote'> | undefined {
  for (const [re, suggests, grade] of RULES) {
    const m = re.exec(sentence);
    if (!m) continue;
    const named = m[1]?.toLowerCase();
    if (named && GRADE_OF[named]) {
      return { suggests: GRADE_OF[named], grade: named as StrengthStatement['grade'] & string, phrase: m[0] };
    }
    return grade ? { suggests, grade, phrase: m[0] } : { suggests, phrase: m[0] };
  }
  return undefined;
}

const CERTAINTY_COLUMN = /certainty|quality of (?:the )?evidence|\bGRADE\b|confidence/i;
const GRADE_CELL = /\b(very low|low|moderate|high)\b/i;

/** A findings table's certainty column: each row's certainty in the review's own words. */
function tableStatements(t: Extract<Block, { kind: 'table' }>, heading: string): StrengthStatement[] {
  const col = t.header.findIndex((h) => CERTAINTY_COLUMN.test(h));
  if (col < 0) return [];
  const out: StrengthStatement[] = [];
  for (const row of t.rows) {
    const cell = row[col] ?? '';
    const named = GRADE_CELL.exec(cell)?.[1]?.toLowerCase();
    const suggests = named ? GRADE_OF[named] : undefined;
    if (!named || !suggests) continue;
    out.push({
      sentence: row.join(' | '),
      heading: t.caption ?? heading,
      suggests,
      grade: named as StrengthStatement['grade'] & string,
      phrase: `${t.header[col]}: ${cell}`,
      quote: opening(row[0] ?? ''),
    });
  }
  return out;
}

export function findStrengthStatements(blocks: Block[]): StrengthStatement[] {
  const out: StrengthStatement[] = [];
  let heading = '(before the first heading)';
  const visit = (list: Block[]) => {
    for (const b of list) {
      if (b.kind === 'heading') {
        heading = b.text;
        const j = judge(b.text);
        if (j) out.push({ sentence: b.text, heading, quote: '', ...j });
      } else if (b.kind === 'box') {
        const outer = heading;
        heading = b.title || heading;
        visit(b.blocks);
        heading = outer;
      } else if (b.kind === 'table') {
        out.push(...tableStatements(b, heading));
      } else if (b.kind === 'paragraph' || b.kind === 'list-item') {
        for (const { segment } of segmenter.segment(b.text)) {
          const sentence = segment.trim();
          const j = judge(sentence);
          if (j) out.push({ sentence, heading, quote: opening(b.text), ...j });
        }
      }
    }
  };
  visit(blocks);
  return out;
}
