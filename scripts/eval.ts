/**
 * `npm run eval [-- --corpus DIR ... --set FILE ... --no-thesaurus]`: retrieval quality on question sets (one JSON object a
 * line: {"q": question, "expect": [phrases] | null}). A question is a hit at rank k when one of its phrases
 * occurs (case-insensitively) in the text or heading path of the passage at rank k; null means the bot must
 * answer "no evidence found". For each set it prints hit@1, hit@3, MRR, off-topic abstention and false
 * abstention for our pipeline, for MiniSearch with default options and for plain Okapi BM25 (scripts/bm25.ts)
 * over the same passages, and lists every miss.
 *
 * With --corpus and/or --set (each repeatable; several --corpus directories are loaded together) one run is
 * made: the given sets (default: the bundled sample) on the given corpora (default: corpus/). Without them,
 * the default runs: the bundled sample and held-out sets on corpus/; the real-review sets on
 * ../shared/corpora/real; and all of them again on both corpora loaded together. Then the bars, met or
 * not, and last the summary lines (`<set> on <corpora>:` then one line per pipeline). --no-thesaurus reads every
 * corpus without its thesaurus.yml (the bars are then not checked): the bundled review as a team's review
 * without one would be, so that the general mechanisms are measured on their own.
 */
import { existsSync } from 'node:fs';
import MiniSearch from 'minisearch';
import type { Corpus } from '../src/corpus/types.js';
import { createEvidenceService } from '../src/retrieval/service.js';
import { type Quality, quality, type Ranked, readQuestions } from './bench-lib.js';
import { bm25Index } from './bm25.js';
import { loadCorpora } from './corpora.js';

const BUNDLED = 'corpus';
const REAL = '../shared/corpora/real';
const SAMPLE = '../shared/eval/questions.jsonl';
const HELDOUT = 'eval/heldout.jsonl';
const REAL_DEV = '../shared/eval/real-dev.jsonl';
const REAL_EXTRA = 'eval/real-extra.jsonl';
/** Written blind (by someone who had not seen the pipeline or the other sets) on all six real reviews. */
const REAL_FRESH = 'eval/real-fresh.jsonl';
/** Written blind the same way in session 12 (72 questions, 12 off-topic); its odd lines were read for faults. */
const REAL_BLIND = 'eval/real-blind.jsonl';

interface Run {
  corpora: string[];
  sets: string[];
}

const args = process.argv.slice(2);
const repeated = (flag: string) =>
  args.flatMap((a, i) => (a === flag && args[i + 1] ? [args[i + 1] as string] : []));
const givenCorpora = repeated('--corpus');
const givenSets = repeated('--set');
/** Every corpus read without its thesaurus.yml: what the general mechanisms do on their own (a team's review
 * comes with none). */
const noThesaurus = args.includes('--no-thesaurus');
const present = (files: string[]) => files.filter((f) => existsSync(f));
const runs: Run[] =
  givenCorpora.length + givenSets.length > 0
    ? [
        {
          corpora: givenCorpora.length > 0 ? givenCorpora : [BUNDLED],
          sets: givenSets.length > 0 ? givenSets : [SAMPLE],
        },
      ]
    : [
        { corpora: [BUNDLED], sets: present([HELDOUT, SAMPLE]) },
        { corpora: [REAL], sets: present([REAL_DEV, REAL_EXTRA, REAL_FRESH, REAL_BLIND]) },
        {
          corpora: [BUNDLED, REAL],
          sets: present([HELDOUT, SAMPLE, REAL_DEV, REAL_EXTRA, REAL_FRESH, REAL_BLIND]),
        },
      ].filter((r) => r.corpora.every((c) => existsSync(c)) && r.sets.length > 0);

const shown = (section: string, text: string) => `${section}\n${text}`;

function ourPipeline(corpus: Corpus): (q: string) => Ranked {
  const service = createEvidenceService(corpus);
  return (q) => {
    const a = service.answer(q, { limit: 10 });
    if (a.kind !== 'answered') return { abstained: true, passages: [] };
    return { abstained: false, passages: a.passages.map((p) => shown(p.section.join('\n'), p.text)) };
  };
}

function miniSearchDefaults(corpus: Corpus): (q: string) => Ranked {
  const mini = new MiniSearch({ fields: ['text', 'section'], storeFields: ['text', 'section'] });
  mini.addAll(corpus.passages.map((p) => ({ id: p.id, text: p.text, section: p.headingPath.join(' \n ') })));
  return (q) => {
    const results = mini.search(q).slice(0, 10);
    return { abstained: results.length === 0, passages: results.map((r) => shown(r.section, r.text)) };
  };
}

function plainBm25(corpus: Corpus): (q: string) => Ranked {
  const byId = new Map(corpus.passages.map((p) => [p.id, p]));
  const search = bm25Index(
    corpus.passages.map((p) => ({ id: p.id, text: `${p.headingPath.join('\n')}\n${p.text}` })),
  );
  return (q) => {
    const results = search(q, 10);
    return {
      abstained: results.length === 0,
      passages: results.map((r) => {
        const p = byId.get(r.id);
        return p ? shown(p.headingPath.join('\n'), p.text) : '';
      }),
    };
  };
}

