/**
 * `tsx scripts/bench-verify.ts [--size N]`: checks that the compact index's top-k scorer (topResults in
 * src/retrieval/index/score.ts) gives exactly what MiniSearch's own search gives on a MiniSearch index of the
 * same analysed fields (buildMiniSearch): same ids in the same order, identical scores and matched terms, for
 * the sample, held-out, synthetic and pathological questions (as typed, while typing, misspelt, doubled), with
 * prefix expansion as search() asks for it (search() corrects typos before searching, so never asks for
 * fuzzy matching). Also checks that a serialised index loads to the same answers. Exits 1 on any difference.
 * A correctness check for the benchmark's speed-ups, not a test.
 */
import { loadCorpus } from '../src/corpus/load.js';
import { analyzerFor } from '../src/retrieval/analyzer.js';
import { SEARCH_DEFAULTS } from '../src/retrieval/index-options.js';
import { search, type TermSpec, topResults } from '../src/retrieval/search.js';
import {
  buildMiniSearch,
  buildSearchIndex,
  loadSearchIndex,
  serialiseIndex,
} from '../src/retrieval/search-index.js';
import { parseArgs, ROOT, sampleQuestions } from './bench-lib.js';
import { synthCorpus } from './synth-corpus.js';

const args = parseArgs(process.argv.slice(2));
const size = Number(args.get('size') ?? 0);
const synth = size > 0 ? synthCorpus({ passages: size }) : undefined;
const corpus = await loadCorpus(synth?.dir ?? `${ROOT}corpus`);
const analyzer = analyzerFor(corpus);
const index = buildSearchIndex(corpus, analyzer);
const mini = buildMiniSearch(corpus, analyzer);
const loaded = loadSearchIndex(serialiseIndex(index, 'v'), 'v');
if (!loaded) throw new Error('serialised index did not load');

const { sample, heldout } = sampleQuestions();
const questions = [
  ...sample,
  ...heldout,
  ...(synth?.questions ?? []),
  ...(synth?.misspellings ?? ['intergrationn colocashun multiagensy']).map((q) => ({ q })),
].map((x) => x.q);
// Long questions, as in the benchmark's pathological set: the first 100 words of 20 passages spread over the corpus.
const step = Math.max(1, Math.floor(corpus.passages.length / 20));
for (let i = 0; i < corpus.passages.length; i += step) {
  questions.push((corpus.passages[i]?.text ?? '').split(/\s+/).slice(0, 100).join(' '));
}
// Variants: typing (prefix on the last word), misspelt words (fuzzy), and long questions.
const variants = questions.flatMap((q) => [
  q,
  q.replace(/[?.!]+$/, ''),
  q.replace(/\b(\w{6,})\b/, (w) => `${w.slice(0, 2)}${w.slice(3)}x`),
  `${q} ${q}`,
]);

let failures = 0;
let compared = 0;
for (const q of variants) {
  const terms = analyzer.queryTerms(q);
  if (terms.length === 0) continue;
  const typing = /[\p{L}\p{N}]$/u.test(q);
  const specs: TermSpec[] = terms.map((t, i) => ({
    term: t.term,
    prefix: typing && i === terms.length - 1 && t.term.length >= 3,
  }));
  const slow = mini
    .search(specs.map((s) => s.term).join(' '), {
      ...SEARCH_DEFAULTS,
      fuzzy: false,
      prefix: (_: string, i: number) => specs[i]?.prefix ?? false,
    })
    .slice(0, 12);
  compared++;
  // Both paths of the scorer, whatever the question's size: exhaustive, and pruned (MaxScore).
  const paths = [Number.POSITIVE_INFINITY, 0].map((pruneFrom) =>
    topResults(index.compact, specs, 12, pruneFrom),
  );
  const fast = paths.find(
    (f) =>
      !(
        f.length === slow.length &&
        f.every(
          (x, i) =>
            x.id === slow[i]?.id &&
            x.score === slow[i]?.score &&
            [...x.queryTerms].sort().join() === [...(slow[i]?.queryTerms ?? [])].sort().join(),
        )
      ),
  );
  const same = fast === undefined;
  const a = search(index, analyzer, q);
  const b = search(loaded, analyzer, q);
  const sameLoaded = JSON.stringify(a) === JSON.stringify(b);
  if (!same || !sameLoaded) {
    failures++;
    if (failures <= 5) {
      console.log(`DIFF${sameLoaded ? '' : ' (loaded index)'}: ${q}`);
      console.log('  fast', JSON.stringify(fast?.slice(0, 4)));
      console.log('  mini', JSON.stringify(slow.slice(0, 4).map((r) => [r.id, r.score, r.queryTerms])));
    }
  }
}
console.log(`${compared} questions compared on ${corpus.passages.length} passages: ${failures} differences`);
process.exit(failures === 0 ? 0 : 1);
