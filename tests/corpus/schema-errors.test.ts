/**
 * Schema and validation errors: every broken fixture file has exactly one fault, and the loader must name
 * the file, the line and the field of it, word for word. One file with several faults must report them
 * all at once, and `npm run corpus:check` must print the messages and exit non-zero.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CorpusError, formatProblem } from '../../src/corpus/errors.js';
import { buildCorpus, isReviewFile, loadCorpus } from '../../src/corpus/load.js';
import { BROKEN, review, VALID } from './helpers.js';

/** The formatted problems of one broken fixture file, loaded on its own. */
async function problemsOf(name: string): Promise<string[]> {
  const file = `${BROKEN}/${name}`;
  const source = await readFile(file, 'utf8');
  try {
    buildCorpus([{ file, source }]);
  } catch (e) {
    if (e instanceof CorpusError) return e.problems.map(formatProblem);
    throw e;
  }
  throw new Error(`${name} loaded without problems`);
}

const LEVELS = 'scale "five-level" (use one of: strong, moderate, limited, insufficient, not_assessed)';

/** Each fixture and the exact problem(s) it must produce. */
const TABLE: [file: string, expected: string[]][] = [
  [
    'missing-front-matter.md',
    [
      '1: (front matter): the file must start with YAML front matter between two "---" lines (see docs/corpus-format.md)',
    ],
  ],
  ['bad-yaml.md', ['8: (front matter): YAML: Map keys must be unique (at key "year")']],
  ['missing-title.md', ['2: title: Invalid input: expected string, received undefined']],
  ['bad-year-type.md', ['7: year: Invalid input: expected number, received string']],
  ['bad-id.md', ['2: id: must be lowercase letters, digits and hyphens (it is part of every passage id)']],
  ['bad-url.md', ['9: url: must be a full URL (https://…)']],
  [
    'author-without-family.md',
    ['6: authors[0]: a name needs "family" (a person) or "literal" (an organisation)'],
  ],
  ['bad-strength-level.md', [`18: strength.default.level: "high" is not a level of ${LEVELS}`]],
  [
    'missing-strength-default.md',
    ['16: strength.default: Invalid input: expected object, received undefined'],
  ],
  [
    'override-without-caveat.md',
    ['22: strength.sections[0].caveat: a strength override needs level, caveat and basis together'],
  ],
  [
    'about-with-level.md',
    [
      '24: strength.sections[0].level: a section with role "about" describes the review, not a finding: give it no strength',
    ],
  ],
  ['heading-absent.md', ['22: strength.sections[0].heading: no heading "Results" in the body']],
  ['heading-annotated-twice.md', ['24: strength.sections[1].heading: "Method" is annotated twice']],
  ['duplicate-reference-key.md', ['16: references[1].id: duplicate reference key "roe2019"']],
  [
    'reference-without-issued.md',
    ['11: references[0].issued: Invalid input: expected object, received undefined'],
  ],
  ['reference-without-author.md', ['11: references[0].author: a reference needs "author" or "editor"']],
  ['empty-body.md', ['22: body: the body has no text to quote']],
];

describe('broken fixture files: one fault each, reported exactly', () => {
  it.each(TABLE)('%s', async (name, expected) => {
    expect(await problemsOf(name)).toEqual(expected.map((e) => `${BROKEN}/${name}:${e}`));
  });

  it('the table covers every single-fault fixture in the directory', async () => {
    const { readdir } = await import('node:fs/promises');
    const onDisk = (await readdir(BROKEN)).filter(isReviewFile).sort();
    const covered = [...TABLE.map(([f]) => f), 'several-faults.md', 'unknown-field-typo.md'].sort();
    expect(onDisk).toEqual(covered);
  });

  // Regression test, fixed since (src/corpus/document.ts + front-matter.ts): zod reports unrecognised keys with the path of the
  // enclosing object, so the problem points at line 2 and field "(front matter)" instead of the line of
  // the typo (9) and the key itself. The issue asks for "the line and the field".
  it('an unknown field is reported at its own line, with its own name as the field', async () => {
    expect(await problemsOf('unknown-field-typo.md')).toEqual([
      `${BROKEN}/unknown-field-typo.md:9: outside_fact: Unrecognized key: "outside_fact"`,
    ]);
  });
});

