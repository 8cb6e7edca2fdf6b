/**
 * `npx tsx scripts/calibrate.ts [set ...]`: the evidence signals of every question in the evaluation sets,
 * and for a grid of thresholds the share of off-topic questions declined and of answerable ones wrongly
 * declined, per set. Used to choose DEFAULT_THRESHOLDS in src/retrieval/signals.ts (docs/design.md).
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadCorpus } from '../src/corpus/load.js';
import { createAnalyzer } from '../src/retrieval/analyzer.js';
import { search } from '../src/retrieval/search.js';
import { buildSearchIndex } from '../src/retrieval/search-index.js';
import type { Signals } from '../src/retrieval/signals.js';

const files = process.argv.slice(2);
const sets =
  files.length > 0 ? files : ['../shared/eval/questions.jsonl', 'eval/heldout.jsonl'].filter(existsSync);
const corpus = await loadCorpus('corpus');
const analyzer = createAnalyzer(corpus.thesaurus);
const index = buildSearchIndex(corpus, analyzer);

const measured = new Map<string, { answerable: boolean; s: Signals; q: string }[]>();
for (const f of sets) {
  const rows = readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { q: string; expect: string[] | null })
    .map(({ q, expect }) => ({ q, answerable: expect !== null, s: search(index, analyzer, q).top }));
  measured.set(f, rows);
  for (const r of [...rows].sort((a, b) => a.s.weightedCoverage - b.s.weightedCoverage)) {
    const { weightedCoverage: w, coverage: c, specificMatch } = r.s;
    console.log(
      `${r.answerable ? 'ANS' : 'OFF'} w ${w.toFixed(2)} c ${c.toFixed(2)} ${specificMatch ? 'S' : '-'} ${r.q}`,
    );
  }
}
console.log(
  `\nminW  minC  ${sets.map((f) => `${f}: off-topic declined / answerable declined`).join('  |  ')}`,
);
for (let w = 0.3; w <= 0.7001; w += 0.05) {
  for (let c = 0.25; c <= 0.5001; c += 0.05) {
    const cells = sets.map((f) => {
      const rows = measured.get(f) ?? [];
      const ok = (s: Signals) => s.specificMatch && s.weightedCoverage >= w && s.coverage >= c;
      const off = rows.filter((r) => !r.answerable);
      const ans = rows.filter((r) => r.answerable);
      const share = (n: number, of: number) => (of === 0 ? '-' : (n / of).toFixed(2));
      return `${share(off.filter((r) => !ok(r.s)).length, off.length)} / ${share(ans.filter((r) => !ok(r.s)).length, ans.length)}`;
    });
    console.log(`${w.toFixed(2)}  ${c.toFixed(2)}  ${cells.join('  |  ')}`);
  }
}
