/**
 * `npx tsx scripts/calibrate.ts [--corpus DIR ...] [set ...]`: the corpus's own fitted abstention thresholds
 * (src/retrieval/calibration.ts), the evidence signals of every question in the evaluation sets, and for a
 * grid of thresholds the share of off-topic questions declined and of answerable ones wrongly declined, per
 * set: how the fit compares with real questions (docs/design.md).
 */
import { existsSync, readFileSync } from 'node:fs';
import { analyzerFor } from '../src/retrieval/analyzer.js';
import { describeCalibration } from '../src/retrieval/calibration.js';
import { search } from '../src/retrieval/search.js';
import { buildSearchIndex } from '../src/retrieval/search-index.js';
import type { Signals } from '../src/retrieval/signals.js';
import { loadCorpora } from './corpora.js';

const argv = process.argv.slice(2);
const dirs = argv.flatMap((a, i) => (a === '--corpus' && argv[i + 1] ? [argv[i + 1] as string] : []));
const files = argv.filter((a, i) => a !== '--corpus' && argv[i - 1] !== '--corpus');
const sets =
  files.length > 0 ? files : ['../shared/eval/questions.jsonl', 'eval/heldout.jsonl'].filter(existsSync);
const corpus = await loadCorpora(dirs.length > 0 ? dirs : ['corpus']);
const analyzer = analyzerFor(corpus);
const index = buildSearchIndex(corpus, analyzer);
if (index.calibration) console.log(describeCalibration(index.calibration));

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
