/** Strength annotations: nearest annotated heading wins, else the review-level default; 'about' sections. */
import { describe, expect, it } from 'vitest';
import { strengthOf } from '../../src/corpus/annotations.js';
import { FIVE_LEVEL } from '../../src/corpus/scales.js';
import { ABOUT_STRENGTH_CAVEAT, type AnnotationSet, annotate } from '../../src/corpus/strength.js';
import type { SectionAnnotation, SectionRole, Strength, StrengthLevel } from '../../src/corpus/types.js';
import { DEFAULT_CAVEAT, one, paragraph } from './helpers.js';

const st = (level: StrengthLevel, caveat: string, basis: string): Strength =>
  strengthOf(FIVE_LEVEL, level, caveat, basis, { kind: 'section', annotation: basis, line: 1 });
const DEFAULT: Strength = st('moderate', 'default caveat', 'Quality');
const LIMITED: Strength = st('limited', 'limited caveat', 'Outcomes');
const NONE: Strength = st('insufficient', 'no evidence', 'Rights');
const ABOUT = { level: 'not_assessed', caveat: ABOUT_STRENGTH_CAVEAT, basis: 'about this review' };

const SECTIONS: SectionAnnotation[] = [
  { heading: 'Outcomes', role: 'finding', strength: LIMITED, line: 1 },
  { heading: 'Rights', role: 'finding', strength: NONE, line: 2 },
  { heading: 'Method', role: 'about', line: 3 },
  { heading: 'Plain', role: 'finding', line: 4 },
];
const set = (preambleRole: SectionRole): AnnotationSet => ({
  scale: FIVE_LEVEL,
  sections: SECTIONS,
  defaultStrength: DEFAULT,
  preambleRole,
  preambleLine: 1,
});

describe('annotate', () => {
  it('uses the default for a finding under no annotated heading', () => {
    expect(annotate(['What we found', 'Other'], set('about'))).toEqual({
      role: 'finding',
      strength: DEFAULT,
    });
  });

  it('uses an annotated heading’s override for its own text and for its sub-sections', () => {
    expect(annotate(['Outcomes'], set('about')).strength).toBe(LIMITED);
    expect(annotate(['Outcomes', 'Long-term'], set('about')).strength).toBe(LIMITED);
  });

  it('lets the nearest annotated heading win', () => {
    expect(annotate(['Outcomes', 'Rights'], set('about')).strength).toBe(NONE);
    expect(annotate(['Rights', 'Outcomes', 'Detail'], set('about')).strength).toBe(LIMITED);
  });

  it('falls through a role-only annotation to an outer strength, or the default', () => {
    expect(annotate(['Outcomes', 'Plain'], set('about'))).toEqual({
      role: 'finding',
      strength: LIMITED,
    });
    expect(annotate(['Plain'], set('about')).strength).toBe(DEFAULT);
  });

  it('gives "about" sections, and everything under them, not_assessed with the fixed caveat', () => {
    expect(annotate(['Method'], set('finding'))).toMatchObject({ role: 'about', strength: ABOUT });
    expect(annotate(['Method', 'Search'], set('finding'))).toMatchObject({
      role: 'about',
      strength: ABOUT,
    });
  });

  it('a finding nested under an about section is a finding again', () => {
    expect(annotate(['Method', 'Outcomes'], set('about'))).toEqual({
      role: 'finding',
      strength: LIMITED,
    });
  });

  it('gives text before the first heading the preamble role', () => {
    expect(annotate([], set('about'))).toMatchObject({ role: 'about', strength: ABOUT });
    expect(annotate([], set('finding'))).toEqual({ role: 'finding', strength: DEFAULT });
  });
});

describe('strength of loaded passages', () => {
  const sections = [
    '    - heading: Method',
    '      role: about',
    '    - heading: Outcomes',
    '      level: limited',
    '      caveat: Few long-term studies.',
    '      basis: Outcomes',
    '    - heading: Older children',
    '      level: not_assessed',
    '      caveat: The review makes no judgement on this.',
    '      basis: Older children',
  ].join('\n');
  const body = [
    '',
    paragraph([12], 'pre'),
    '',
    '## Method',
    '',
    paragraph([12], 'm'),
    '',
    '## What we found',
    '',
    paragraph([12], 'w'),
    '',
    '### Outcomes',
    '',
    paragraph([12], 'o'),
    '',
    '#### In the long term',
    '',
    paragraph([12], 'l'),
    '',
    '### Older children',
    '',
    paragraph([12], 'c'),
    '',
  ].join('\n');

  it('follows the front matter through the heading path', () => {
    const { passages } = one({ body, sections });
    expect(passages.map((p) => [p.headingPath.at(-1) ?? '(preamble)', p.role, p.strength.level])).toEqual([
      ['(preamble)', 'about', 'not_assessed'],
      ['Method', 'about', 'not_assessed'],
      ['What we found', 'finding', 'moderate'],
      ['Outcomes', 'finding', 'limited'],
      ['In the long term', 'finding', 'limited'],
      ['Older children', 'finding', 'not_assessed'],
    ]);
    const [pre, method, found, outcomes, longTerm, older] = passages;
    expect(pre?.strength.caveat).toBe(ABOUT_STRENGTH_CAVEAT);
    expect(method?.strength.caveat).toBe(ABOUT_STRENGTH_CAVEAT);
    expect(found?.strength).toMatchObject({
      level: 'moderate',
      caveat: DEFAULT_CAVEAT,
      basis: 'Method',
      scale: 'five-level',
      words: 'moderate',
      from: { kind: 'default', annotation: 'strength.default' },
    });
    expect(outcomes?.strength).toMatchObject({
      level: 'limited',
      caveat: 'Few long-term studies.',
      basis: 'Outcomes',
      from: { kind: 'section', annotation: 'Outcomes' },
    });
    expect(longTerm?.strength).toEqual(outcomes?.strength);
    expect(older?.strength.caveat).toBe('The review makes no judgement on this.');
  });

  it('preamble_role: finding makes the text before the first heading a finding with the default', () => {
    const [pre] = one({ body, sections, preambleRole: 'finding' }).passages;
    expect(pre?.role).toBe('finding');
    expect(pre?.strength.caveat).toBe(DEFAULT_CAVEAT);
  });
});
