/**
 * `npm run corpus:import -- <file or folder> [--bib refs.bib] [--id ID] [--out DIR]`: turns a review (PDF, web
 * page, Word file, JATS article, Markdown/R Markdown/Quarto/bookdown, LaTeX or plain text) into a draft corpus
 * file `_draft-<id>.md` in the corpus directory, runs the corpus check on it and prints a summary.
 * docs/importing.md describes it. A bad input prints one message, writes nothing and exits 1.
 */
import 'dotenv/config';
import { mkdir, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ImportError } from '../importer/errors.js';
import { importReview } from '../importer/import-review.js';
import { summaryLines } from '../importer/summary.js';

const USAGE = 'usage: npm run corpus:import -- <file or folder> [--bib refs.bib] [--id ID] [--out DIR]';

async function main(): Promise<number> {
  let args: ReturnType<
    typeof parseArgs<{
      options: { bib: { type: 'string' }; id: { type: 'string' }; out: { type: 'string' } };
      allowPositionals: true;
    }>
  >;
  try {
    args = parseArgs({
      options: { bib: { type: 'string' }, id: { type: 'string' }, out: { type: 'string' } },
      allowPositionals: true,
    });
  } catch (e) {
    console.error(`corpus:import: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const input = args.positionals[0];
  if (!input || args.positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  const outDir = args.values.out ?? process.env.CORPUS_DIR ?? 'corpus';
  try {
    const r = await importReview(input, {
      outDir,
      ...(args.values.bib ? { bib: args.values.bib } : {}),
      ...(args.values.id ? { id: args.values.id } : {}),
    });
    await mkdir(outDir, { recursive: true });
    await writeFile(r.draftPath, r.draft, 'utf8');
    for (const line of summaryLines(r)) console.log(line);
    return r.problems.length > 0 ? 1 : 0;
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    console.error(`corpus:import: ${e.message} [${e.code}]; nothing written`);
    return 1;
  }
}

process.exitCode = await main();
