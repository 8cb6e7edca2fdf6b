/**
 * `npx tsx scripts/explain.ts [--corpus DIR ...] "question" ...`: shows how a question is analysed, the top
 * passages with their scores and matched terms, and the evidence signals behind answer or abstention. For
 * tuning. Several --corpus directories are loaded together (as in `npm run eval`); default corpus/.
 */

import { createAnalyzer } from '../src/retrieval/analyzer.js';
import { search, topResults } from '../src/retrieval/search.js';
import { buildSearchIndex } from '../src/retrieval/search-index.js';
import { loadCorpora } from './corpora.js';

const argv = process.argv.slice(2);
const dirs = argv.flatMap((a, i) => (a === '--corpus' && argv[i + 1] ? [argv[i + 1] as string] : []));
const questions = argv.filter((a, i) => a !== '--corpus' && argv[i - 1] !== '--corpus');
const corpus = await loadCorpora(dirs.length > 0 ? dirs : [process.env.CORPUS_DIR ?? 'corpus']);
const analyzer = createAnalyzer(corpus.thesaurus);
const index = buildSearchIndex(corpus, analyzer);
const byId = new Map(corpus.passages.map((p) => [p.id, p]));
for (const q of questions) {
  const out = search(index, analyzer, q);
  const weights = out.terms.map(
    (t) =>
      `${t.term}(df ${index.df.get(t.term) ?? 0}, w ${t.weight.toFixed(2)}${t.generic ? ', generic' : ''})`,
  );
  console.log(`\n${q}\n  terms: ${weights.join(' ')}`);
  console.log(`  top: ${JSON.stringify(out.top)} → ${out.answerable ? 'ANSWER' : 'NO MATCH'}`);
  const raw = topResults(
    index.compact,
    out.terms.map((t) => ({ term: t.term, prefix: false })),
    index.size,
  );
  for (const h of out.hits.slice(0, 8)) {
    const p = byId.get(h.id);
    const r = raw.find((x) => x.id === h.id);
    console.log(
      `  ${h.score.toFixed(2)} [${r?.queryTerms.join(',')}] ${p?.headingPath.at(-1)?.slice(0, 40)} | ${p?.text.slice(0, 70).replace(/\s+/g, ' ')}`,
    );
  }
}