describe('every problem at once', () => {
  it('a file with several faults reports all of them, each at its own line', async () => {
    const f = `${BROKEN}/several-faults.md:`;
    expect(await problemsOf('several-faults.md')).toEqual([
      `${f}2: document_type: Invalid input: expected string, received undefined`,
      `${f}6: year: Invalid input: expected number, received string`,
      `${f}8: url: must be a full URL (https://…)`,
      `${f}11: references[0].issued: Invalid input: expected object, received undefined`,
      `${f}25: strength.sections[1].level: a strength override needs level, caveat and basis together`,
      `${f}25: strength.sections[1].basis: a strength override needs level, caveat and basis together`,
      `${f}25: strength.sections[1].level: a section with role "about" describes the review, not a finding: give it no strength`,
      `${f}9: citaton_style: Unrecognized key: "citaton_style"`,
      `${f}22: strength.sections[0].level: "very strong" is not a level of ${LEVELS}`,
    ]);
  });

  it('problems in several files are all collected into one CorpusError', async () => {
    const files = await Promise.all(
      ['bad-url.md', 'heading-absent.md', 'missing-front-matter.md'].map(async (n) => ({
        file: n,
        source: await readFile(`${BROKEN}/${n}`, 'utf8'),
      })),
    );
    let error: unknown;
    try {
      buildCorpus(files);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CorpusError);
    const err = error as CorpusError;
    expect(err.code).toBe('E_CORPUS_INVALID');
    expect(err.problems.map((p) => p.file)).toEqual([
      'bad-url.md',
      'heading-absent.md',
      'missing-front-matter.md',
    ]);
    expect(err.message).toMatch(/^The corpus has 3 problems:\n {2}bad-url\.md:9: url: /);
  });

  // Regression test, fixed since (src/corpus/document.ts parseCorpusFile): when the zod schema fails, the checks that run after it
  // (annotated headings present in the body, duplicate reference keys, empty body) are skipped, so a file
  // with a schema fault and a missing heading reports only the first; the second appears only after the
  // first is fixed. Repro: missing-title.md with its annotated heading "Method" renamed to "Methods".
  it('a schema fault does not hide a missing annotated heading in the same file', async () => {
    const source = (await readFile(`${BROKEN}/missing-title.md`, 'utf8')).replace(
      'heading: Method',
      'heading: Methods',
    );
    expect(() => buildCorpus([{ file: 'x.md', source }])).toThrow(/no heading "Methods" in the body/);
  });

  it('two files with the same document id are reported', () => {
    const source = review({ id: 'same-id', body: '\nSome text that is quoted.\n' });
    expect(() =>
      buildCorpus([
        { file: 'a.md', source },
        { file: 'b.md', source },
      ]),
    ).toThrow('b.md:2: id: duplicate document id "same-id" (also in a.md)');
  });

  it('an empty or missing directory is a problem, not an empty corpus', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'corpus-empty-'));
    try {
      await expect(loadCorpus(empty)).rejects.toThrow(
        `${empty}:0: (directory): no review files (*.md) found`,
      );
      await expect(loadCorpus(join(empty, 'nope'))).rejects.toThrow(
        /nope:0: \(directory\): cannot read: ENOENT/,
      );
    } finally {
      await rm(empty, { recursive: true });
    }
  });
});

describe('BibTeX faults', () => {
  const withBibtex = (bib: string) =>
    review({ body: '\nSome text (Roe, 2019).\n' }).replace(
      'strength:',
      `references_bibtex: |\n${bib
        .split('\n')
        .map((l) => `  ${l}`)
        .join('\n')}\nstrength:`,
    );

  it('unreadable BibTeX is reported under references_bibtex', () => {
    const source = withBibtex('@book{broken, title = {x');
    expect(() => buildCorpus([{ file: 'b.md', source }])).toThrow(
      /b\.md:10: references_bibtex: BibTeX could not be read: /,
    );
  });

  // Regression test, fixed since (src/corpus/document.ts): references imported from references_bibtex skip the CSL schema, so an
  // entry without a year (hence no "issued") loads silently and none of its citations can ever resolve.
  // Repro: references_bibtex "@book{poe, author = {Poe, Pat}, title = {No year}}" → no problem reported.
  it('a BibTeX entry without a year is reported', () => {
    const source = withBibtex('@book{poe, author = {Poe, Pat}, title = {No year}}');
    expect(() => buildCorpus([{ file: 'b.md', source }])).toThrow(/issued|year/);
  });

  // Regression test, fixed since (src/corpus/document.ts): problems with BibTeX-imported entries are reported as "references[i]…"
  // with i counting past the YAML list, at the line of `references:`, rather than under references_bibtex.
  // Repro: YAML reference roe2019 plus BibTeX "@book{roe2019, …}" gives
  // "b.md:12: references[1].id: duplicate reference key "roe2019"" (there is no references[1]).
  it('a duplicate key coming from BibTeX is reported under references_bibtex', () => {
    const source = withBibtex('@book{roe2019, author = {Roe, Rita}, title = {Dup}, year = {2019}}').replace(
      'strength:',
      'references:\n  - id: roe2019\n    type: book\n    author: [{ family: Roe }]\n    issued: { date-parts: [[2019]] }\n    title: A book\nstrength:',
    );
    expect(() => buildCorpus([{ file: 'b.md', source }])).toThrow(
      /b\.md:10: references_bibtex: duplicate reference key "roe2019"/,
    );
  });
});

