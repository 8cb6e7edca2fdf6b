/**
 * `npm run eval [-- --set FILE ...]`: retrieval quality on question sets (one JSON object a line:
 * {"q": question, "expect": [phrases] | null}). A question is a hit at rank k when one of its phrases occurs
 * (case-insensitively) in the text or heading path of the passage at rank k; null means the bot must answer
 * "no evidence found". Prints hit@1, hit@3, MRR, off-topic abstention and false abstention for our pipeline
 * and, beside it, for MiniSearch with default options over the same passages; lists each miss.
 * Default sets: ../shared/eval/questions.jsonl (the sample) and eval/heldout.jsonl (written independently).
 */
import { existsSync, readFileSync } from 'node:fs';
import MiniSearch from 'minisearch';
import { loadCorpus } from '../src/corpus/load.js';
import type { Corpus } from '../src/corpus/types.js';
import { createEvidenceService } from '../src/retrieval/service.js';

interface Question {
  q: string;
  expect: string[] | null;
}
interface Ranked {
  abstained: boolean;
  /** Text + heading of each passage, best first. */
  passages: string[];
}
interface Figures {
  hit1: number;
  hit3: number;
  mrr: number;
  offTopicAbstention: number;
  falseAbstention: number;
  misses: string[];
}

const args = process.argv.slice(2);
const sets = args.flatMap((a, i) => (a === '--set' && args[i + 1] ? [args[i + 1] as string] : []));
const files =
  sets.length > 0
    ? sets
    : ['../shared/eval/questions.jsonl', 'eval/heldout.jsonl'].filter((f) => existsSync(f));

function readSet(file: string): Question[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Question);
}

function score(questions: Question[], rank: (q: string) => Ranked): Figures {
  let hit1 = 0;
  let hit3 = 0;
  let rr = 0;
  let answerable = 0;
  let offTopic = 0;
  let abstainedOff = 0;
  let falseAbst = 0;
  const misses: string[] = [];
  for (const { q, expect } of questions) {
    const r = rank(q);
    if (expect === null) {
      offTopic++;
      if (r.abstained) abstainedOff++;
      else misses.push(`answered off-topic: ${q}  → ${r.passages[0]?.slice(0, 70).replace(/\s+/g, ' ')}`);
      continue;
    }
    answerable++;
    if (r.abstained) {
      falseAbst++;
      misses.push(`abstained: ${q}`);
      continue;
    }
    const at = r.passages.findIndex((p) => expect.some((e) => p.toLowerCase().includes(e.toLowerCase())));
    if (at === 0) hit1++;
    if (at >= 0 && at < 3) hit3++;
    if (at >= 0) rr += 1 / (at + 1);
    if (at < 0 || at >= 3) misses.push(`not in top 3 (rank ${at < 0 ? '-' : at + 1}): ${q}`);
  }
  const d = (n: number, of: number) => (of === 0 ? 1 : n / of);
  return {
    hit1: d(hit1, answerable),
    hit3: d(hit3, answerable),
    mrr: d(rr, answerable),
    offTopicAbstention: d(abstainedOff, offTopic),
    falseAbstention: answerable === 0 ? 0 : falseAbst / answerable,
    misses,
  };
}

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
const row = (name: string, x: Figures) =>
  `${name.padEnd(24)} hit@1 ${f(x.hit1)}  hit@3 ${f(x.hit3)}  MRR ${f(x.mrr)}  off-topic abstention ${f(x.offTopicAbstention)}  false abstention ${f(x.falseAbstention)}`;

const summary: string[] = [];
for (const file of files) {
  const qs = readSet(file);
  const a = score(qs, ours);
  const b = score(qs, base);
  console.log(`\n${file} (${qs.length} questions)`);
  for (const m of a.misses) console.log(`  miss: ${m}`);
  summary.push(`${file}:`, `  ${row('ours', a)}`, `  ${row('MiniSearch defaults', b)}`);
}
console.log('');
for (const line of summary) console.log(line);
