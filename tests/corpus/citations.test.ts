/** Inline author–year citations resolved to the document's own references. */
import { describe, expect, it } from 'vitest';
import { editDistance, findCitations } from '../../src/corpus/citations.js';
import type { Reference } from '../../src/corpus/types.js';
import { one, review } from './helpers.js';

const ref = (key: string, year: number, author: Reference['csl']['author']): Reference => ({
  key,
  csl: { id: key, type: 'book', title: `Title of ${key}`, author, issued: { 'date-parts': [[year]] } },
  formatted: `formatted ${key}`,
});

const REFS: Reference[] = [
  ref('feeley2021', 2021, [{ family: 'Feeley', given: 'D.' }]),
  ref('fixsen2019', 2019, [
    { family: 'Fixsen', given: 'D. L.' },
    { family: 'Blase', given: 'K. A.' },
  ]),
  ref('icr2020', 2020, [{ literal: 'Independent Care Review' }]),
  ref('adams2001', 2001, [{ family: 'Adams' }]),
  ref('brown2002', 2002, [{ family: 'Brown' }, { family: 'Clark' }]),
  ref('li2015', 2015, [{ family: 'Li' }]),
  ref('samhsa2021', 2021, [{ literal: 'Substance Abuse and Mental Health Services Administration' }]),
  ref('strahl2020', 2020, [{ family: 'Strahl' }, { family: 'van Breda' }, { family: 'Mann-Feder' }]),
  ref('wong2014', 2014, [{ family: 'Wong' }, { family: 'Lee' }, { family: 'Chan' }]),
];

const keys = (text: string) => findCitations(text, REFS).map((c) => [c.text, c.key]);

describe('findCitations', () => {
  it('resolves a parenthetical citation', () => {
    expect(keys('It was recommended (Feeley, 2021) in Scotland.')).toEqual([
      ['(Feeley, 2021)', 'feeley2021'],
    ]);
  });

  it('resolves the source’s misspelt "(Fixen and Blase, 2019)" to fixsen2019', () => {
    expect(keys('measured in years (Fixen and Blase, 2019).')).toEqual([
      ['(Fixen and Blase, 2019)', 'fixsen2019'],
    ]);
  });

  it('resolves a narrative citation of an organisation, with its name as the citation text', () => {
    expect(keys('its commitment to Keep the Promise of the Independent Care Review (2020).')).toEqual([
      ['Independent Care Review (2020)', 'icr2020'],
    ]);
    expect(keys('As Feeley (2021) put it, change is needed.')).toEqual([['Feeley (2021)', 'feeley2021']]);
  });

  it('resolves every part of a long multi-citation (ten parts, over 200 characters)', () => {
    // as in the HEDCO anxiety review, where such a bracket had been skipped whole
    const parts = Array.from(
      { length: 10 },
      () => 'Adams, 2001; Fixsen et al., 2019; Brown and Clark, 2002',
    ).join('; ');
    const found = findCitations(`based on earlier reviews (${parts}).`, REFS);
    expect(found).toHaveLength(30);
    expect(new Set(found.map((c) => c.key))).toEqual(new Set(['adams2001', 'fixsen2019', 'brown2002']));
  });

  it('resolves every part of a multi-citation', () => {
    const found = findCitations('Both agree (Adams, 2001; Brown and Clark, 2002).', REFS);
    expect(found.map((c) => c.key)).toEqual(['adams2001', 'brown2002']);
    for (const c of found) expect(c.text).toBe('(Adams, 2001; Brown and Clark, 2002)');
  });

  it('accepts "et al.", "&", no comma, page numbers… and a year suffix', () => {
    expect(keys('(Fixsen et al., 2019)')).toEqual([['(Fixsen et al., 2019)', 'fixsen2019']]);
    expect(keys('(Fixsen & Blase 2019)')).toEqual([['(Fixsen & Blase 2019)', 'fixsen2019']]);
    expect(keys('(see Feeley, 2021a)')).toEqual([['(see Feeley, 2021a)', 'feeley2021']]);
  });

  it('tolerates exactly one wrong, missing or extra letter', () => {
    expect(keys('(Feelay, 2021)')[0]?.[1]).toBe('feeley2021'); // substituted
    expect(keys('(Feely, 2021)')[0]?.[1]).toBe('feeley2021'); // missing
    expect(keys('(Feeeley, 2021)')[0]?.[1]).toBe('feeley2021'); // extra
    expect(keys('(Fealay, 2021)')[0]?.[1]).toBeUndefined(); // two letters wrong
    expect(keys('(Fixen and Blase, 2018)')[0]?.[1]).toBeUndefined(); // right name, wrong year
  });

  it('requires an exact match for names shorter than four letters', () => {
    expect(keys('(Li, 2015)')[0]?.[1]).toBe('li2015');
    expect(keys('(Lu, 2015)')).toEqual([['(Lu, 2015)', undefined]]);
  });

  it('does not take a bare year in lower-case prose for a citation', () => {
    expect(findCitations('the figures were updated later (2020) for everyone', REFS)).toEqual([]);
  });

  // The three below are from real reviews (the HEDCO depression review, the care-leaver supplement), where
  // each citation had resolved to nothing and so was missing from its passage's answer.
  it('resolves a narrative citation after a sentence-opening word and a comma ("Similarly, Wong et al.")', () => {
    expect(keys('No effect was found. Similarly, Wong et al. (2014) found no differences.')).toEqual([
      ['Wong et al. (2014)', 'wong2014'],
    ]);
    // the leading word is dropped only when nothing fits with it
    expect(keys('Similarly, Wong et al. (2015) found no differences.')).toEqual([
      ['Similarly, Wong et al. (2015)', undefined],
    ]);
  });

  it('resolves an organisation whose name has "and" in it, which splits the citation into names', () => {
    expect(
      keys('the baseline risk (Substance Abuse and Mental Health Services Administration, 2021).'),
    ).toEqual([['(Substance Abuse and Mental Health Services Administration, 2021)', 'samhsa2021']]);
  });

  it('accepts a family name written without its particle ("Breda" for "van Breda")', () => {
    expect(keys('Source: Strahl, Breda, & Mann-Feder (2020)')[0]?.[1]).toBe('strahl2020');
    expect(keys('(Strahl, van Breda, & Mann-Feder, 2020)')[0]?.[1]).toBe('strahl2020');
  });

  it('does not take a year in brackets that names no author for a citation', () => {
    for (const text of [
      'published between 1995 and 2022 (with a median of 2011).',
      'studies from 2010 to 2023 (median of 2018)',
      'the protocol was registered (May 3, 2023) before screening',
      'searched on (October 20th, 2022) and again',
    ])
      expect(findCitations(text, REFS)).toEqual([]);
    // an organisation's acronym is a name
    expect(keys('(WHO 2019)')).toEqual([['(WHO 2019)', undefined]]);
  });

  it('reports the offsets of each citation in the text', () => {
    const text = 'Intro text (Feeley, 2021) and more.';
    const [c] = findCitations(text, REFS);
    expect(c && text.slice(c.start, c.end)).toBe('(Feeley, 2021)');
  });
});