const PIPELINES = [
  ['ours', ourPipeline],
  ['MiniSearch defaults', miniSearchDefaults],
  ['BM25 (k1 1.2, b 0.75)', plainBm25],
] as const;

const f = (n: number) => n.toFixed(3);
const row = (name: string, x: Quality) =>
  `${name.padEnd(24)} hit@1 ${f(x.hit1)}  hit@3 ${f(x.hit3)}  MRR ${f(x.mrr)}  off-topic abstention ${f(x.offTopicAbstention)}  false abstention ${f(x.falseAbstention)}`;

/** Figures by "set on corpora" and pipeline, for the bars. */
const results = new Map<string, Map<string, Quality>>();
const key = (set: string, corpora: string[]) => `${set} on ${corpora.join(' + ')}`;
const summary: string[] = [];
for (const run of runs) {
  const loaded = await loadCorpora(run.corpora);
  const corpus = noThesaurus ? { ...loaded, thesaurus: { groups: [], generic: [] } } : loaded;
  const rankers = PIPELINES.map(([name, make]) => [name, make(corpus)] as const);
  for (const file of run.sets) {
    const qs = readQuestions(file);
    const k = `${key(file, run.corpora)}${noThesaurus ? ' (no thesaurus)' : ''}`;
    const byPipeline = new Map<string, Quality>();
    console.log(`\n${k} (${qs.length} questions)`);
    for (const [name, rank] of rankers) {
      const x = quality(qs, rank);
      byPipeline.set(name, x);
      for (const m of x.misses) console.log(`  ${name} miss: ${m}`);
    }
    results.set(k, byPipeline);
    summary.push(`${k}:`, ...[...byPipeline].map(([name, x]) => `  ${row(name, x)}`));
  }
}

/** The bars of issue 10, checked where their sets were run. */
function bars(): string[] {
  const out: string[] = [];
  const ours = (set: string, corpora: string[]) => results.get(key(set, corpora))?.get('ours');
  const check = (label: string, value: number | undefined, ok: (v: number) => boolean, bar: string) => {
    if (value === undefined || Number.isNaN(value)) return;
    // Figures are shares of a few dozen questions, and differences of them carry float error (33/40 − 27/40 is
    // 0.1499999…): compared at 9 decimals, so a bar met exactly reads as met.
    const exact = Math.round(value * 1e9) / 1e9;
    out.push(`  ${ok(exact) ? 'met    ' : 'NOT MET'} ${label} ${f(value)} (bar ${bar})`);
  };
  const realDev = ours(REAL_DEV, [REAL]);
  const mini = results.get(key(REAL_DEV, [REAL]))?.get('MiniSearch defaults');
  if (realDev) {
    check('real-dev on real: hit@1', realDev.hit1, (v) => v >= 0.65, '≥ 0.65');
    check('real-dev on real: hit@3', realDev.hit3, (v) => v >= 0.85, '≥ 0.85');
    check('real-dev on real: MRR', realDev.mrr, (v) => v >= 0.75, '≥ 0.75');
    check('real-dev on real: off-topic declined', realDev.offTopicAbstention, (v) => v >= 0.9, '≥ 0.90');
    check('real-dev on real: answerable declined', realDev.falseAbstention, (v) => v <= 0.05, '≤ 0.05');
    if (mini)
      check('real-dev on real: hit@3 minus MiniSearch', realDev.hit3 - mini.hit3, (v) => v >= 0.15, '≥ 0.15');
  }
  for (const set of [SAMPLE, HELDOUT]) {
    const x = ours(set, [BUNDLED]);
    if (!x) continue;
    check(`${set} on corpus: hit@1`, x.hit1, (v) => v >= 0.85, '≥ 0.85');
    check(`${set} on corpus: hit@3`, x.hit3, (v) => v >= 0.95, '≥ 0.95');
  }
  for (const [set, own] of [
    [SAMPLE, [BUNDLED]],
    [HELDOUT, [BUNDLED]],
    [REAL_DEV, [REAL]],
    [REAL_EXTRA, [REAL]],
    [REAL_FRESH, [REAL]],
    [REAL_BLIND, [REAL]],
  ] as const) {
    const alone = ours(set, [...own]);
    const together = ours(set, [BUNDLED, REAL]);
    if (!alone || !together) continue;
    check(
      `${set} together: hit@3 minus own corpus`,
      together.hit3 - alone.hit3,
      (v) => v >= -0.03,
      '≥ −0.03',
    );
  }
  for (const [k, byPipeline] of results) {
    const x = byPipeline.get('ours');
    if (x) check(`${k}: off-topic declined`, x.offTopicAbstention, (v) => v >= 0.9, '≥ 0.90');
  }
  return out;
}

// The bars are the issue's, on the corpora as their owners give them: not checked without the thesaurus.
const checked = noThesaurus ? [] : bars();
if (checked.length > 0) console.log(`\nbars (issue 10):\n${checked.join('\n')}`);
console.log('');
for (const line of summary) console.log(line);
