/**
 * The sha256 of the serialised index of a corpus (and of its related terms and calibration apart), to show that a
 * speed change leaves the index byte-identical: run it before and after on the same corpus and compare.
 *
 * `node --import tsx scripts/index-hash.ts [--size N] [--dir DIR]...` (`--size N`: the synthetic corpus of N
 * passages, scripts/synth-corpus.ts; `--dir`: a corpus directory, several joined as the eval joins them;
 * neither: the bundled corpus). Prints `HASH {json}`.
 */
import { createHash } from 'node:crypto';
import { analyzerFor } from '../src/retrieval/analyzer.js';
import { buildSearchIndex, serialiseIndex } from '../src/retrieval/search-index.js';
import { ROOT } from './bench-lib.js';
import { loadCorpora } from './corpora.js';
import { synthCorpus } from './synth-corpus.js';

const argv = process.argv.slice(2);
const dirs: string[] = [];
let size = 0;
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--dir') dirs.push(argv[++i] as string);
  else if (argv[i] === '--size') size = Number(argv[++i]);
}
if (size > 0) dirs.push(synthCorpus({ passages: size, seed: 7 }).dir);
if (dirs.length === 0) dirs.push(`${ROOT}corpus`);

const corpus = await loadCorpora(dirs);
const analyzer = analyzerFor(corpus);
const t = performance.now();
const index = buildSearchIndex(corpus, analyzer);
const buildMs = performance.now() - t;
const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const json = serialiseIndex(index, 'hash');
console.log(
  `HASH ${JSON.stringify({
    dirs,
    passages: corpus.passages.length,
    index: sha(json),
    related: sha(JSON.stringify([...index.related])),
    calibration: sha(JSON.stringify(index.calibration)),
    buildMs: Math.round(buildMs),
  })}`,
);
