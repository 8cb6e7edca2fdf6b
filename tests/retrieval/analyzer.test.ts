/**
 * The analyzer shared by the index and the question (analyzer.ts): irregular forms meet their base form, and
 * a thesaurus entry adds its canonical term without hiding the words the text actually used.
 */
import { describe, expect, it } from 'vitest';
import { countedTerm, createAnalyzer } from '../../src/retrieval/analyzer.js';

const plain = createAnalyzer({ groups: [], generic: [] });

describe('analyzer: "&" inside a word', () => {
  it('reads initials joined by "&" as one word as written, not as lone letters dropped', () => {
    // Before, "A&E" was "a" and "e", both dropped: a question about A&E lost its one specific word, and
    // "M&E" joined as "me" would be a stop word.
    expect(plain.analyze('How long are A&E waiting times?')).toEqual(['long', 'a&e', 'wait', 'time']);
    expect(plain.analyze('M&E frameworks')).toEqual(['m&e', 'framework']);
    expect(plain.analyze('R&D')).toEqual(plain.analyze('r&d'));
  });

  it('reads initials written with a spaced "&" ("A & E") as written joined', () => {
    expect(plain.analyze('How long are A & E waiting times?')).toEqual(['long', 'a&e', 'wait', 'time']);
    expect(plain.analyze('Q & A session')).toEqual(plain.analyze('Q&A session'));
    expect(plain.analyze('R & D & I')).toEqual(['r&d&i']);
    // not between words: "Tom & Jerry" stays two words
    expect(plain.analyze('Tom & Jerry')).toEqual(['tom', 'jerri']);
  });

  it('reads a name joined by "&" as a hyphenated word, and a spaced "&" as no part of a word', () => {
    expect(plain.analyze('LARS&LISA')).toEqual(['larslisa', 'lar', 'lisa']);
    expect(plain.analyze('LARS-LISA')).toEqual(['larslisa', 'lar', 'lisa']);
    expect(plain.analyze('Tom & Jerry')).toEqual(['tom', 'jerri']);
  });
});

describe('analyzer: word forms', () => {
  it('gives an irregular form and its base the same term', () => {
    for (const [form, base] of [
      ['lying', 'lie'],
      ['lies', 'lie'],
      ['sold', 'sell'],
      ['taught', 'teach'],
      ['led', 'lead'],
      ['children', 'child'],
      ['written', 'write'],
      // the base is stemmed as any word is: "bought" meets "buying", "left" meets "leaving"
      ['bought', 'buying'],
      ['left', 'leaving'],
      ['paid', 'pays'],
      ['chosen', 'choosing'],
    ] as const) {
      expect(plain.analyze(form), form).toEqual(plain.analyze(base));
    }
  });

  it('gives a classical plural in "-es" and its singular in "-is" the same term', () => {
    for (const [plural, singular] of [
      ['analyses', 'analysis'],
      ['meta-analyses', 'meta-analysis'],
      ['diagnoses', 'diagnosis'],
      ['hypotheses', 'hypothesis'],
      ['syntheses', 'synthesis'],
      ['theses', 'thesis'],
      ['crises', 'crisis'],
    ] as const) {
      expect(plain.analyze(plural), plural).toEqual(plain.analyze(singular));
    }
    // not every "-ses": a dose, a purpose, a nose keep their own plurals
    for (const [plural, singular] of [
      ['doses', 'dose'],
      ['purposes', 'purpose'],
      ['noses', 'nose'],
      ['closes', 'close'],
    ] as const) {
      expect(plain.analyze(plural), plural).toEqual(plain.analyze(singular));
    }
    expect(plain.analyze('theses')).not.toEqual(plain.analyze('these'));
  });

  it('analyses words that are names of Object.prototype as words ("constructor" is not a function)', () => {
    for (const w of ['constructor', 'tostring', 'valueof', 'hasownproperty', '__proto__']) {
      for (const t of plain.analyze(w)) {
        expect(typeof t, w).toBe('string');
        expect(t, w).toMatch(/^[a-z_]+$/);
      }
    }
    expect(plain.analyze('constructors')).toEqual(plain.analyze('constructor'));
  });

  it('reads a lone letter before a hyphen as part of the word: an e-cigarette is no cigarette', () => {
    expect(plain.analyze('e-cigarettes')).toEqual(plain.analyze('ecigarettes'));
    expect(plain.analyze('e-cigarettes')).not.toContain(plain.analyze('cigarettes')[0]);
    expect(plain.analyze('e-mail')).toEqual(plain.analyze('email'));
    expect(plain.analyze('x-ray results')).toEqual(plain.analyze('xray results'));
    // elsewhere a lone letter is still no word: initials, "e.g.", a trailing letter
    expect(plain.analyze('the U.S. e.g. vitamin-D')).toEqual(plain.analyze('the vitamin'));
    // a hyphenated word of longer parts keeps its parts as terms
    expect(plain.analyze('follow-up')).toContain(plain.analyze('follow')[0]);
  });

  it('keeps Porter stems for regular forms ("studies" and "study" meet, "ties" is not "ti")', () => {
    expect(plain.analyze('studies')).toEqual(plain.analyze('study'));
    expect(plain.analyze('ties')).toEqual(plain.analyze('tie'));
    expect(plain.analyze('lying')).not.toEqual(plain.analyze('lining'));
  });
});

describe('analyzer: lone letters', () => {
  it('drops a lone letter ("e.g.", "i.e.") but keeps numbers and words', () => {
    expect(plain.analyze('e.g. England, i.e. the U.K.')).toEqual(plain.analyze('England'));
    expect(plain.queryTerms('year 4 pupils').map((t) => t.term)).toEqual([
      ...plain.analyze('year'),
      '4',
      ...plain.analyze('pupils'),
    ]);
  });
});

describe('analyzer: thesaurus phrases', () => {
  const withEntry = createAnalyzer({
    groups: [['multi-agency', 'joined-up working', 'high income countries']],
    generic: [],
  });

  it('indexes the canonical term and the phrase’s own words', () => {
    const terms = withEntry.analyze('rich high income countries');
    expect(terms).toEqual(expect.arrayContaining(withEntry.analyze('multi-agency')));
    for (const own of plain.analyze('high income countries')) expect(terms).toContain(own);
  });

  it('puts the phrase’s own words in the phrase’s word group, so they stand for one word', () => {
    const q = withEntry.queryTerms('joined-up working');
    expect(new Set(q.map((t) => t.word)).size).toBe(1);
    expect(q.filter((t) => t.thesaurus).length).toBeGreaterThan(0);
    expect(q.map((t) => t.term)).toEqual(expect.arrayContaining(plain.analyze('working')));
  });
});

describe('analyzer: counted nouns', () => {
  it('indexes a noun the text gives a number of as a counted term, also after one modifier', () => {
    const [study] = plain.analyze('studies');
    const [student] = plain.analyze('students');
    const terms = plain.analyze(
      'We found 86 studies; 35 primary studies with 17,950 students and three students.',
    );
    expect(terms).toContain(countedTerm(study as string));
    expect(terms).toContain(countedTerm(student as string));
    expect(plain.analyze('the studies were small')).not.toContain(countedTerm(study as string));
  });

  it('never makes counted terms from a question', () => {
    expect(plain.queryTerms('86 studies').map((t) => t.term)).not.toContain(countedTerm('studi'));
  });
});
