/**
 * The second half of `npm run build`: serialises the search index of the corpus (CORPUS_DIR or corpus/, or
 * the first argument) to dist/search-index.json, with the content hash of the corpus files, the thesaurus and
 * INDEX_FORMAT_VERSION. Start-up (src/bootstrap.ts) uses it instead of re-indexing when the hash matches.
 * A broken corpus fails the build, naming every problem.
 *
 *   node dist/cli/build-index.js [corpusDir] [--out file]
 */
import 'dotenv/config';
import { parseArgs } from 'node:util';
import { loadCorpusWithHash } from '../bootstrap.js';
import { CorpusError, formatProblem } from '../corpus/errors.js';
import { analyzerFor } from '../retrieval/analyzer.js';
import { describeCalibration } from '../retrieval/calibration.js';
import { buildSearchIndex, serialiseIndex } from '../retrieval/search-index.js';
import { DEFAULT_INDEX_FILE, writeIndexFile } from '../runtime/index-file.js';

const { values, positionals } = parseArgs({
  options: { out: { type: 'string' } },
  allowPositionals: true,
});
const dir = positionals[0] ?? process.env.CORPUS_DIR ?? 'corpus';
const out = values.out ?? DEFAULT_INDEX_FILE;

const started = performance.now();
try {
  const { corpus, contentHash } = await loadCorpusWithHash(dir);
  const index = buildSearchIndex(corpus, analyzerFor(corpus));
  const json = serialiseIndex(index, contentHash);
  await writeIndexFile(out, json);
  const ms = Math.round(performance.now() - started);
  process.stdout.write(
    `index: ${corpus.passages.length} passages from ${dir} → ${out} (${Math.round(json.length / 1024)} KiB, ${contentHash}, ${ms} ms)\n`,
  );
  if (index.calibration) process.stdout.write(`${describeCalibration(index.calibration)}\n`);
} catch (e) {
  if (!(e instanceof CorpusError)) throw e;
  for (const p of e.problems) process.stderr.write(`${formatProblem(p)}\n`);
  process.stderr.write(`Cannot build the index: the corpus in ${dir} has ${e.problems.length} problem(s).\n`);
  process.exitCode = 1;
}
