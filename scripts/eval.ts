/**
 * `npm run eval [-- --set FILE ...]`: retrieval quality on question sets (one JSON object a line:
 * {"q": question, "expect": [phrases] | null}). A question is a hit at rank k when one of its phrases occurs
 * (case-insensitively) in the text or heading path of the passage at rank k; null means the bot must answer
 * "no evidence found". Prints hit@1, hit@3, MRR, off-topic abstention and false abstention for our pipeline
 * and, beside it, for MiniSearch with default options over the same passages; lists each miss.
 * Default sets: eval/heldout.jsonl (written independently) and ../shared/eval/questions.jsonl (the sample),
 * in that order, so the last lines printed are the sample's figures.
 */
import { existsSync } from 'node:fs';
import MiniSearch from 'minisearch';
import { loadCorpus } from '../src/corpus/load.js';
import type { Corpus } from '../src/corpus/types.js';
import { createEvidenceService } from '../src/retrieval/service.js';
import { type Quality, quality, type Ranked, readQuestions } from './bench-lib.js';

const args = process.argv.slice(2);
const sets = args.flatMap((a, i) => (a === '--set' && args[i + 1] ? [args[i + 1] as string] : []));
const files =
  sets.length > 0
    ? sets
    : ['eval/heldout.jsonl', '../shared/eval/questions.jsonl'].filter((f) => existsSync(f));

function baseline(corpus: Corpus): (q: string) => Ranked {
  const mini = new MiniSearch({ fields: ['text', 'section'], storeFields: ['text', 'section'] });
  mini.addAll(corpus.passages.map((p) => ({ id: p.id, text: p.text, section: p.headingPath.join(' \n ') })));
  return (q) => {
    const results = mini.search(q).slice(0, 10);
    return { abstained: results.length === 0, passages: results.map((r) => `${r.section}\n${r.text}`) };
  };
}

const corpus = await loadCorpus('corpus');
const service = createEvidenceService(corpus);
const ours = (q: string): Ranked => {
  const a = service.answer(q, { limit: 10 });
  if (a.kind !== 'answered') return { abstained: true, passages: [] };
  return { abstained: false, passages: a.passages.map((p) => `${p.section.join('\n')}\n${p.text}`) };
};
const base = baseline(corpus);
const f = (n: number) => n.toFixed(3);
const row = (name: string, x: Quality) =>
  `${name.padEnd(24)} hit@1 ${f(x.hit1)}  hit@3 ${f(x.hit3)}  MRR ${f(x.mrr)}  off-topic abstention ${f(x.offTopicAbstention)}  false abstention ${f(x.falseAbstention)}`;

const summary: string[] = [];
for (const file of files) {
  const qs = readQuestions(file);
  const a = quality(qs, ours);
  const b = quality(qs, base);
  console.log(`\n${file} (${qs.length} questions)`);
  for (const m of a.misses) console.log(`  miss: ${m}`);
  summary.push(`${file}:`, `  ${row('ours', a)}`, `  ${row('MiniSearch defaults', b)}`);
}
console.log('');
for (const line of summary) console.log(line);
