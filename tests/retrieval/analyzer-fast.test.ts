/**
 * The analyzer's fast paths change nothing it returns (analyzer.ts): its caches of words and parts, its ASCII
 * reader (character codes instead of the Unicode regular expression and NFKC) and its thesaurus trie give the
 * same terms, in the same order, as the analyzer before them (analyzer-reference.ts, kept verbatim), and ASCII
 * text gives the same terms whether it is read by the ASCII reader or by the Unicode path.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadThesaurus } from '../../src/corpus/thesaurus.js';
import type { ThesaurusData } from '../../src/corpus/types.js';
import { type Analyzer, createAnalyzer } from '../../src/retrieval/analyzer.js';
import { createReferenceAnalyzer } from './analyzer-reference.js';

let thesaurus: ThesaurusData;
let fast: Analyzer;
let reference: ReturnType<typeof createReferenceAnalyzer>;

beforeAll(async () => {
  thesaurus = await loadThesaurus('corpus/thesaurus.yml');
  fast = createAnalyzer(thesaurus);
  reference = createReferenceAnalyzer(thesaurus);
});

/** A non-ASCII character that is no part of any word: appended, it sends the text down the Unicode path. */
const UNICODE_TAIL = ' —';

const CASES = [
  '',
  'Joined-up working between multi-agency teams improved outcomes for looked-after children.',
  'Eighty-six studies (n = 17,950 students) reported 35 primary studies; twelve RCTs, 4 pupils.',
  "The children's services' co-location, the families' homes, it's the U.K., e.g. i.e. a b c.",
  'Systems-level change in high income countries; ORGANIZATION, organisation, Organized behavior.',
  "Back`ticks `quoted` words and don`t, plus apostrophes: don't, o'clock, rock-'n'-roll, x-ray's.",
  'Trailing hyphens- and -leading ones, double--hyphens, a-b-c-d, 1-2-3, covid-19, 2019-20.',
  'Curly ‘quotes’ and children’s services’ outcomes, café, naïve, ﬁnance, Ｆｕｌｌｗｉｄｔｈ, Straße.',
  "Only curly quotes: the children’s and parents’ views, ‘co-location’, don’t, ’tis, it’s the family’s ‘own’ home'’.",
  'Quotes next to hyphens and digits: ’-’ a’-b c-’d 1’2 x’’y ‘‘z’’ CHILDREN’S Parents’ ‘ ’',
  'İstanbul and the Kelvin sign K, ⅻ roman numerals, ² superscripts, ½ fractions, µ micro.',
  'Tabs\tand\nnewlines\r\nand form\ffeeds\vand NUL\u0000 separators; ALL CAPS TEXT; MiXeD cAsE.',
  'parents parenting parental support, early intervention, kinship care, home visiting programmes',
  'lying lies sold taught led written data criteria analyses people women men',
  'constructor toString hasOwnProperty __proto__ valueOf prototype',
  'A&E and M&E, R&D, LARS&LISA, AT&T, Tom & Jerry, a&&b, &e, x&-y, Q&A’s, ｒ＆ｄ, é&è',
  'A & E, Q & A’s, R & D & I, A &E, A& E, a & b-c, x & 2, é & è, Tom & J, J & Tom, A\t&\tE',
];

const both = (text: string) => ({
  analyze: fast.analyze(text),
  queryTerms: fast.queryTerms(text),
  isGeneric: fast.analyze(text).map((t) => fast.isGeneric(t)),
});
const bothReference = (text: string) => ({
  analyze: reference.analyze(text),
  queryTerms: reference.queryTerms(text),
  isGeneric: reference.analyze(text).map((t) => reference.isGeneric(t)),
});

/** Words and separators that the random texts are made of: thesaurus entries, their parts, and awkward ones. */
function vocabulary(): string[] {
  const entries = thesaurus.groups.flat();
  const parts = entries.flatMap((e) => e.split(/[\s-]+/));
  return [
    ...entries,
    ...parts,
    ...entries.map((e) => e.toUpperCase()),
    ...thesaurus.generic,
    'children',
    "children's",
    'parents’',
    'co-location',
    'systems-level',
    'e.g.',
    'U.K.',
    '86',
    'twelve',
    'thousands',
    '17,950',
    'café',
    'ﬁnance',
    'Ｆｕｌｌ',
    'naïve',
    'organization',
    'behavior',
    'a',
    'I',
    'x',
  ];
}
const SEPARATORS = [
  ' ',
  ' ',
  ' ',
  '-',
  "'",
  '`',
  '’',
  '‘',
  ', ',
  '. ',
  '\n',
  ' — ',
  '(',
  ')',
  '--',
  "'s ",
  's’ ',
];

describe('analyzer fast paths', () => {
  it('give the reference analysis of hand-picked texts (ASCII, Unicode, hyphens, possessives, phrases)', () => {
    for (const text of CASES) expect(both(text), text).toEqual(bothReference(text));
  });

  it('read ASCII text (and curly single quotes) as the Unicode path reads it', () => {
    for (const text of CASES) {
      if (/[^\t\n\r -~‘’]/.test(text)) continue;
      expect(fast.analyze(text), text).toEqual(fast.analyze(text + UNICODE_TAIL));
      expect(fast.queryTerms(text), text).toEqual(fast.queryTerms(text + UNICODE_TAIL));
    }
  });

  it('give the reference analysis of random mixes of thesaurus phrases, words and separators', () => {
    const words = vocabulary();
    const text = fc
      .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...SEPARATORS)), { maxLength: 40 })
      .map((xs) => xs.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(both(t)).toEqual(bothReference(t));
        expect(fast.analyze(t)).toEqual(fast.analyze(t + UNICODE_TAIL));
      }),
      { numRuns: 400 },
    );
  });

  it('give the reference analysis of random characters', () => {
    const chars = fc.constantFrom(..."abcdeisyz019 -'`’‘.,é\u00adﬁＡK\tZ".split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }), (cs) => {
        const t = cs.join('');
        expect(both(t)).toEqual(bothReference(t));
      }),
      { numRuns: 400 },
    );
  });

  it('give the reference analysis of random ASCII characters (upper case, backticks, hyphens, apostrophes)', () => {
    const chars = fc.constantFrom(..."aAbBeEiIsSyYzZ019 -'`.,\t\n".split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }), (cs) => {
        const t = cs.join('');
        expect(both(t)).toEqual(bothReference(t));
      }),
      { numRuns: 400 },
    );
  });

  it('give the same analysis while their caches fill and are cleared, and once they are forgotten', () => {
    const tiny = createAnalyzer(thesaurus, { cacheLimit: 3 });
    for (const text of CASES) expect(tiny.analyze(text), text).toEqual(reference.analyze(text));
    for (const text of CASES) expect(tiny.queryTerms(text), text).toEqual(reference.queryTerms(text));
    fast.forget();
    for (const text of CASES) expect(fast.analyze(text), text).toEqual(reference.analyze(text));
    const words = vocabulary();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }), (ws) => {
        const t = ws.join(' ');
        expect(tiny.analyze(t)).toEqual(reference.analyze(t));
      }),
      { numRuns: 200 },
    );
  });
});
