/**
 * `npm run bench [-- options]`: latency, memory and quality from the bundled corpus to 100,000 passages, and
 * side by side with other JavaScript search libraries (issue 7). A script, not a test. Each measurement runs
 * in a fresh child process (node --expose-gc), so heap figures are exact and runs do not warm each other;
 * every figure is the median of --runs runs, with the range [min–max] beside it (the machine is shared).
 *
 * Options:
 *   --sizes 1000,10000,100000   synthetic corpus sizes in passages (scripts/synth-corpus.ts; seeded)
 *   --runs N                    runs per measurement (default 3)
 *   --quick                     sizes 1000,10000, 1 run, console 1 run, peers on the bundled corpus only
 *   --peers-size N              synthetic size for the side by side (default 10000; 0 = bundled only)
 *   --no-peers --no-console --no-scale --no-bundled    skip a part
 *   --json FILE                 also write every raw result as JSON
 * Results print as Markdown tables (docs/benchmarks.md holds a copy with the machine it ran on).
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { indexCacheFile } from '../src/runtime/index-file.js';
import type { Latency, Quality } from './bench-lib.js';
import { parseArgs, ROOT, sampleQuestions } from './bench-lib.js';
import type { PeerResult } from './bench-peers.js';
import type { ScaleResult } from './bench-scale.js';

const args = parseArgs(process.argv.slice(2));
const quick = args.has('quick');
const runs = Number(args.get('runs') ?? (quick ? 1 : 3));
const sizes = (args.get('sizes') ?? (quick ? '1000,10000' : '1000,10000,100000')).split(',').map(Number);
const peersSize = Number(args.get('peers-size') ?? (quick ? 0 : 10000));
const TSX = ['--expose-gc', '--import', 'tsx'];

/** Runs a node child and returns its `RESULT {json}` line, parsed. */
function child<T>(script: string, childArgs: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [...TSX, `${ROOT}scripts/${script}`, ...childArgs], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    p.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    p.on('error', reject);
    p.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      if (code !== 0 || !line) reject(new Error(`${script} ${childArgs.join(' ')} exited ${code}`));
      else resolve(JSON.parse(line.slice(7)) as T);
    });
  });
}

/** Pipes `lines` into a command and returns the time to exit (ms) and the number of output lines. */
function piped(cmd: string, cmdArgs: string[], lines: string[]): Promise<{ ms: number; out: number }> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const p = spawn(cmd, cmdArgs, {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'ignore'],
      env: { ...process.env, LOG_LEVEL: 'error' },
    });
    let n = 0;
    p.stdout.on('data', (d: Buffer) => {
      for (const c of d) if (c === 10) n++;
    });
    p.on('error', reject);
    p.on('close', (code) => {
      if (code !== 0) reject(new Error(`${cmd} ${cmdArgs.join(' ')} exited ${code}`));
      else resolve({ ms: performance.now() - t, out: n });
    });
    p.stdin.end(`${lines.join('\n')}\n`);
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const fmt = (x: number) =>
  Number.isNaN(x)
    ? '–'
    : x >= 100
      ? x.toFixed(0)
      : x >= 10
        ? x.toFixed(1)
        : x >= 1
          ? x.toFixed(2)
          : x.toFixed(3);
/** Median with [min–max] across runs. */
const spread = (xs: number[]) =>
  xs.length === 1
    ? fmt(xs[0] as number)
    : `${fmt(median(xs))} [${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))}]`;
