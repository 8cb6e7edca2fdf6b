/**
 * `npx tsx scripts/explain.ts [--corpus DIR ...] "question" ...`: prints what each stage of the retrieval
 * pipeline (src/retrieval/pipeline) made of a question: analyse (words, typing, about-the-review), expand
 * (terms with IDF weight, specificity, how reached), score (first-stage candidates), re-rank (final order)
 * and decide (signals, thresholds, answer or no match). For tuning. Several --corpus directories are loaded
 * together (as in `npm run eval`); default corpus/ (or CORPUS_DIR).
 */
import { analyzerFor } from '../src/retrieval/analyzer.js';
import { createCorrector } from '../src/retrieval/correction.js';
import { search } from '../src/retrieval/search.js';
import { buildSearchIndex } from '../src/retrieval/search-index.js';
import { loadCorpora } from './corpora.js';

const argv = process.argv.slice(2);
const dirs = argv.flatMap((a, i) => (a === '--corpus' && argv[i + 1] ? [argv[i + 1] as string] : []));
const questions = argv.filter((a, i) => a !== '--corpus' && argv[i - 1] !== '--corpus');
const corpus = await loadCorpora(dirs.length > 0 ? dirs : [process.env.CORPUS_DIR ?? 'corpus']);
const analyzer = analyzerFor(corpus);
const index = buildSearchIndex(corpus, analyzer);
const corrector = createCorrector(() => corpus.passages.map((p) => `${p.text}\n${p.headingPath.join('\n')}`));
const byId = new Map(corpus.passages.map((p) => [p.id, p]));
const line = (id: string) => {
  const p = byId.get(id);
  return `${p?.role === 'about' ? 'about ' : ''}${p?.docId.slice(0, 14)} ${p?.headingPath.at(-1)?.slice(0, 36) ?? '(no heading)'} | ${p?.text.slice(0, 60).replace(/\s+/g, ' ')}`;
};
const SHOW = Number(process.env.SHOW ?? 6);
for (const q of questions) {
  const out = search(index, analyzer, q, { corrector });
  const { analysed, candidates, ranked } = out.stages;
  console.log(`\n${q}`);
  console.log(
    `  analyse: ${analysed.words.map((w) => w.term).join(' ')}${analysed.typing ? ' (typing)' : ''}${analysed.aboutReview ? ' (about the review)' : ''}`,
  );
  console.log(
    `  expand: ${out.terms.map((t) => `${t.term}(${t.via === 'typo' ? `typo of ${t.raw}, ` : ''}df ${index.df.get(t.term) ?? 0}, w ${t.weight.toFixed(2)}, spec ${t.specificity.toFixed(2)}${t.generic ? ', generic' : ''})`).join(' ')}`,
  );
  console.log(`  score: ${candidates.length} candidates`);
  for (const c of candidates.slice(0, SHOW))
    console.log(`    ${c.score.toFixed(1)} [${c.queryTerms.join(',')}] ${line(c.id)}`);
  console.log('  re-rank:');
  for (const r of ranked.slice(0, SHOW))
    console.log(`    ${r.score.toFixed(1)} [${r.queryTerms.join(',')}] ${line(r.id)}`);
  console.log(
    `  decide: ${JSON.stringify(out.top)} → ${out.answerable ? `ANSWER (${out.hits.length} passages)` : 'NO MATCH'}`,
  );
}
