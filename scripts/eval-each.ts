/**
 * `npm run eval:each [-- --corpus DIR --set FILE ... --misses]`: each review of a corpus on its own, as a team
 * that drops in one review would have it. For each document of the corpus (default ../shared/corpora/real) a
 * corpus of that document alone is indexed (its own calibration), and every question of the sets (default: the
 * real-review sets) is asked of it. A question is answerable there when one of its expected phrases occurs in
 * one of that review's passages (the rule of `npm run eval`); every other question, the sets' off-topic ones
 * and the questions on the other reviews, must get "no evidence found". Those are the hardest off-topic
 * questions there are: they share the field's words. Prints the figures of `npm run eval` per review and
 * pooled; the misses only with --misses.
 */
import { existsSync } from 'node:fs';
import type { Corpus } from '../src/corpus/types.js';
import { createEvidenceService } from '../src/retrieval/service.js';
import { type Quality, type Question, quality, readQuestions } from './bench-lib.js';
import { loadCorpora } from './corpora.js';

const args = process.argv.slice(2);
const repeated = (flag: string) =>
  args.flatMap((a, i) => (a === flag && args[i + 1] ? [args[i + 1] as string] : []));
const dirs = repeated('--corpus');
const givenSets = repeated('--set');
const sets = (
  givenSets.length > 0
    ? givenSets
    : [
        '../shared/eval/real-dev.jsonl',
        'eval/real-extra.jsonl',
        'eval/real-fresh.jsonl',
        'eval/real-blind.jsonl',
      ]
).filter((f) => existsSync(f));
const corpus = await loadCorpora(dirs.length > 0 ? dirs : ['../shared/corpora/real']);
const questions = sets.flatMap((s) => readQuestions(s));

/** The corpus of one document: its passages and the owner's thesaurus (the loader's diagnostics are not needed). */
function alone(c: Corpus, docId: string): Corpus {
  return {
    documents: c.documents.filter((d) => d.id === docId),
    passages: c.passages.filter((p) => p.docId === docId),
    unresolved: [],
    thesaurus: c.thesaurus,
  };
}

/** The questions as that review must answer them: answerable where it has an expected phrase, else off-topic. */
function labelled(c: Corpus): Question[] {
  const texts = c.passages.map((p) => `${p.headingPath.join('\n')}\n${p.text}`.toLowerCase());
  return questions.map(({ q, expect }) => ({
    q,
    expect: expect?.some((e) => texts.some((t) => t.includes(e.toLowerCase()))) ? expect : null,
  }));
}

const f = (n: number) => (Number.isNaN(n) ? '  -  ' : n.toFixed(3));
const row = (name: string, x: Quality) =>
  `${name.padEnd(32)} ${String(x.answerable).padStart(3)} ans ${String(x.offTopic).padStart(4)} off  hit@1 ${f(x.hit1)}  hit@3 ${f(x.hit3)}  MRR ${f(x.mrr)}  off-topic declined ${f(x.offTopicAbstention)}  answerable declined ${f(x.falseAbstention)}`;

console.log(`each review alone: ${questions.length} questions from ${sets.join(', ')}`);
const pooled = { hit1: 0, hit3: 0, rr: 0, ans: 0, off: 0, offDeclined: 0, ansDeclined: 0 };
for (const doc of corpus.documents) {
  const one = alone(corpus, doc.id);
  const service = createEvidenceService(one);
  const x = quality(labelled(one), (q) => {
    const a = service.answer(q, { limit: 10 });
    if (a.kind !== 'answered') return { abstained: true, passages: [] };
    return { abstained: false, passages: a.passages.map((p) => `${p.section.join('\n')}\n${p.text}`) };
  });
  console.log(row(doc.id.slice(0, 32), x));
  if (args.includes('--misses')) for (const m of x.misses) console.log(`  miss: ${m}`);
  pooled.ans += x.answerable;
  pooled.off += x.offTopic;
  pooled.hit1 += x.hit1 * x.answerable || 0;
  pooled.hit3 += x.hit3 * x.answerable || 0;
  pooled.rr += x.mrr * x.answerable || 0;
  pooled.offDeclined += x.offTopicAbstention * x.offTopic || 0;
  pooled.ansDeclined += x.falseAbstention * x.answerable || 0;
}
const d = (n: number, of: number) => (of === 0 ? Number.NaN : n / of);
console.log(
  row('pooled', {
    hit1: d(pooled.hit1, pooled.ans),
    hit3: d(pooled.hit3, pooled.ans),
    mrr: d(pooled.rr, pooled.ans),
    offTopicAbstention: d(pooled.offDeclined, pooled.off),
    falseAbstention: d(pooled.ansDeclined, pooled.ans),
    answerable: pooled.ans,
    offTopic: pooled.off,
    misses: [],
  }),
);
