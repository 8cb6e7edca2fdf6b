/** Strength annotations: nearest annotated heading wins, else the review-level default; 'about' sections. */
import { describe, expect, it } from 'vitest';
import { ABOUT_STRENGTH_CAVEAT, annotate } from '../../src/corpus/strength.js';
import type { SectionAnnotation, Strength } from '../../src/corpus/types.js';
import { DEFAULT_CAVEAT, one, paragraph } from './helpers.js';

const DEFAULT: Strength = { level: 'moderate', caveat: 'default caveat', basis: 'Quality' };
const LIMITED: Strength = { level: 'limited', caveat: 'limited caveat', basis: 'Outcomes' };
const NONE: Strength = { level: 'insufficient', caveat: 'no evidence', basis: 'Rights' };
const ABOUT: Strength = { level: 'not_assessed', caveat: ABOUT_STRENGTH_CAVEAT, basis: 'about this review' };

const SECTIONS: SectionAnnotation[] = [
  { heading: 'Outcomes', role: 'finding', strength: LIMITED },
  { heading: 'Rights', role: 'finding', strength: NONE },
  { heading: 'Method', role: 'about' },
  { heading: 'Plain', role: 'finding' },
];

describe('annotate', () => {
  it('uses the default for a finding under no annotated heading', () => {
    expect(annotate(['What we found', 'Other'], SECTIONS, DEFAULT, 'about')).toEqual({
      role: 'finding',
      strength: DEFAULT,
    });
  });

  it('uses an annotated heading’s override for its own text and for its sub-sections', () => {
    expect(annotate(['Outcomes'], SECTIONS, DEFAULT, 'about').strength).toBe(LIMITED);
    expect(annotate(['Outcomes', 'Long-term'], SECTIONS, DEFAULT, 'about').strength).toBe(LIMITED);
  });

  it('lets the nearest annotated heading win', () => {
    expect(annotate(['Outcomes', 'Rights'], SECTIONS, DEFAULT, 'about').strength).toBe(NONE);
    expect(annotate(['Rights', 'Outcomes', 'Detail'], SECTIONS, DEFAULT, 'about').strength).toBe(LIMITED);
  });

  it('falls through a role-only annotation to an outer strength, or the default', () => {
    expect(annotate(['Outcomes', 'Plain'], SECTIONS, DEFAULT, 'about')).toEqual({
      role: 'finding',
      strength: LIMITED,
    });
    expect(annotate(['Plain'], SECTIONS, DEFAULT, 'about').strength).toBe(DEFAULT);
  });

  it('gives "about" sections, and everything under them, not_assessed with the fixed caveat', () => {
    expect(annotate(['Method'], SECTIONS, DEFAULT, 'finding')).toEqual({ role: 'about', strength: ABOUT });
    expect(annotate(['Method', 'Search'], SECTIONS, DEFAULT, 'finding')).toEqual({
      role: 'about',
      strength: ABOUT,
    });
  });

  it('a finding nested under an about section is a finding again', () => {
    expect(annotate(['Method', 'Outcomes'], SECTIONS, DEFAULT, 'about')).toEqual({
      role: 'finding',
      strength: LIMITED,
    });
  });

  it('gives text before the first heading the preamble role', () => {
    expect(annotate([], SECTIONS, DEFAULT, 'about')).toEqual({ role: 'about', strength: ABOUT });
    expect(annotate([], SECTIONS, DEFAULT, 'finding')).toEqual({ role: 'finding', strength: DEFAULT });
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
    expect(found?.strength).toEqual({
      level: 'moderate',
      caveat: DEFAULT_CAVEAT,
      basis: 'How strong is the evidence',
    });
    expect(outcomes?.strength).toEqual({
      level: 'limited',
      caveat: 'Few long-term studies.',
      basis: 'Outcomes',
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