describe('npm run corpus:check', () => {
  const run = promisify(execFile);
  const check = async (dir: string) => {
    try {
      const { stdout, stderr } = await run('npx', ['tsx', 'src/cli/corpus-check.ts', dir]);
      return { code: 0, stdout, stderr };
    } catch (e) {
      const err = e as { code: number; stdout: string; stderr: string };
      return { code: err.code, stdout: err.stdout, stderr: err.stderr };
    }
  };

  it('prints every broken fixture’s problem and exits non-zero', { timeout: 60_000 }, async () => {
    const { code, stderr } = await check(BROKEN);
    expect(code).toBe(1);
    const lines = stderr.split('\n');
    for (const [name, expected] of TABLE) {
      for (const e of expected) expect(lines).toContain(`${BROKEN}/${name}:${e}`);
    }
    expect(stderr).toMatch(/corpus has \d+ problem\(s\): fix them, then run npm run corpus:check again/);
  });

  it('reports a clean corpus and exits 0', { timeout: 60_000 }, async () => {
    const { code, stdout } = await check(VALID);
    expect(code).toBe(0);
    expect(stdout).toContain(
      `ok  ${VALID}/example-review.md: "Home visiting for new parents: an example rapid evidence review" — 6 passages, 3 references (3 cited inline)`,
    );
    expect(stdout).toContain('corpus clean: 1 document(s), 6 passages');
    expect(stdout).not.toContain('citation warning');
  });

  it('names each citation that resolves to nothing and counts them in its last line', {
    timeout: 60_000,
  }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'evidence-check-'));
    try {
      await writeFile(
        join(dir, 'r.md'),
        review({ body: '## Results\n\nIt helped (Jones, 2015), as did (Lee, 2016).' }),
      );
      const { code, stdout } = await check(dir);
      expect(code).toBe(0);
      expect(stdout).toMatch(/warning {2}.*r\.md:\d+: citation "\(Jones, 2015\)"/);
      expect(stdout).toMatch(/warning {2}.*r\.md:\d+: citation "\(Lee, 2016\)"/);
      expect(stdout.trim().split('\n').at(-1)).toMatch(
        /^corpus clean: 1 document\(s\), 1 passages \(2 citation warnings above/,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('YAML faults', () => {
  it('name the key and say to quote a value that contains ": "', () => {
    const source = review({ body: '## Summary\n\nText.', basis: 'x' }).replace(
      'basis: "x"',
      'basis: Summary: GRADE',
    );
    expect(() => buildCorpus([{ file: 'y.md', source }])).toThrow(
      'y.md:14: (front matter): YAML: Nested mappings are not allowed in compact mappings (key "basis": its value contains ": ", so quote it: basis: "Summary: GRADE")',
    );
  });

  it('a YAML fault in one file still lets every other file, and the body checks, report', () => {
    const broken = review({ body: '', basis: 'x' }).replace('basis: "x"', 'basis: Summary: GRADE');
    const other = review({ id: 'other', body: '## A\n\nText.', basis: 'Missing heading' });
    try {
      buildCorpus([
        { file: 'y.md', source: broken },
        { file: 'o.md', source: other },
      ]);
      expect.unreachable();
    } catch (e) {
      expect((e as CorpusError).problems.map(formatProblem)).toEqual([
        'y.md:14: (front matter): YAML: Nested mappings are not allowed in compact mappings (key "basis": its value contains ": ", so quote it: basis: "Summary: GRADE")',
        'y.md:16: body: the body has no text to quote',
        'o.md:14: strength.default.basis: basis "Missing heading" names no heading of the body: name the section (or table) where the review makes this judgement',
      ]);
    }
  });
});
