/**
 * Citations never attach the wrong study. Each rule with a two-reference file: co-authors must match, two
 * fitting references are ambiguous (never one picked), possessives, name particles, numbered citations,
 * undated and authorless sources, and no "[Preprint]" for a journal article without volume or pages.
 */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/corpus/load.js';
import { formatReference } from '../../src/corpus/references.js';
import type { Corpus } from '../../src/corpus/types.js';
import { answerPassages } from '../../src/retrieval/passages.js';
import { one, review } from './helpers.js';

const ref = (id: string, authors: string, year: string, extra = '') =>
  [
    `  - id: ${id}`,
    '    type: book',
    `    author: [${authors}]`,
    `    issued: ${year}`,
    `    title: Book ${id}`,
    ...(extra ? [extra] : []),
  ].join('\n');

const y = (n: number) => `{ date-parts: [[${n}]] }`;

/** The citations that resolved or are ambiguous (one that fits nothing is carried with no candidates). */
const cited = (c: Corpus) =>
  c.passages.flatMap((p) =>
    p.citations.filter((x) => x.candidates?.length !== 0).map((x) => [x.text, x.key]),
  );
const warnings = (c: Corpus) => c.unresolved.map((u) => `${u.text} ${u.problem}`);

describe('co-authors', () => {
  const references = [
    ref('courtney2017', '{ family: Courtney }, { family: Hook }', y(2017)),
    ref('zinn2017', '{ family: Zinn }, { family: Courtney }', y(2017)),
    ref('smith2011', '{ family: Smith }, { family: Jones }', y(2011)),
  ].join('\n');

  it('"Zinn & Courtney (2017)" is Zinn & Courtney, never Courtney & Hook', () => {
    const c = one({
      references,
      body: '## R\n\nAs Zinn & Courtney (2017) found, and (Courtney and Hook, 2017).',
    });
    expect(cited(c)).toEqual([
      ['Zinn & Courtney (2017)', 'zinn2017'],
      ['(Courtney and Hook, 2017)', 'courtney2017'],
    ]);
  });

  it('"Smith and Brown (2011)" does not resolve to Smith & Jones 2011; the warning quotes it whole', () => {
    const c = one({ references, body: '## R\n\nSmith and Brown (2011) disagreed.' });
    expect(cited(c)).toEqual([]);
    expect(warnings(c)).toEqual(['Smith and Brown (2011) matches no reference in the front matter']);
  });
});

describe('ambiguous citations', () => {
  const references = [
    ref('smith2011a', '{ family: Smith, given: Jo }', y(2011)),
    ref('smith2011b', '{ family: Smith, given: Kim }', y(2011)),
  ].join('\n');

  it('two references that fit are reported and shown as ambiguous, not one picked', () => {
    const c = one({ references, body: '## R\n\nIt helped (Smith, 2011).' });
    const [cit] = c.passages[0]?.citations ?? [];
    expect(cit?.key).toBe('');
    expect(cit?.candidates).toEqual(['smith2011a', 'smith2011b']);
    expect(cit?.reference).toBe(
      'ambiguous: fits 2 references: Smith, J. (2011) Book smith2011a. | Smith, K. (2011) Book smith2011b.',
    );
    expect(warnings(c)).toEqual([
      '(Smith, 2011) is ambiguous: it fits 2 references (smith2011a, smith2011b); name more authors or add a year letter (2011a)',
    ]);
  });

  it('the answer data carries an ambiguous citation as ambiguous, with its candidates', () => {
    const c = one({ references, body: '## R\n\nIt helped (Smith, 2011).' });
    const id = c.passages[0]?.id ?? '';
    const [r] = answerPassages(c).get(id)?.references ?? [];
    expect(r).toMatchObject({ text: '(Smith, 2011)', key: '', candidates: ['smith2011a', 'smith2011b'] });
    expect(r?.reference).toMatch(/^ambiguous: fits 2 references: /);
  });

  it('the answer data carries a citation that fits no reference, saying it is not in the list', () => {
    const c = one({ references, body: '## R\n\nIt helped (Jones, 2015).' });
    const id = c.passages[0]?.id ?? '';
    const refs = answerPassages(c).get(id)?.references ?? [];
    expect(refs).toEqual([
      {
        text: '(Jones, 2015)',
        key: '',
        candidates: [],
        reference: "not found in this review's reference list",
      },
    ]);
  });

  it('a year letter picks among them in reference-list order', () => {
    const c = one({ references, body: '## R\n\nIt helped (Smith, 2011b).' });
    expect(cited(c)).toEqual([['(Smith, 2011b)', 'smith2011b']]);
  });
});

