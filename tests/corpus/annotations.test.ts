/**
 * Strength on the review's own scale (GRADE built in, declared scales), block annotations by quote (paragraph,
 * list item, table row), nearest wins (block, section, default), the assessment role, headings in bulk, and
 * the faults each of them reports, word for word.
 */
import { describe, expect, it } from 'vitest';
import { ABOUT_STRENGTH_CAVEAT, ASSESSMENT_STRENGTH_CAVEAT } from '../../src/corpus/strength.js';
import type { Passage } from '../../src/corpus/types.js';
import { one, problems, type ReviewOptions, review } from './helpers.js';

/** 1-based line in the file of the first line containing `text`. */
const lineOf = (o: ReviewOptions, text: string) =>
  review(o)
    .split('\n')
    .findIndex((l) => l.includes(text)) + 1;

const byStart = (passages: Passage[], opening: string) => passages.find((p) => p.text.startsWith(opening));

const KEY_MESSAGES = [
  '## Key messages',
  '',
  '- Lay health workers probably increase the number of children who are immunised.',
  '- Lay health workers may make little or no difference to breastfeeding.',
  '- It is uncertain whether lay health workers reduce child deaths.',
  '',
  '## About the certainty of the evidence (GRADE)',
  '',
  'We judged the certainty of each finding with GRADE.',
  '',
  '## Who made this summary',
  '',
  'The SUPPORT collaboration.',
  '',
  '## Funding',
  '',
  'Nobody paid for it.',
].join('\n');

const GRADE_BLOCKS = [
  '  scale: grade',
  '  blocks:',
  '    - quote: Lay health workers probably increase',
  '      level: moderate',
  '      caveat: Moderate certainty, says the summary.',
  '      basis: About the certainty of the evidence (GRADE)',
  '    - quote: "It is uncertain whether"',
  '      level: very_low',
  '      caveat: Very low certainty, says the summary.',
  '      basis: About the certainty of the evidence (GRADE)',
].join('\n');

const SECTIONS = [
  '    - heading: about the certainty of the evidence (grade)',
  '      role: assessment',
  '    - headings: [Who made this summary, Funding]',
  '      role: about',
].join('\n');

describe('GRADE and block annotations', () => {
  const o: ReviewOptions = {
    body: KEY_MESSAGES,
    level: 'low',
    basis: 'About the certainty of the evidence (GRADE)',
    sections: SECTIONS,
    strength: GRADE_BLOCKS,
  };

  it('gives each annotated list item its own passage and strength; the rest takes the default', () => {
    const { passages } = one(o);
    const probably = byStart(passages, '- Lay health workers probably');
    const may = byStart(passages, '- Lay health workers may');
    const uncertain = byStart(passages, '- It is uncertain');
    expect(probably?.text).toBe(
      '- Lay health workers probably increase the number of children who are immunised.',
    );
    expect(probably?.strength).toMatchObject({
      level: 'moderate',
      scale: 'grade',
      scaleName: 'GRADE',
      scaleLevel: 'moderate',
      words: 'Moderate certainty (GRADE)',
      caveat: 'Moderate certainty, says the summary.',
      from: {
        kind: 'block',
        annotation: 'Lay health workers probably increase',
        line: lineOf(o, 'quote: Lay'),
      },
    });
    expect(may?.strength).toMatchObject({
      level: 'limited',
      scaleLevel: 'low',
      words: 'Low certainty (GRADE)',
      from: { kind: 'default', annotation: 'strength.default' },
    });
    expect(uncertain?.strength).toMatchObject({
      level: 'insufficient',
      scaleLevel: 'very_low',
      words: 'Very low certainty (GRADE)',
    });
  });

  it("gives the review's assessment of its evidence a role and caveat of its own; headings in bulk", () => {
    const { passages } = one(o);
    const assessment = byStart(passages, 'We judged');
    expect(assessment?.role).toBe('assessment');
    expect(assessment?.headingPath).toEqual(['About the certainty of the evidence (GRADE)']);
    expect(assessment?.strength).toMatchObject({
      level: 'not_assessed',
      caveat: ASSESSMENT_STRENGTH_CAVEAT,
      from: { kind: 'role', annotation: 'About the certainty of the evidence (GRADE)' },
    });
    for (const opening of ['The SUPPORT', 'Nobody paid']) {
      expect(byStart(passages, opening)?.role).toBe('about');
      expect(byStart(passages, opening)?.strength.caveat).toBe(ABOUT_STRENGTH_CAVEAT);
    }
  });

  it('lets a block annotation win over its section, and a section over the default', () => {
    const body = ['## Results', '', 'Alpha finding text here.', '', 'Beta finding text here.'].join('\n');
    const sections = [
      '    - heading: Results',
      '      level: high',
      '      caveat: Section caveat.',
      '      basis: Results',
    ].join('\n');
    const strength = [
      '  scale: grade',
      '  blocks:',
      '    - quote: Beta finding',
      '      level: very_low',
      '      caveat: Block caveat.',
      '      basis: Results',
    ].join('\n');
    const { passages } = one({ body, sections, strength, level: 'low' });
    expect(passages.map((p) => [p.text, p.strength.scaleLevel, p.strength.from.kind])).toEqual([
      ['Alpha finding text here.', 'high', 'section'],
      ['Beta finding text here.', 'very_low', 'block'],
    ]);
  });

  it('a block annotation can give a role: about text inside a findings section', () => {
    const body = ['## Results', '', 'A finding.', '', 'Contact us at the centre.'].join('\n');
    const strength = ['  blocks:', '    - quote: Contact us', '      role: about'].join('\n');
    const { passages } = one({ body, strength });
    expect(passages.map((p) => [p.text, p.role])).toEqual([
      ['A finding.', 'finding'],
      ['Contact us at the centre.', 'about'],
    ]);
  });
});

