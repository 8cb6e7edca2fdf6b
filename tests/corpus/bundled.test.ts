/**
 * The bundled corpus (corpus/): loads clean, every passage is verbatim, every passage carries a strength
 * with a caveat and a basis, and its references import and export as BibTeX and RIS.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_WORDS } from '../../src/corpus/chunk.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { exportReferences, formatReference, importBibtex } from '../../src/corpus/references.js';
import { sentenceSpans, wordCount } from '../../src/corpus/sentences.js';
import { ABOUT_STRENGTH_CAVEAT, ASSESSMENT_STRENGTH_CAVEAT } from '../../src/corpus/strength.js';
import { type Corpus, type ReviewDocument, STRENGTH_LEVELS } from '../../src/corpus/types.js';
import { BUNDLED } from './helpers.js';

// The review's own extraction, in ../shared beside the repository (as in CI's clean clone).
const SOURCE = fileURLToPath(
  new URL('../../../shared/corpus-source/celcis-csrr-rapid-evidence-review-summary.txt', import.meta.url),
);
const DOC_ID = 'celcis-csrr-rer-2023';

let corpus: Corpus;
let doc: ReviewDocument;
beforeAll(async () => {
  corpus = await loadCorpus(BUNDLED);
  const found = corpus.documents.find((d) => d.id === DOC_ID);
  if (!found) throw new Error(`${DOC_ID} not in ${BUNDLED}`);
  doc = found;
});

const docOf = (docId: string) => {
  const d = corpus.documents.find((x) => x.id === docId);
  if (!d) throw new Error(`no document ${docId}`);
  return d;
};

describe('every document of the bundled corpus', () => {
  it('loads clean, with every inline citation resolved', () => {
    expect(corpus.documents.length).toBeGreaterThan(0);
    expect(corpus.unresolved).toEqual([]);
  });

  it('every passage is verbatim: text === document.body.slice(start, end)', () => {
    expect(corpus.passages.length).toBeGreaterThan(0);
    for (const p of corpus.passages) {
      expect(p.text).toBe(docOf(p.docId).body.slice(p.start, p.end));
      expect(p.text.length).toBeGreaterThan(0);
    }
  });

  it('every passage has a strength with a level on the scale, a non-empty caveat and a basis', () => {
    for (const p of corpus.passages) {
      expect(STRENGTH_LEVELS).toContain(p.strength.level);
      expect(p.strength.caveat.trim()).not.toBe('');
      expect(p.strength.basis.trim()).not.toBe('');
      if (p.role === 'about') expect(p.strength.level).toBe('not_assessed');
    }
  });

  it('passage ids are unique and start with their document id', () => {
    const ids = corpus.passages.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of corpus.passages) expect(p.id.startsWith(`${p.docId}:`)).toBe(true);
  });

  it('passages of a document cover its text in order, without overlap, and within 150 words', () => {
    for (const d of corpus.documents) {
      const ps = corpus.passages.filter((p) => p.docId === d.id);
      for (let i = 1; i < ps.length; i++) {
        expect(ps[i]?.start).toBeGreaterThanOrEqual(ps[i - 1]?.end ?? 0);
      }
      for (const p of ps) {
        if (wordCount(p.text) > MAX_WORDS) expect(sentenceSpans(p.text)).toHaveLength(1);
      }
    }
  });

  it('every citation carries its formatted reference', () => {
    for (const p of corpus.passages) {
      for (const c of p.citations) {
        const ref = docOf(p.docId).references.find((r) => r.key === c.key);
        expect(ref?.formatted).toBe(c.reference);
        expect(p.text).toContain(c.text);
      }
    }
  });
});

describe('the CELCIS review', () => {
  it('has the metadata of the source', () => {
    expect(doc.year).toBe(2023);
    expect(doc.publisher).toBe('CELCIS');
    expect(doc.url).toBe('https://www.celcis.org/csrr');
    expect(doc.authors.map((a) => a.family)).toEqual([
      'Porter',
      'Young',
      'Scott',
      'McIver',
      'Mackinnon',
      'Fowler',
      'Ottaway',
    ]);
    expect(doc.references.map((r) => r.key)).toEqual(['feeley2021', 'fixsen2019', 'icr2020']);
    expect(doc.outsideFacts.join(' ')).toMatch(/87 sources published 2011–2022/);
  });

  it('keeps the source’s words: every sentence is in the source text, except the one repaired join', async () => {
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    const source = norm(await readFile(SOURCE, 'utf8'));
    const missing = corpus.passages
      .filter((p) => p.docId === DOC_ID)
      .flatMap((p) => sentenceSpans(p.text).map((s) => norm(p.text.slice(s.start, s.end))))
      .filter((s) => !source.includes(s));
    // The sentence split by the boxed section in the extraction, joined again (listed in `repairs`).
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatch(/^Governments need to support transformational reform programmes involving/);
    // Typos of the source stay.
    expect(doc.body).toContain('CELICIS');
    expect(doc.body).toContain('(Fixen and Blase, 2019)');
  });

  it('resolves the source’s inline citations, the misspelt one included', () => {
    const cited = corpus.passages
      .filter((p) => p.docId === DOC_ID && p.headingPath.at(-1) !== 'References')
      .flatMap((p) => p.citations.map((c) => [c.text, c.key]));
    expect(cited).toEqual([
      ['Independent Care Review (2020)', 'icr2020'],
      ['(Feeley, 2021)', 'feeley2021'],
      ['Independent Care Review in Scotland (2020)', 'icr2020'],
      ['(Fixen and Blase, 2019)', 'fixsen2019'],
    ]);
  });

  it('annotates strength from the review’s own statements', () => {
    const ofSection = (heading: string) =>
      corpus.passages.filter((p) => p.docId === DOC_ID && p.headingPath.at(-1) === heading);
    const levels = (heading: string) => [...new Set(ofSection(heading).map((p) => p.strength.level))];
    expect(levels('Lack of evidence of models of systems-level integration')).toEqual(['insufficient']);
    expect(levels('More evidence is needed about the impact of integration on rights')).toEqual([
      'insufficient',
    ]);
    expect(levels("There's a complex relationship between integration and outcomes")).toEqual(['limited']);
    expect(
      ofSection("There's a complex relationship between integration and outcomes")[0]?.strength.basis,
    ).toBe("There's a complex relationship between integration and outcomes");
    // An unannotated finding inherits the review-level caveat.
    const shared = ofSection('The place of shared culture, with committed leadership at all levels');
    expect(shared.length).toBeGreaterThan(0);
    for (const p of shared) {
      expect(p.role).toBe('finding');
      expect(p.strength).toEqual(doc.defaultStrength);
    }
    expect(doc.defaultStrength.level).toBe('limited');
    expect(doc.defaultStrength.basis).toBe('Assessing the quality and strength of the evidence');
    // Sections about the study itself are not findings: its conclusion is about the review (its scope,
    // its audience, the report due later in 2023), so it carries no "limited evidence" caveat.
    const about = ['Report authors', 'How we did this research', 'Conclusion and next steps', 'About CELCIS'];
    for (const h of [...about, 'For more information']) {
      expect(ofSection(h).length).toBeGreaterThan(0);
      for (const p of ofSection(h)) {
        expect(p.role).toBe('about');
        expect(p.strength.caveat).toBe(ABOUT_STRENGTH_CAVEAT);
      }
    }
    // The review's assessment of its own evidence has a role and caveat of its own.
    const assessing = ofSection('Assessing the quality and strength of the evidence');
    expect(assessing.length).toBeGreaterThan(0);
    for (const p of assessing) {
      expect(p.role).toBe('assessment');
      expect(p.strength.caveat).toBe(ASSESSMENT_STRENGTH_CAVEAT);
    }
  });
});

describe('references: BibTeX and RIS', () => {
  it('formats the bundled references in Harvard style', () => {
    expect(doc.references.map((r) => r.formatted)).toEqual([
      'Feeley, D. (2021) Adult Social Care: Independent Review. Edinburgh.',
      'Fixsen, D.L. and Blase, K.A. (2019) “The Teaching-Family Model: The First 50 Years,” Perspectives on Behavior Science, 42(2), pp. 189–211. Available at: https://doi.org/10.1007/s40614-018-0168-3.',
      'Independent Care Review (2020) The Promise. Edinburgh.',
    ]);
    expect(doc.citation).toBe(
      'Porter, R. et al. (2023) Children’s Services Reform Research: rapid evidence review summary. CELCIS. Available at: https://www.celcis.org/csrr.',
    );
  });

  it('imports a BibTeX entry to the same CSL data and the same formatted reference', () => {
    const [item, ...rest] = importBibtex(`@article{fixsen2019,
      author = {Fixsen, D. L. and Blase, K. A.},
      title = {The {Teaching-Family} Model: The First 50 Years},
      journal = {Perspectives on Behavior Science},
      volume = {42}, number = {2}, pages = {189--211}, year = {2019},
      doi = {10.1007/s40614-018-0168-3}
    }`);
    expect(rest).toEqual([]);
    expect(item?.id).toBe('fixsen2019');
    expect(item?.type).toBe('article-journal');
    expect(item?.issued).toEqual({ 'date-parts': [[2019]] });
    expect(item?.author).toEqual([
      { family: 'Fixsen', given: 'D. L.' },
      { family: 'Blase', given: 'K. A.' },
    ]);
    const bundled = doc.references.find((r) => r.key === 'fixsen2019');
    expect(item && formatReference(item)).toBe(bundled?.formatted);
  });

  it('exports the bundled references as BibTeX that imports back to the same data', () => {
    const bib = exportReferences(
      doc.references.map((r) => r.csl),
      'bibtex',
    );
    expect(bib.match(/^@\w+\{/gm)).toHaveLength(3);
    expect(bib).toMatch(/^@article\{/m);
    expect(bib).toMatch(/doi = \{10\.1007\/s40614-018-0168-3\}/);
    const back = importBibtex(bib);
    expect(back.map((i) => i.title)).toEqual(doc.references.map((r) => r.csl.title));
    expect(back.map((i) => i.issued?.['date-parts']?.[0]?.[0])).toEqual([2021, 2019, 2020]);
    expect(back.map((i) => i.author?.[0]?.family ?? i.author?.[0]?.literal)).toEqual([
      'Feeley',
      'Fixsen',
      'Independent Care Review',
    ]);
  });

  // Regression test, fixed since (src/corpus/references.ts exportReferences): citation-js writes its own BibTeX labels
  // ("Feeley2021Adult", "Fixsen2019Teaching", "Independent2020Promise") instead of the reference keys
  // (feeley2021, fixsen2019, icr2020), so export → references_bibtex import changes every key. Setting
  // 'citation-key' to the id before export would keep them. Repro: exportReferences(doc.references.map(r => r.csl), 'bibtex').
  it('exported BibTeX keeps the reference keys', () => {
    const bib = exportReferences(
      doc.references.map((r) => r.csl),
      'bibtex',
    );
    expect(importBibtex(bib).map((i) => i.id)).toEqual(['feeley2021', 'fixsen2019', 'icr2020']);
  });

  it('exports the bundled references as RIS with their keys, types, authors and DOI', () => {
    const ris = exportReferences(
      doc.references.map((r) => r.csl),
      'ris',
    );
    const records = ris.split(/^ER {2}-.*$/m).filter((r) => r.trim() !== '');
    expect(records).toHaveLength(3);
    expect(ris.match(/^TY {2}- .*$/gm)).toEqual(['TY  - RPRT', 'TY  - JOUR', 'TY  - RPRT']);
    expect(ris.match(/^ID {2}- .*$/gm)).toEqual(['ID  - feeley2021', 'ID  - fixsen2019', 'ID  - icr2020']);
    expect(ris).toMatch(/^AU {2}- Fixsen, D\. L\.$/m);
    expect(ris).toMatch(/^AU {2}- Blase, K\. A\.$/m);
    expect(ris).toMatch(/^DO {2}- 10\.1007\/s40614-018-0168-3$/m);
    expect(ris).toMatch(/^PY {2}- 2019$/m);
  });
});
