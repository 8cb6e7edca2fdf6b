import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/importer/errors.js';
import { importReview } from '../../src/importer/import-review.js';
import { folderWith } from './helpers.js';

const run = promisify(execFile);

/** Runs the CLI as a user would; resolves with its exit code and output, never throws on a non-zero exit. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', ['--import', 'tsx', 'src/cli/corpus-import.ts', ...args]);
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

async function rejection(input: string): Promise<ImportError> {
  const e = await importReview(input, { outDir: 'unused' }).catch((err: unknown) => err);
  expect(e).toBeInstanceOf(ImportError);
  return e as ImportError;
}

describe('bad input: one clear message each, non-zero exit, nothing written', () => {
  it('a missing file', async () => {
    const out = folderWith({});
    const r = await cli('no/such/review.pdf', '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      'corpus:import: no/such/review.pdf: no such file or folder [missing-file]; nothing written',
    );
    expect(readdirSync(out)).toEqual([]);
  });

  it('a file of an unknown type', async () => {
    const dir = folderWith({ 'sheet.xlsx': 'PK\u0003\u0004' });
    const e = await rejection(`${dir}/sheet.xlsx`);
    expect(e.code).toBe('unknown-type');
    expect(e.message).toBe(
      `${dir}/sheet.xlsx: unknown file type ".xlsx": the importer reads .pdf .html .htm .xhtml .docx .xml .nxml .md .markdown .rmd .qmd .tex .txt files and bookdown/Quarto folders`,
    );
  });

  it('a file that claims a type it is not', async () => {
    const dir = folderWith({
      'fake.pdf': 'hello',
      'fake.docx': 'hello',
      'data.xml': '<?xml version="1.0"?><catalog/>',
    });
    expect((await rejection(`${dir}/fake.pdf`)).message).toBe(
      `${dir}/fake.pdf: not a PDF file (it does not start with "%PDF-")`,
    );
    expect((await rejection(`${dir}/fake.docx`)).message).toBe(
      `${dir}/fake.docx: not a Word .docx file (it is not a zip package)`,
    );
    expect((await rejection(`${dir}/data.xml`)).message).toBe(
      `${dir}/data.xml: an XML file that is not a JATS article (no <article> element)`,
    );
  });

  it('a text file with nothing to import', async () => {
    const dir = folderWith({ 'empty.txt': '\n \n' });
    const e = await rejection(`${dir}/empty.txt`);
    expect([e.code, e.message]).toEqual(['empty-source', `${dir}/empty.txt: no text found to import`]);
  });

  it('a bad --id, and no input at all', async () => {
    const dir = folderWith({ 'r.txt': 'Some words of a review.\n' });
    const e = await importReview(`${dir}/r.txt`, { outDir: dir, id: 'Bad Id' }).catch((err: unknown) => err);
    expect((e as ImportError).message).toBe(
      '--id "Bad Id": use lowercase letters, digits and hyphens, starting with a letter or digit',
    );
    const r = await cli();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('usage: npm run corpus:import -- <file or folder>');
  });

  it('a good input through the CLI writes the draft and prints the summary', async () => {
    const out = folderWith({});
    const r = await cli('tests/fixtures/importer/split-box.txt', '--out', out);
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toEqual(['_draft-split-box.md']);
    expect(r.stdout).toContain('found  6 headings, 5 passages it would make');
    expect(r.stdout).toContain('corpus check: the draft loads');
  });
});
