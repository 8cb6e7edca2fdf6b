/**
 * `npm run corpus:check [dir]`: validates every review in the corpus directory (default: CORPUS_DIR or
 * corpus/). Prints every problem as file:line: field: message and exits 1, or prints a summary and exits 0.
 * Control characters and escape sequences from the corpus are never printed.
 */
import 'dotenv/config';
import { inert } from '../adapters/console/inert.js';
import { CorpusError, formatProblem } from '../corpus/errors.js';
import { loadCorpus } from '../corpus/load.js';

// Titles, citations and file names come from the corpus: nothing in them may act on the operator's terminal.
const print = (line: string) => console.log(inert(line));
const printError = (line: string) => console.error(inert(line));

const dir = process.argv[2] ?? process.env.CORPUS_DIR ?? 'corpus';
try {
  const corpus = await loadCorpus(dir);
  for (const doc of corpus.documents) {
    const n = corpus.passages.filter((p) => p.docId === doc.id).length;
    const cited = new Set(
      corpus.passages.filter((p) => p.docId === doc.id).flatMap((p) => p.citations.map((c) => c.key)),
    );
    print(
      `ok  ${doc.file}: "${doc.title}" — ${n} passages, ${doc.references.length} references (${cited.size} cited inline${doc.inlineCitations === 'numbered' ? ' by number' : ''})`,
    );
  }
  for (const u of corpus.unresolved) {
    print(`warning  ${u.file}:${u.line}: citation "${u.text}" ${u.problem}`);
  }
  const warnings = corpus.unresolved.length;
  print(
    `corpus clean: ${corpus.documents.length} document(s), ${corpus.passages.length} passages${warnings > 0 ? ` (${warnings} citation warning${warnings === 1 ? '' : 's'} above: the passages stand, those citations show unresolved)` : ''}`,
  );
} catch (e) {
  if (!(e instanceof CorpusError)) throw e;
  for (const p of e.problems) printError(formatProblem(p));
  printError(`corpus has ${e.problems.length} problem(s): fix them, then run npm run corpus:check again`);
  process.exitCode = 1;
}
