/**
 * Helpers shared by the benchmark scripts (scripts/bench*.ts): statistics, heap, question sets, quality
 * figures in the convention of `npm run eval`. Benchmarks are scripts, not tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface Question {
  q: string;
  expect: string[] | null;
}

export function readQuestions(file: string): Question[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Question);
}

/** The sample set (../shared/eval/questions.jsonl) and the held-out set (eval/heldout.jsonl). */
export function sampleQuestions(): { sample: Question[]; heldout: Question[] } {
  return {
    sample: readQuestions(`${ROOT}../shared/eval/questions.jsonl`),
    heldout: readQuestions(`${ROOT}eval/heldout.jsonl`),
  };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}

export interface Latency {
  p50: number;
  p99: number;
  max: number;
  n: number;
}

export function latency(samples: number[]): Latency {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p99: percentile(s, 99), max: s[s.length - 1] ?? Number.NaN, n: s.length };
}

/** Times fn over every item, `passes` times (after one untimed warm-up pass); milliseconds per call. */
export function timeEach<T>(items: readonly T[], passes: number, fn: (x: T) => unknown): Latency {
  for (const x of items) fn(x);
  const out: number[] = [];
  for (let p = 0; p < passes; p++) {
    for (const x of items) {
      const t = performance.now();
      fn(x);
      out.push(performance.now() - t);
    }
  }
  return latency(out);
}

export function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) {
    g();
    g();
  }
}

/** Heap used after a full collection, in MB (needs node --expose-gc to be exact). */
/** JS heap used plus ArrayBuffer backing stores (typed arrays, e.g. the index's postings, live outside the heap). */
export function heapMB(): number {
  gc();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 2 ** 20;
}

export function ms<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const v = fn();
  return [v, performance.now() - t];
}

export async function msAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const v = await fn();
  return [v, performance.now() - t];
}

export interface Ranked {
  abstained: boolean;
  /** Heading path + text of each passage, best first. */
  passages: string[];
}

export interface Quality {
  hit1: number;
  hit3: number;
  mrr: number;
  offTopicAbstention: number;
  falseAbstention: number;
  answerable: number;
  offTopic: number;
  /** One line per question the pipeline got wrong. */
  misses: string[];
}

/** The figures of `npm run eval`, by the same rules. */
export function quality(questions: readonly Question[], rank: (q: string) => Ranked): Quality {
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
    else if (at > 0) misses.push(`not first (rank ${at + 1}): ${q}`);
  }
  const d = (n: number, of: number) => (of === 0 ? Number.NaN : n / of);
  return {
    hit1: d(hit1, answerable),
    hit3: d(hit3, answerable),
    mrr: d(rr, answerable),
    offTopicAbstention: d(abstainedOff, offTopic),
    falseAbstention: d(falseAbst, answerable),
    answerable,
    offTopic,
    misses,
  };
}

/** Parses `--name value` and `--flag` arguments. */
export function parseArgs(argv: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (!a.startsWith('--')) continue;
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('--')) {
      out.set(a.slice(2), next);
      i++;
    } else out.set(a.slice(2), 'true');
  }
  return out;
}