const q3 = (x: number) => (Number.isNaN(x) ? '–' : x.toFixed(2));
const table = (head: string[], rows: string[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
const log = (s: string) => process.stdout.write(`${s}\n`);
const raw: Record<string, unknown> = {};

log(`# npm run bench ${process.argv.slice(2).join(' ')}`);
log(
  `node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GB; runs per figure: ${runs}; figures are medians [min–max]`,
);

if (!args.has('no-bundled')) {
  const rs: ScaleResult[] = [];
  for (let i = 0; i < runs; i++) rs.push(await child<ScaleResult>('bench-scale.ts', ['--size', '0']));
  raw.bundled = rs;
  log('\n## Bundled corpus (sample + held-out questions, service.answer)\n');
  log(
    table(
      [
        'passages',
        'corpus load ms',
        'index build ms',
        'answer p50 ms',
        'answer p99 ms',
        'hit@3 / MRR / off-topic abst. (sample)',
      ],
      [
        [
          String(rs[0]?.passages),
          spread(rs.map((r) => r.corpusLoadMs)),
          spread(rs.map((r) => r.buildMs)),
          spread(rs.map((r) => r.answer.p50)),
          spread(rs.map((r) => r.answer.p99)),
          `${q3(rs[0]?.sampleQuality.hit3 ?? Number.NaN)} / ${q3(rs[0]?.sampleQuality.mrr ?? Number.NaN)} / ${q3(rs[0]?.sampleQuality.offTopicAbstention ?? Number.NaN)}`,
        ],
      ],
    ),
  );
}

if (!args.has('no-console')) {
  if (!existsSync(`${ROOT}src/cli/ask.ts`)) log('\n(console: src/cli/ask.ts not found, skipped)');
  else {
    const { sample, heldout } = sampleQuestions();
    const qs = [...sample, ...heldout].map((q) => q.q);
    const lines = Array.from({ length: 1000 }, (_, i) => qs[i % qs.length] as string);
    const direct = ['--import', 'tsx', 'src/cli/ask.ts', '--json'];
    // Each command runs with the start-up cache (cli/ask.ts: an index built at start-up is kept for the next
    // start) warm, after the first run; the cold row removes it before every run, so the index is built each
    // time (as on a fresh clone, unless `npm run build` has written dist/search-index.json).
    const commands: [string, string, string[], boolean?][] = [
      ['npm run ask -- --json', 'npm', ['run', '--silent', 'ask', '--', '--json']],
      ['tsx src/cli/ask.ts --json', process.execPath, direct],
      ['tsx src/cli/ask.ts --json, cold (no start-up cache)', process.execPath, direct, true],
    ];
    if (existsSync(`${ROOT}src/main.ts`)) commands.push(['npm start (piped)', 'npm', ['start', '--silent']]);
    const rows: string[][] = [];
    const out: Record<string, number[]> = {};
    for (const [name, cmd, cmdArgs, cold] of commands) {
      const times: number[] = [];
      let answered = 0;
      for (let i = 0; i < Math.max(runs, quick ? 1 : 3); i++) {
        if (cold) rmSync(indexCacheFile(`${ROOT}corpus`), { force: true });
        const r = await piped(cmd, cmdArgs, lines);
        times.push(r.ms);
        answered = r.out;
      }
      out[name] = times;
      rows.push([name, spread(times), name.includes('json') ? String(answered) : `${answered} lines`]);
    }
    raw.console = out;
    log('\n## Console: 1,000 questions piped on stdin, time to exit (including start-up)\n');
    log(table(['command', 'ms', 'JSON lines out'], rows));
  }
}

if (!args.has('no-scale')) {
  const bySize: ScaleResult[][] = [];
  for (const size of sizes) {
    const rs: ScaleResult[] = [];
    for (let i = 0; i < runs; i++) {
      process.stderr.write(`scale ${size} run ${i + 1}/${runs}…\n`);
      rs.push(await child<ScaleResult>('bench-scale.ts', ['--size', String(size), '--seed', '7']));
    }
    bySize.push(rs);
  }
  raw.scale = bySize;
  const col = (f: (r: ScaleResult) => number) => bySize.map((rs) => spread(rs.map(f)));
  log('\n## Scale: synthetic review corpora (seed 7) + the bundled review, through the real loader\n');
  log(
    table(
      [
        '',
        ...bySize.map(
          (rs) => `${rs[0]?.passages.toLocaleString('en-GB')} passages (${rs[0]?.documents} reviews)`,
        ),
      ],
      [
        ['corpus load (real loader), ms', ...col((r) => r.corpusLoadMs)],
        ['index build, ms (bar at 100k: 20,000)', ...col((r) => r.buildMs)],
        ['service set-up on a built index, ms', ...col((r) => r.serviceMs)],
        ['heap: corpus, MB', ...col((r) => r.heapCorpusMB)],
        ['heap: corpus + index + service, MB (bar: 500)', ...col((r) => r.heapMB)],
        ['serialised index, MB', ...col((r) => r.serialisedMB)],
        ['serialise, ms', ...col((r) => r.serialiseMs)],
        ['load serialised index, ms (bar: 5,000)', ...col((r) => r.loadMs)],
        ['answer p50, ms', ...col((r) => r.answer.p50)],
        ['answer p99, ms (bar: 50)', ...col((r) => r.answer.p99)],
        [
          'search only p50 / p99, ms',
          ...bySize.map(
            (rs) => `${spread(rs.map((r) => r.searchOnly.p50))} / ${spread(rs.map((r) => r.searchOnly.p99))}`,
          ),
        ],
        ['sample set hit@3 / MRR / off-topic abstention', ...bySize.map((rs) => qual(rs[0]?.sampleQuality))],
        ['held-out hit@3 / MRR / off-topic abstention', ...bySize.map((rs) => qual(rs[0]?.heldoutQuality))],
        ['synthetic questions hit@3 / MRR', ...bySize.map((rs) => qual(rs[0]?.synthQuality, false))],
      ],
    ),
  );
  log('\n## Pathological questions (p99 ms; bar at 100k: 50) and heap growth over a bounded loop\n');
  const names = Object.keys(bySize[0]?.[0]?.pathological ?? {});
  log(
    table(
      ['', ...bySize.map((rs) => `${rs[0]?.passages.toLocaleString('en-GB')} passages`)],
      [
        ...names.map((n) => [
          `${n}: p50 / p99`,
          ...bySize.map((rs) => latencyCell(rs.map((r) => r.pathological[n]))),
        ]),
        [
          `heap growth after ${bySize[0]?.[0]?.pathologicalLoop ?? '?'} more questions, MB`,
          ...col((r) => r.pathologicalHeapGrowthMB),
        ],
      ],
    ),
  );
}

function latencyCell(ls: (Latency | undefined)[]): string {
  const ok = ls.filter((l): l is Latency => l !== undefined);
  return `${spread(ok.map((l) => l.p50))} / ${spread(ok.map((l) => l.p99))}`;
}

function qual(q: Quality | undefined, abstention = true): string {
  if (!q) return '–';
  return `${q3(q.hit3)} / ${q3(q.mrr)}${abstention ? ` / ${q3(q.offTopicAbstention)}` : ''}`;
}

if (!args.has('no-peers')) {
  const libs = ['ours', 'minisearch', 'lunr', 'flexsearch'];
  const names: Record<string, string> = {
    ours: 'ours (analyzer, thesaurus, bounded fuzzy/prefix, abstention)',
    minisearch: 'MiniSearch, default options',
    lunr: 'lunr, English pipeline',
    flexsearch: 'FlexSearch (tokenize: forward, suggest)',
  };
  const peerSizes = peersSize > 0 ? [0, peersSize] : [0];
  const all: PeerResult[][] = [];
  for (const size of peerSizes) {
    const rows: string[][] = [];
    for (const lib of libs) {
      const rs: PeerResult[] = [];
      for (let i = 0; i < runs; i++)
        rs.push(await child<PeerResult>('bench-peers.ts', ['--lib', lib, '--size', String(size)]));
      all.push(rs);
      const r = rs[0] as PeerResult;
      rows.push([
        names[lib] ?? lib,
        spread(rs.map((x) => x.buildMs)),
        spread(rs.map((x) => x.heapMB)),
        `${spread(rs.map((x) => x.latency.p50))} / ${spread(rs.map((x) => x.latency.p99))}`,
        qual(r.sample),
        qual(r.heldout),
        ...(size > 0 ? [qual(r.synth, false)] : []),
      ]);
    }
    log(
      `\n## Side by side: ${size === 0 ? 'bundled corpus' : `${size.toLocaleString('en-GB')} synthetic passages`} (quality: hit@3 / MRR / off-topic abstention)\n`,
    );
    log(
      table(
        [
          'library',
          'build ms',
          'heap MB',
          'p50 / p99 ms',
          'sample set',
          'held-out set',
          ...(size > 0 ? ['synthetic questions hit@3 / MRR'] : []),
        ],
        rows,
      ),
    );
  }
  raw.peers = all;
}

const json = args.get('json');
if (json) writeFileSync(json, JSON.stringify(raw, null, 2));
