/**
 * Load check (not part of the suite): `npx tsx tests/adapters/discord/load.ts`.
 * Runs the bot as in production (src/main.ts, in its own process, with the real core and discord.js) against
 * the loopback fake Discord in this process, sends slash commands through the gateway, and reports for each
 * run the time from each interaction's creation (its snowflake) to its first callback at the fake REST API
 * (p50/p99/max), how many were deferred, and how many never got a final answer. Discord's bar: every first
 * callback within 3 s, and every deferred one edited with the answer.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { question, slash } from './events.js';
import { APP_ID, startFakeDiscord, TOKEN } from './fake-discord.js';

const QUESTIONS = [
  'leadership',
  'what helps integration?',
  'workforce relationships',
  'data sharing',
  'outcomes for children',
];
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const fake = await startFakeDiscord();
const dataDir = mkdtempSync(join(tmpdir(), 'evidence-load-'));
const bot = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  env: {
    PATH: process.env.PATH ?? '',
    DOTENV_CONFIG_PATH: '/nonexistent/.env',
    DISCORD_TOKEN: TOKEN,
    DISCORD_APP_ID: APP_ID,
    DISCORD_API_URL: fake.api,
    RATE_LIMIT_PER_MINUTE: '10000',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const t0 = Date.now();
while (!fake.gatewayFrames.some((f) => f.op === 2) && Date.now() - t0 < 60_000) await sleep(100);
await sleep(1_000); // READY → GUILD_CREATE → ready

async function run(label: string, count: number, perSecond: number | 'burst') {
  const from = fake.calls.length;
  const sent: { id: string; token: string; at: number }[] = [];
  const started = Date.now();
  for (let n = 0; n < count; n++) {
    if (perSecond !== 'burst') {
      const wait = started + (n * 1000) / perSecond - Date.now();
      if (wait > 0) await sleep(wait);
    }
    const i = slash('ask', [question(QUESTIONS[n % QUESTIONS.length] as string)]);
    sent.push({ id: i.id, token: i.token, at: Date.now() });
    fake.dispatch('INTERACTION_CREATE', i);
  }
  const final = (s: { id: string; token: string }) =>
    fake.calls
      .slice(from)
      .some(
        (c) =>
          (c.path === `/interactions/${s.id}/${s.token}/callback` && c.body.type === 4) ||
          (c.method === 'PATCH' && c.path === `/webhooks/${APP_ID}/${s.token}/messages/@original`),
      );
  const until = Date.now() + 30_000;
  while (sent.some((s) => !final(s)) && Date.now() < until) await sleep(100);
  const first = new Map<string, { at: number; type: number }>();
  for (const c of fake.calls.slice(from)) {
    const m = /^\/interactions\/(\d+)\/[^/]+\/callback$/.exec(c.path);
    if (m?.[1] && !first.has(m[1])) first.set(m[1], { at: c.at, type: c.body.type });
  }
  const latencies = sent
    .map((s) => (first.get(s.id)?.at ?? Number.POSITIVE_INFINITY) - s.at)
    .sort((a, b) => a - b);
  const deferred = [...first.values()].filter((f) => f.type === 5).length;
  const unanswered = sent.filter((s) => !final(s)).length;
  console.log(
    `${label}: ${count} sent; first callback p50 ${pct(latencies, 50)} ms, p99 ${pct(latencies, 99)} ms, max ${latencies.at(-1)} ms; ` +
      `over 3 s: ${latencies.filter((l) => l >= 3000).length}; deferred ${deferred}; never answered ${unanswered}`,
  );
}

try {
  await run('warm-up 20', 20, 20);
  await run('200 at 100 a second', 200, 100);
  await run('burst of 200', 200, 'burst');
  await run('burst of 600', 600, 'burst');
} finally {
  bot.kill('SIGTERM');
  await sleep(1_000);
  await fake.close();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(0);
