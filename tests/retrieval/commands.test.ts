/** cite / sources / help, answered by the same core, on the bundled corpus (and the fixture for a second review). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, CiteAnswer } from '../../src/retrieval/answer.js';
import { exampleQuestion } from '../../src/retrieval/commands.js';
import { BUNDLED_DIR, FIXTURE_DIR, type Loaded, load, sectionTitles } from './helpers.js';

let b: Loaded;
let fx: Loaded;
beforeAll(async () => {
  b = await load(BUNDLED_DIR);
  fx = await load(FIXTURE_DIR);
});

function cite(a: Answer): CiteAnswer {
  if (a.kind !== 'cite') throw new Error(`expected kind "cite", got "${a.kind}"`);
  return a;
}

describe('cite', () => {
  it.each(['cite Fixsen', 'cite Fixen 2019', 'cite fixsen2019', 'cite Blase', 'Cite Fixsen and Blase'])(
    '%s → the Fixsen & Blase reference, with the passage that cites it',
    (q) => {
      const a = cite(b.service.answer(q));
      expect(a.matches.map((m) => m.key)).toEqual(['fixsen2019']);
      const [m] = a.matches;
      expect(m?.reference).toMatch(/Fixsen/);
      expect(m?.reference).toMatch(/Blase/);
      expect(m?.reference).toMatch(/2019/);
      const citing = m?.passages.find((p) => p.role === 'finding');
      expect(citing?.section.at(-1)).toBe("There's a complex relationship between integration and outcomes");
      // The source misspells the name; the quoted passage keeps the source's words.
      expect(citing?.text).toContain('(Fixen and Blase, 2019)');
      expect(citing?.references.map((r) => r.key)).toContain('fixsen2019');
      for (const p of m?.passages ?? []) expect(p.references.map((r) => r.key)).toContain('fixsen2019');
    },
  );

  it('cite Feeley → the Feeley 2021 reference and the context passage that cites it', () => {
    const a = cite(b.service.answer('cite Feeley'));
    expect(a.matches.map((m) => m.key)).toEqual(['feeley2021']);
    expect(a.matches[0]?.reference).toMatch(/Feeley/);
    const context = a.matches[0]?.passages.find((p) => p.section.at(-1) === 'Context of the research');
    expect(context?.text).toContain('(Feeley, 2021)');
  });

  // Regression (fixed in document.ts): the review's own reference list (section "References", role about) is resolved as if it
  // cited every reference ("Feeley, D. (2021) …" reads as an author–year citation), so `cite Feeley` and
  // `cite Fixsen` each return the whole reference list as a second "passage that cites it".
  // Repro: service.answer('cite Feeley').matches[0].passages.map(p => p.section) →
  //   [['Context of the research'], ['References']].
  it('cite does not offer the reference list itself as a passage citing the reference', () => {
    for (const q of ['cite Feeley', 'cite Fixsen']) {
      const a = cite(b.service.answer(q));
      expect(a.matches[0]?.passages.map((p) => p.section.at(-1))).not.toContain('References');
    }
  });

  it('offers the matched reference as BibTeX and RIS, keeping its key', () => {
    const m = cite(b.service.answer('cite Fixsen')).matches[0];
    expect(m?.bibtex).toMatch(/^@article\{fixsen2019,/);
    expect(m?.bibtex).toContain('author = {Fixsen, D. L. and Blase, K. A.}');
    expect(m?.ris).toMatch(/^TY {2}- JOUR$/m);
    expect(m?.ris).toMatch(/^ID {2}- fixsen2019$/m);
    expect(m?.ris).toMatch(/^DO {2}- 10\.1007\/s40614-018-0168-3$/m);
  });

  it('a year that does not match excludes the reference: cite Fixsen 2018 → nothing', () => {
    expect(cite(b.service.answer('cite Fixsen 2018')).matches).toEqual([]);
  });

  it.each(['cite nobody', 'cite', 'cite    ', 'cite zzzz 1999'])(
    '%j → no matches, and `known` lists the references',
    (q) => {
      const a = cite(b.service.answer(q));
      expect(a.matches).toEqual([]);
      const doc = b.corpus.documents[0];
      expect(a.known).toContain(doc?.citation);
      for (const r of doc?.references ?? []) expect(a.known).toContain(r.formatted);
      expect(a.known.length).toBe(b.corpus.documents.reduce((n, d) => n + 1 + d.references.length, 0));
    },
  );

  it('cite finds references in another review too (the fixture): cite Lamont', () => {
    const a = cite(fx.service.answer('cite Lamont'));
    expect(a.matches.map((m) => m.key)).toEqual(['lamont2018']);
    expect(a.matches[0]?.passages.map((p) => p.section.at(-1))).toEqual(['Sharing one building']);
  });
});

describe('sources', () => {
  it('lists each document with its metadata and the review-level caveat', () => {
    const a = b.service.answer('sources');
    expect(a.kind).toBe('sources');
    if (a.kind !== 'sources') return;
    expect(a.documents).toHaveLength(b.corpus.documents.length);
    for (const d of b.corpus.documents) {
      const s = a.documents.find((x) => x.id === d.id);
      expect(s).toBeDefined();
      expect(s).toMatchObject({
        title: d.title,
        documentType: d.documentType,
        year: d.year,
        publisher: d.publisher,
        url: d.url,
        citation: d.citation,
        strength: d.defaultStrength,
        referenceCount: d.references.length,
        passageCount: b.corpus.passages.filter((p) => p.docId === d.id).length,
        outsideFacts: d.outsideFacts,
      });
      expect(s?.strength.caveat.trim()).not.toBe('');
      for (const n of d.authors) expect(s?.authors).toContain(n.family ?? n.literal ?? '');
    }
  });

  it.each(['Sources', 'sources?', 'documents'])('%j is the sources command too', (q) => {
    expect(b.service.answer(q).kind).toBe('sources');
  });
});

describe('help', () => {
  it.each(['help', 'HELP', 'help?', '?'])('%j → help (reason "asked") with commands and examples', (q) => {
    const a = b.service.answer(q);
    expect(a.kind).toBe('help');
    if (a.kind !== 'help') return;
    expect(a.reason).toBe('asked');
    expect(a.commands.length).toBeGreaterThan(0);
    for (const c of a.commands) {
      expect(c.usage.trim()).not.toBe('');
      expect(c.description.trim()).not.toBe('');
    }
    expect(a.commands.map((c) => c.usage).join(' ')).toMatch(/cite/);
    expect(a.commands.map((c) => c.usage).join(' ')).toMatch(/sources/);
    // Examples to try are questions about the corpus's own sections, and each one is answered from it.
    expect(a.examples.length).toBeGreaterThan(0);
    const titles = [...sectionTitles(b.corpus)].map((t) => t.toLowerCase());
    for (const e of a.examples) {
      expect(e).toMatch(/^What do the reviews say about .+\?$/);
      expect(titles.some((t) => e.toLowerCase().includes(t))).toBe(true);
      expect(b.service.answer(e).kind, e).toBe('answered');
    }
  });

  it('phrases a section title as a question, keeping initialisms and questions as they are', () => {
    expect(exampleQuestion('Leadership')).toBe('What do the reviews say about leadership?');
    expect(exampleQuestion('GRADE certainty of the evidence.')).toBe(
      'What do the reviews say about GRADE certainty of the evidence?',
    );
    expect(exampleQuestion('Does co-location work?')).toBe('Does co-location work?');
    expect(exampleQuestion('Integration should be viewed as an outcome')).toBe(
      'What do the reviews say about “Integration should be viewed as an outcome”?',
    );
  });

  it.each(['', ' ', '   \n\t  ', '\u0000\u0001', '\u200B\uFEFF'])(
    'an empty or blank question %j → help with reason "empty_question"',
    (q) => {
      const a = b.service.answer(q);
      expect(a.kind).toBe('help');
      if (a.kind === 'help') expect(a.reason).toBe('empty_question');
    },
  );

  it.each(['help me understand rights', 'help with holistic practice'])(
    '%j is a question, not the help command',
    (q) => {
      expect(b.service.answer(q).kind).not.toBe('help');
      expect(b.service.answer(q).kind).toBe('answered');
    },
  );
});
