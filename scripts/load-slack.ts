/**
 * Load test of the Slack adapter's HTTP receiver, on loopback only: signed /evidence commands to Bolt,
 * answered by the real core, with a loopback fake of Slack's Web API and response_url.
 *   1. 200 commands at 100 a second, open loop (sent on schedule, whatever the replies):
 *      bar: p99 ack under 300 ms, zero errors, every one answered.
 *   2. A burst of 200 at once: bar: every one acked within Slack's 3 s deadline, and answered.
 * Prints ack p50/p99/max, errors and answered counts; exits 1 when a bar is missed. Bounded: 60 s at most.
 * The adapter runs in a child process (as it would on its own host); this process plays Slack: it sends the
 * commands and serves the fake Web API and response_url.
 *   npm run load:slack   (tsx scripts/load-slack.ts)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { startSlackAdapter } from '../src/adapters/slack/index.js';
import { loadCorpus } from '../src/corpus/load.js';
import { createFeedbackStore } from '../src/feedback/index.js';
import { silentLogger } from '../src/logger.js';
import { createEvidenceService } from '../src/retrieval/service.js';
import { type FakeSlack, startFakeSlack } from '../tests/adapters/slack/fake-slack.js';
import { commandBody, SIGNING_SECRET, send } from '../tests/adapters/slack/signed.js';

const QUESTIONS = [
  'leadership',
  'workforce',
  'what role does leadership play',
  'cite Feeley',
  'sources',
  'help',
  'shared culture',
];
const TOTAL = 200;
const RATE = 100;
const DEADLINE_MS = 60_000;

interface Result {
  ackMs: number[];
  errors: number;
  answered: number;
  apologies: number;
  answerMs: number[];
}
type Ack = { ms: number; ok: boolean };

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? Number.NaN;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Child: the adapter over the real core, HTTP mode on loopback; prints its port, stops when stdin closes. */
async function serve(apiUrl: string): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'load-slack-'));
  const feedback = createFeedbackStore({ dataDir });
  const adapter = await startSlackAdapter({
    config: {
      botToken: 'xoxb-load-test',
      appToken: undefined,
      signingSecret: SIGNING_SECRET,
      port: 0,
      apiUrl,
    },
    service: createEvidenceService(await loadCorpus('corpus')),
    logger: silentLogger,
    feedback,
    rateLimitPerMinute: 10_000,
    host: '127.0.0.1',
    retries: 0,
  });
  const ready = process.cpuUsage();
  console.log(JSON.stringify({ port: adapter.port }));
  process.stdin.resume();
  process.stdin.on('end', async () => {
    const used = process.cpuUsage(ready);
    console.error(
      `adapter process CPU while under load: ${((used.user + used.system) / 1000).toFixed(0)} ms`,
    );
    await adapter.stop();
    feedback.close();
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  });
}

/** Parent: plays Slack against the child. */
class LoadRun {
  constructor(
    private readonly slack: FakeSlack,
    private readonly baseUrl: string,
  ) {}
  private readonly sentAt = new Map<string, number>();

  async fire(phase: string, i: number): Promise<Ack> {
    const id = `${phase}-${i}`;
    const question = QUESTIONS[i % QUESTIONS.length] ?? 'help';
    const body = commandBody(question, this.slack.responseUrl(id), `U${phase.toUpperCase()}${i}`);
    this.sentAt.set(id, Date.now());
    try {
      const r = await send(this.baseUrl, body, 'application/x-www-form-urlencoded');
      return { ms: r.ms, ok: r.status === 200 };
    } catch {
      return { ms: Number.NaN, ok: false };
    }
  }

  async collect(phase: string, acks: Ack[]): Promise<Result> {
    const mine = () => this.slack.calls.filter((c) => c.path.startsWith(`/response/${phase}-`));
    const until = Date.now() + 15_000;
    while (mine().length < TOTAL && Date.now() < until) await sleep(20);
    const answers = mine();
    const failed = (c: (typeof answers)[number]) => JSON.stringify(c.body).includes('ERR-');
    return {
      ackMs: acks.filter((a) => a.ok).map((a) => a.ms),
      errors: acks.filter((a) => !a.ok).length,
      answered: answers.filter((c) => !failed(c)).length,
      apologies: answers.filter(failed).length,
      answerMs: answers.map((c) => c.at - (this.sentAt.get(c.path.slice('/response/'.length)) ?? c.at)),
    };
  }

  async openLoop(): Promise<Result> {
    const start = performance.now();
    const pending: Array<Promise<Ack>> = [];
    for (let i = 0; i < TOTAL; i++) {
      const wait = start + (i * 1000) / RATE - performance.now();
      if (wait > 0) await sleep(wait);
      pending.push(this.fire('stream', i));
    }
    return this.collect('stream', await Promise.all(pending));
  }

  async burst(): Promise<Result> {
    return this.collect(
      'burst',
      await Promise.all(Array.from({ length: TOTAL }, (_, i) => this.fire('burst', i))),
    );
  }
}

function report(name: string, r: Result, bar: { p: number; ms: number }): boolean {
  const ok = pct(r.ackMs, bar.p) < bar.ms && r.errors === 0 && r.answered === TOTAL;
  const f = (x: number) => `${x.toFixed(1)} ms`;
  console.log(
    `${name.padEnd(22)} ack p50 ${f(pct(r.ackMs, 50))}  p99 ${f(pct(r.ackMs, 99))}  max ${f(pct(r.ackMs, 100))}  ` +
      `errors ${r.errors}  answered ${r.answered}/${TOTAL} (apologies ${r.apologies})  ` +
      `answer p50 ${f(pct(r.answerMs, 50))} p99 ${f(pct(r.answerMs, 99))}  ` +
      `${ok ? 'PASS' : 'FAIL'} (bar: p${bar.p} ack < ${bar.ms} ms, 0 errors, all answered)`,
  );
  return ok;
}

async function main(): Promise<boolean> {
  const slack = await startFakeSlack();
  const script = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, [...process.execArgv, script, '--serve', slack.apiUrl], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  try {
    const line = await createInterface({ input: child.stdout })[Symbol.asyncIterator]().next();
    const { port } = JSON.parse(String(line.value)) as { port: number };
    const run = new LoadRun(slack, `http://127.0.0.1:${port}`);
    // Warm-up, not counted: a long-running server is JIT-compiled and has its pools; a fresh one is not.
    for (let round = 0; round < 10; round++) {
      await Promise.all(Array.from({ length: 20 }, (_, i) => run.fire('warm', round * 20 + i)));
    }
    const stream = await run.openLoop();
    const burst = await run.burst();
    console.log(
      `Slack HTTP receiver on loopback (own process), ${TOTAL} signed /evidence commands per phase, real core:`,
    );
    const a = report(`${RATE}/s open loop`, stream, { p: 99, ms: 300 });
    const b = report('burst of 200 at once', burst, { p: 100, ms: 3_000 });
    return a && b;
  } finally {
    child.stdin.end();
    if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
    await slack.close();
  }
}

const hardStop = setTimeout(() => {
  console.error(`load-slack: gave up after ${DEADLINE_MS / 1000} s`);
  process.exit(2);
}, DEADLINE_MS);

if (process.argv[2] === '--serve') {
  clearTimeout(hardStop);
  await serve(process.argv[3] ?? '');
} else {
  const passed = await main();
  clearTimeout(hardStop);
  process.exit(passed ? 0 : 1);
}