describe('possessives and particles', () => {
  it('"Cohen\'s (1988)" and "Cohen’s (1988)" resolve; an unresolved one is quoted whole', () => {
    const references = [
      ref('cohen1988', '{ family: Cohen }', y(1988)),
      ref('hook2017', '{ family: Hook }', y(2017)),
    ].join('\n');
    const c = one({
      references,
      body: "## R\n\nCohen's (1988) benchmarks. Cohen’s (1988) benchmarks. Hooke’s (2016) law.",
    });
    expect(cited(c)).toEqual([
      ["Cohen's (1988)", 'cohen1988'],
      ['Cohen’s (1988)', 'cohen1988'],
    ]);
    expect(warnings(c)).toEqual(['Hooke’s (2016) matches no reference in the front matter']);
  });

  it('CSL and BibTeX name particles load, and "van Breda (2018)" matches', () => {
    const references = [
      ref('vanbreda2018', "{ family: Breda, given: Adrian, 'non-dropping-particle': van }", y(2018)),
      ref('dejong2018', "{ family: Jong, 'dropping-particle': de }", y(2018)),
    ].join('\n');
    const body = '## R\n\nAs van Breda (2018) argues (see also de Jong, 2018).';
    const c = one({ references, body });
    expect(cited(c)).toEqual([
      ['van Breda (2018)', 'vanbreda2018'],
      ['(see also de Jong, 2018)', 'dejong2018'],
    ]);
    const bib = review({ body }).replace(
      'strength:',
      'references_bibtex: |\n  @book{vb, author = {van Breda, Adrian}, title = {Resilience}, year = {2018}}\nstrength:',
    );
    const fromBib = buildCorpus([{ file: 'test.md', source: bib }]);
    expect(fromBib.documents[0]?.references[0]?.csl.author).toEqual([
      { given: 'Adrian', family: 'Breda', 'non-dropping-particle': 'van' },
    ]);
    expect(cited(fromBib)).toEqual([['van Breda (2018)', 'vb']]);
    expect(warnings(fromBib)).toEqual(['(see also de Jong, 2018) matches no reference in the front matter']);
  });
});

describe('numbered citations', () => {
  const references = [
    ref('first', '{ family: Alpha }', y(2001)),
    ref('second', '{ family: Beta }', y(2002), '    citation-number: 7'),
    ref('third', '{ family: Gamma }', y(2003)),
  ].join('\n');

  it('resolve "[1]", "[3,7]" and "^1,3^" against the list order or an explicit citation-number', () => {
    const c = one({
      references,
      front: 'inline_citations: numbered',
      body: '## R\n\nFirst [1]. Both [3,7]. Range [1–3]. Super^1,3^.',
    });
    expect(cited(c)).toEqual([
      ['[1]', 'first'],
      ['[3,7]', 'third'],
      ['[3,7]', 'second'],
      ['[1–3]', 'first'],
      ['[1–3]', 'third'],
      ['^1,3^', 'first'],
      ['^1,3^', 'third'],
    ]);
    expect(warnings(c)).toEqual(['[1–3] cites number 2, which no reference in the front matter has']);
  });

  // The two numbered real reviews in ../shared/corpora/real (a JATS article, a LaTeX manuscript) were
  // converted without the field: every "[31–39]" and "^230^" was quoted with no reference.
  it('are read as numbered when the front matter does not say and the body cites by number', () => {
    const c = one({
      references,
      body: '## R\n\nFirst [1]. Both [3,7]. Super^1,3^. A law passed in [2008] too.',
    });
    expect(c.documents[0]?.inlineCitations).toBe('numbered');
    expect(cited(c)).toEqual([
      ['[1]', 'first'],
      ['[3,7]', 'third'],
      ['[3,7]', 'second'],
      ['^1,3^', 'first'],
      ['^1,3^', 'third'],
    ]);
    // a bracketed year the list has no number for is a date, not a citation
    expect(warnings(c)).toEqual([]);
  });

  it('stay author–year when the body cites by name and year, even beside a stray "[1]"', () => {
    const c = one({ references, body: '## R\n\nAs shown (Alpha, 2001; Beta, 2002), see note [1].' });
    expect(c.documents[0]?.inlineCitations).toBe('author-year');
    expect(cited(c)).toEqual([
      ['(Alpha, 2001; Beta, 2002)', 'first'],
      ['(Alpha, 2001; Beta, 2002)', 'second'],
    ]);
  });

  it('stay author–year when numbered markers do not outnumber author–year citations ten to one', () => {
    const c = one({
      references,
      body: '## R\n\nAs shown (Alpha, 2001). Notes [1], [3], [7], [1], [3], [7], [1], [3], [7].',
    });
    expect(c.documents[0]?.inlineCitations).toBe('author-year');
  });

  it('follow the front matter when it says author-year, whatever the body shows', () => {
    const c = one({
      references,
      front: 'inline_citations: author-year',
      body: '## R\n\nFirst [1]. Both [3,7].',
    });
    expect(c.documents[0]?.inlineCitations).toBe('author-year');
    expect(cited(c)).toEqual([]);
  });
});

describe('undated and authorless sources', () => {
  it('"(NorthStar, n.d.)" resolves to an undated source with a literal author', () => {
    const references = [
      ref('northstar', '{ literal: NorthStar }', '{ literal: n.d. }'),
      ref('north2020', '{ family: North }', y(2020)),
    ].join('\n');
    const c = one({ references, body: '## R\n\nThe tool scores outcomes (NorthStar, n.d.).' });
    expect(cited(c)).toEqual([['(NorthStar, n.d.)', 'northstar']]);
    expect(c.documents[0]?.references[0]?.formatted).toBe('NorthStar (n.d.) Book northstar.');
  });
});

describe('formatted references', () => {
  const article = (extra: Record<string, string>) => ({
    id: 'a',
    type: 'article-journal',
    title: 'Peer support',
    author: [{ family: 'Smith', given: 'J.' }],
    issued: { 'date-parts': [[2011]] },
    ...extra,
  });

  it('prints no "[Preprint]" for a journal article without volume or pages', () => {
    const item = article({ 'container-title': 'Child & Family Social Work' });
    expect(formatReference(item)).toBe('Smith, J. (2011) “Peer support,” Child & Family Social Work.');
  });

  it('prints no list number for a Vancouver reference: alone, every one would be "1."', () => {
    const item = article({ 'container-title': 'Child Fam Soc Work', volume: '16', page: '1-9' });
    const text = formatReference(item, 'vancouver');
    expect(text).toMatch(/^Smith J\. Peer support\./);
    expect(text).toContain('2011');
  });
});