describe('declared scales', () => {
  const front = [
    'scales:',
    '  - id: eef-padlocks',
    '    name: EEF padlocks',
    '    levels:',
    '      - { id: "5", words: "5 padlocks (EEF)", common: strong }',
    '      - { id: "3", words: "3 padlocks (EEF)", common: moderate }',
    '      - { id: "1", words: "1 padlock (EEF)", common: insufficient }',
  ].join('\n');

  it('maps a level of the review’s own scale onto the common order, keeping its words', () => {
    const { passages } = one({
      body: '## Impact\n\nPupils made progress.',
      front,
      level: '"3"',
      strength: '  scale: eef-padlocks',
    });
    expect(passages[0]?.strength).toMatchObject({
      level: 'moderate',
      scale: 'eef-padlocks',
      scaleName: 'EEF padlocks',
      scaleLevel: '3',
      words: '3 padlocks (EEF)',
    });
  });

  it('reports a level that is not on the scale, and an unknown scale, naming the levels', () => {
    const o = {
      body: '## Impact\n\nPupils made progress.',
      front,
      level: '"4"',
      strength: '  scale: eef-padlocks',
    };
    expect(problems(o)).toEqual([
      `test.md:${lineOf(o, 'level: "4"')}: strength.default.level: "4" is not a level of scale "eef-padlocks" (use one of: 5, 3, 1, not_assessed)`,
    ]);
    const u = { body: '## Impact\n\nText.', strength: '  scale: padlocks' };
    expect(problems(u)).toEqual([
      `test.md:${lineOf(u, 'scale: padlocks')}: strength.scale: unknown scale "padlocks" (known: five-level, grade; declare yours under "scales")`,
    ]);
  });

  it('rejects a scale whose common order rises down its list', () => {
    const bad = front
      .replace('common: moderate', 'common: strong')
      .replace('common: strong }', 'common: limited }');
    const o = { body: '## Impact\n\nText.', front: bad, level: '"3"', strength: '  scale: eef-padlocks' };
    expect(problems(o)).toEqual([
      `test.md:${lineOf(o, 'id: "3"')}: scales[0].levels[1].common: levels are listed strongest first: the common order must not rise down the list`,
    ]);
  });
});

describe('annotation faults', () => {
  const body = ['## Results', '', 'Alpha finding text here.', '', 'Alpha finding again, said twice.'].join(
    '\n',
  );

  it('an unmatched quote names the nearest openings with their lines', () => {
    const strength = ['  blocks:', '    - quote: Alfa findin', '      role: about'].join('\n');
    const o = { body, strength };
    expect(problems(o)).toEqual([
      `test.md:${lineOf(o, 'quote: Alfa')}: strength.blocks[0].quote: quote "Alfa findin" opens no paragraph, list item or table row; nearest: line ${lineOf(o, 'Alpha finding text')}: "alpha finding text here."; line ${lineOf(o, 'Alpha finding again')}: "alpha finding again, said twice."`,
    ]);
  });

  it('an ambiguous quote lists the lines of every block it opens', () => {
    const strength = ['  blocks:', '    - quote: Alpha finding', '      role: about'].join('\n');
    const o = { body, strength };
    expect(problems(o)).toEqual([
      `test.md:${lineOf(o, 'quote: Alpha')}: strength.blocks[0].quote: quote "Alpha finding" opens 2 blocks (lines ${lineOf(o, 'Alpha finding text')}, ${lineOf(o, 'Alpha finding again')}): quote more words`,
    ]);
  });

  it('a basis that names no heading of the body is an error', () => {
    const o = { body, basis: 'Quality of the evidence' };
    expect(problems(o)).toEqual([
      `test.md:${lineOf(o, 'basis: "Quality')}: strength.default.basis: basis "Quality of the evidence" names no heading of the body: name the section (or table) where the review makes this judgement`,
    ]);
  });

  it('heading matching ignores case and quote style; a near miss gets "did you mean"', () => {
    const b = '## Children’s “voice” matters\n\nText of it.\n\n## Method\n\nHow.';
    const ok = one({
      body: b,
      sections: `    - heading: "children's \\"VOICE\\" matters"\n      role: about`,
    });
    expect(ok.passages[0]?.role).toBe('about');
    expect(ok.passages[0]?.headingPath).toEqual(['Children’s “voice” matters']);
    const o = { body: b, sections: '    - heading: Methods\n      role: about' };
    expect(problems(o)).toEqual([
      `test.md:${lineOf(o, 'heading: Methods')}: strength.sections[0].heading: no heading "Methods" in the body (did you mean "Method"?)`,
    ]);
  });

  it('a pattern must match a heading; it annotates every heading it matches', () => {
    const b = '## Box 1: Who\n\nA.\n\n## Box 2: Why\n\nB.\n\n## Results\n\nC.';
    const { passages } = one({ body: b, sections: '    - pattern: "^box \\\\d"\n      role: about' });
    expect(passages.map((p) => p.role)).toEqual(['about', 'about', 'finding']);
    const o = { body: b, sections: '    - pattern: "^Panel"\n      role: about' };
    expect(problems(o)).toEqual([
      `test.md:${lineOf(o, 'pattern:')}: strength.sections[0].pattern: pattern "^Panel" matches no heading of the body`,
    ]);
  });

  it('an assessment section takes no strength of its own', () => {
    const o = {
      body,
      sections:
        '    - heading: Results\n      role: assessment\n      level: limited\n      caveat: c\n      basis: Results',
    };
    expect(problems(o)).toEqual([
      `test.md:${lineOf(o, 'level: limited')}: strength.sections[0].level: a section with role "assessment" is the review's assessment of its evidence, not a finding: give it no strength`,
    ]);
  });
});