describe('editDistance', () => {
  it('is bounded Levenshtein distance', () => {
    expect(editDistance('fixen', 'fixsen')).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('abcdef', 'uvwxyz', 1)).toBe(2); // stops at limit + 1
  });
});

describe('citations in a loaded corpus', () => {
  const references = [
    '  - id: feeley2021',
    '    type: report',
    '    author: [{ family: Feeley, given: D. }]',
    '    issued: { date-parts: [[2021]] }',
    '    title: Adult Social Care',
  ].join('\n');

  it('attaches the formatted reference, carries unresolved ones as such and reports them with their file line', () => {
    const body = [
      '',
      '## Findings',
      '',
      'A national service was recommended (Feeley, 2021).',
      'Others disagreed (Nobody, 2010).',
      '',
    ].join('\n');
    const corpus = one({ references, body });
    const source = review({ references, body }).split('\n');
    const line = source.findIndex((l) => l.startsWith('Others disagreed')) + 1;
    expect(line).toBe(26); // 21 lines of front matter, then the body's blank line and heading
    const p = corpus.passages[0];
    expect(p?.citations).toEqual([
      {
        text: '(Feeley, 2021)',
        key: 'feeley2021',
        reference: 'Feeley, D. (2021) Adult Social Care.',
      },
      // carried, saying so, so that an answer quoting the passage does not leave it without a word
      {
        text: '(Nobody, 2010)',
        key: '',
        candidates: [],
        reference: "not found in this review's reference list",
      },
    ]);
    expect(corpus.unresolved).toEqual([
      {
        file: 'test.md',
        line,
        text: '(Nobody, 2010)',
        problem: 'matches no reference in the front matter',
        ambiguous: false,
      },
    ]);
  });
});
