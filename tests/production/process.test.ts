/**
 * The real entry point as a spawned process (slow, so few): Slack over HTTP against a loopback fake of
 * Slack's network, with known fake secrets. Checks /healthz, SIGHUP, SIGTERM draining a question in flight before
 * exit 0, and that the secrets appear nowhere in standard output or standard error, even when an error
 * message carries them.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { corpusContentHash } from '../../src/runtime/content-hash.js';
import { startFakeSlack } from '../adapters/slack/fake-slack.js';
import { commandBody, send } from '../adapters/slack/signed.js';
import { until } from './helpers.js';

const BOT_TOKEN = 'xoxb-4242-4242-FAKEknownBOTtoken';
const SIGNING_SECRET = 'FAKEknownSIGNINGsecret0123456789';

interface Run {
  child: ChildProcess;
  out: () => string;
  logs: () => Array<Record<string, unknown>>;
  exited: Promise<{ code: number | null; at: number }>;
}

let cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

function start(env: Record<string, string>): Run {
  const dataDir = mkdtempSync(join(tmpdir(), 'evidence-data-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'production',
      LOG_LEVEL: 'debug',
      DATA_DIR: dataDir,
      HEALTH_PORT: '0',
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_PORT: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => (stdout += d));
  child.stderr?.on('data', (d) => (stderr += d));
  const exited = new Promise<{ code: number | null; at: number }>((r) =>
    child.on('exit', (code) => r({ code, at: Date.now() })),
  );
  cleanup.push(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });
  const logs = () =>
    stderr
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { child, out: () => stdout + stderr, logs, exited };
}

const logged = async (run: Run, msg: string) => {
  await until(() => run.logs().some((l) => l.msg === msg) || run.child.exitCode !== null, 40_000);
  const line = run.logs().find((l) => l.msg === msg);
  if (!line) throw new Error(`no "${msg}" log line; output:\n${run.out()}`);
  return line;
};

/** A response_url that holds each answer for `holdMs` before accepting it: an answer in flight. */
async function slowResponseUrl(holdMs: number) {
  const received: Array<{ path: string; body: Record<string, unknown>; answeredAt: number }> = [];
  const server: Server = createServer(async (req: IncomingMessage, res) => {
    let raw = '';
    for await (const c of req) raw += c;
    const entry = { path: req.url ?? '', body: JSON.parse(raw) as Record<string, unknown>, answeredAt: 0 };
    received.push(entry);
    setTimeout(() => {
      entry.answeredAt = Date.now();
      res.writeHead(200).end('ok');
    }, holdMs);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  cleanup.push(() => new Promise((r) => server.close(r)));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/response`;
  return { url: `${base}/1`, at: (id: string) => `${base}/${id}`, received };
}

describe('node src/main.ts with Slack over HTTP', () => {
  it('reports health, drains a question in flight on SIGTERM, exits 0, and never prints a secret', async () => {
    const slack = await startFakeSlack();
    cleanup.push(() => slack.close());
    const responses = await slowResponseUrl(1_500);
    const run = start({ SLACK_API_URL: slack.apiUrl });

    const healthPort = (await logged(run, 'health endpoint listening')).port as number;
    const slackPort = (await logged(run, 'Slack adapter started')).port as number;
    await logged(run, 'evidence-bot is running');

    const health = await fetch(`http://127.0.0.1:${healthPort}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({
      status: 'ok',
      adapters: [{ name: 'slack', connected: true }],
      corpus: {
        contentHash: await corpusContentHash('corpus'),
        passages: (await loadCorpus('corpus')).passages.length,
      },
    });

    // SIGHUP reloads the corpus (unchanged here, so nothing is rebuilt) and the process keeps serving.
    run.child.kill('SIGHUP');
    expect(await logged(run, 'corpus unchanged; nothing to reload')).toMatchObject({ reason: 'SIGHUP' });

    const FORM = 'application/x-www-form-urlencoded';
    const ack = await send(`http://127.0.0.1:${slackPort}`, commandBody('leadership', responses.url), FORM, {
      secret: SIGNING_SECRET,
    });
    expect(ack.status).toBe(200);
    await until(() => responses.received.length === 1);

    // The answer is in flight (its delivery is being held): stop now.
    run.child.kill('SIGTERM');
    await until(() => run.logs().some((l) => String(l.msg).startsWith('shutting down')));
    const stopping = await fetch(`http://127.0.0.1:${healthPort}/healthz`);
    expect(stopping.status).toBe(503);
    expect(await stopping.json()).toMatchObject({ status: 'stopping' });

    const exit = await run.exited;
    expect(exit.code).toBe(0);
    const delivered = responses.received[0];
    expect(delivered?.answeredAt).toBeGreaterThan(0);
    expect(exit.at).toBeGreaterThanOrEqual(delivered?.answeredAt ?? Number.POSITIVE_INFINITY);
    expect(JSON.stringify(delivered?.body)).toContain('Strength of evidence');
    expect(run.logs().some((l) => l.msg === 'stopped')).toBe(true);

    expect(run.out()).not.toContain(BOT_TOKEN);
    expect(run.out()).not.toContain(SIGNING_SECRET);
  }, 60_000);

  it('exits 1 naming the variable when Slack rejects the token, with the secrets redacted from the error', async () => {
    const slack = await startFakeSlack();
    cleanup.push(() => slack.close());
    // A hostile or careless API that echoes the credentials back in its error.
    slack.reply('auth.test', {
      ok: false,
      error: `invalid_auth token=${BOT_TOKEN} secret=${SIGNING_SECRET}`,
    });
    const run = start({ SLACK_API_URL: slack.apiUrl });

    const exit = await run.exited;
    expect(exit.code).toBe(1);
    const fault = run.logs().find((l) => l.msg === 'could not start; exiting');
    expect(fault).toMatchObject({ code: 'E_ADAPTER_AUTH' });
    expect(String(fault?.error)).toContain('SLACK_BOT_TOKEN');
    expect(String(fault?.error)).toContain('[redacted]');
    expect(run.out()).not.toContain(BOT_TOKEN);
    expect(run.out()).not.toContain(SIGNING_SECRET);
    expect(run.out()).not.toContain('FAKEknown');
  }, 60_000);

  it('SIGTERM mid-stream: every acknowledged command gets exactly one reply (answer or "restarting") before exit', async () => {
    const slack = await startFakeSlack();
    cleanup.push(() => slack.close());
    const responses = await slowResponseUrl(300);
    const run = start({ SLACK_API_URL: slack.apiUrl });
    const slackPort = (await logged(run, 'Slack adapter started')).port as number;
    await logged(run, 'evidence-bot is running');

    const FORM = 'application/x-www-form-urlencoded';
    const acked: string[] = [];
    let refused = 0;
    const sent: Array<Promise<void>> = [];
    for (let i = 0; i < 200 && refused === 0; i++) {
      const id = `c${i}`;
      sent.push(
        send(`http://127.0.0.1:${slackPort}`, commandBody('leadership', responses.at(id), `U${i}`), FORM, {
          secret: SIGNING_SECRET,
        }).then(
          (r) => void (r.status === 200 ? acked.push(id) : refused++),
          () => void refused++,
        ),
      );
      if (i === 40) run.child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 10));
    }
    await Promise.all(sent);
    const exit = await run.exited;
    expect(exit.code).toBe(0);
    expect(acked.length).toBeGreaterThan(40);
    const count = (id: string) => responses.received.filter((r) => r.path === `/response/${id}`).length;
    expect(acked.filter((id) => count(id) !== 1)).toEqual([]);
  }, 60_000);
});
