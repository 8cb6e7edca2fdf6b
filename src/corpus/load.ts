/**
 * Loads every review in a corpus directory. Any problem in any file stops the load: all problems are
 * collected first and thrown together as a CorpusError, so that nothing is ever dropped silently.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCorpusFile } from './document.js';
import { CorpusError, type CorpusProblem } from './errors.js';
import { EMPTY_THESAURUS, loadThesaurus, THESAURUS_FILE } from './thesaurus.js';
import type { Corpus, ReviewDocument, ThesaurusData } from './types.js';

/** Review files: every *.md in the directory, except names starting with "_" or "." and README.md.
 * The directory may also hold thesaurus.yml (see corpus/thesaurus.yml). */
export function isReviewFile(name: string): boolean {
  return name.endsWith('.md') && !/^[_.]/.test(name) && name.toLowerCase() !== 'readme.md';
}

export async function loadCorpus(dir: string): Promise<Corpus> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter(isReviewFile).sort();
  } catch (e) {
    throw new CorpusError([
      { file: dir, line: 0, field: '(directory)', message: `cannot read: ${(e as Error).message}` },
    ]);
  }
  const read = await Promise.all(names.map((n) => readReviewFile(join(dir, n))));
  const files = read.flatMap((r) => ('source' in r ? [r] : []));
  const unreadable = read.flatMap((r) => ('problem' in r ? [r.problem] : []));
  let thesaurus: ThesaurusData = EMPTY_THESAURUS;
  let thesaurusProblems: CorpusProblem[] = [];
  try {
    thesaurus = await loadThesaurus(join(dir, THESAURUS_FILE));
  } catch (e) {
    if (!(e instanceof CorpusError)) throw e;
    thesaurusProblems = e.problems;
  }
  return buildCorpus(files, dir, thesaurus, [...unreadable, ...thesaurusProblems]);
}

/**
 * The largest review file read (10 MB: the largest real review converted is under 1 MB). A bigger one is
 * refused before parsing, so that one file cannot hold a reload for minutes.
 */
export const MAX_REVIEW_FILE_BYTES = 10 * 1024 * 1024;

/** A review's text, or the problem that stops it being read (too big, a symlink loop, unreadable). */
async function readReviewFile(
  file: string,
): Promise<{ file: string; source: string } | { problem: CorpusProblem }> {
  const problem = (message: string) => ({ problem: { file, line: 0, field: '(file)', message } });
  try {
    const { size } = await stat(file);
    if (size > MAX_REVIEW_FILE_BYTES)
      return problem(
        `is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_REVIEW_FILE_BYTES / 1024 / 1024} MB limit for one review file: split it into several reviews`,
      );
    return { file, source: await readFile(file, 'utf8') };
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    return problem(
      code === 'ELOOP'
        ? 'cannot read: it is a symbolic link that loops'
        : `cannot read: ${(e as Error).message}`,
    );
  }
}

/** Builds a corpus from file contents already in memory (used by loadCorpus, tests and benchmarks). */
export function buildCorpus(
  files: { file: string; source: string }[],
  dir = '(memory)',
  thesaurus: ThesaurusData = EMPTY_THESAURUS,
  earlierProblems: CorpusProblem[] = [],
): Corpus {
  const problems: CorpusProblem[] = [...earlierProblems];
  const corpus: Corpus = { documents: [], thesaurus, passages: [], unresolved: [] };
  const ids = new Map<string, string>();
  if (files.length === 0) {
    problems.push({ file: dir, line: 0, field: '(directory)', message: 'no review files (*.md) found' });
  }
  for (const { file, source } of files) {
    const parsed = parseCorpusFile(file, source);
    problems.push(...parsed.problems);
    corpus.unresolved.push(...parsed.unresolved);
    const doc: ReviewDocument | undefined = parsed.document;
    if (!doc) continue;
    const other = ids.get(doc.id);
    if (other)
      problems.push({
        file,
        line: 2,
        field: 'id',
        message: `duplicate document id "${doc.id}" (also in ${other})`,
      });
    ids.set(doc.id, file);
    corpus.documents.push(doc);
    corpus.passages.push(...parsed.passages);
  }
  if (problems.length > 0) throw new CorpusError(problems);
  return corpus;
}
