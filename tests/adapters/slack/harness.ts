/**
 * The Slack adapter started for real (Bolt's HTTP receiver on 127.0.0.1, port 0) over the real core
 * (loadCorpus + createEvidenceService), a temporary feedback store, and the loopback fake of Slack.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CorpusVersionSource } from '../../../src/adapters/adapter.js';
import { type SlackAdapter, startSlackAdapter } from '../../../src/adapters/slack/index.js';
import { loadCorpus } from '../../../src/corpus/load.js';
import type { Corpus } from '../../../src/corpus/types.js';
import { createFeedbackStore } from '../../../src/feedback/index.js';
import type { FeedbackStore } from '../../../src/feedback/types.js';
import type { LogFields, Logger } from '../../../src/logger.js';
import type { EvidenceService } from '../../../src/retrieval/answer.js';
import { createEvidenceService } from '../../../src/retrieval/service.js';
import type { ScopeTable } from '../../../src/scopes/load.js';
import { type FakeSlack, startFakeSlack } from './fake-slack.js';
import { passages } from './inspector.js';
import { commandBody, SIGNING_SECRET, send } from './signed.js';

export const BOT_TOKEN = 'xoxb-1234-5678-testtoken';

export interface LogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  fields: LogFields;
  message: string;
}

export function recordingLogger(entries: LogEntry[], bindings: LogFields = {}): Logger {
  const at = (level: LogEntry['level']) => (fields: LogFields, message: string) =>
    void entries.push({ level, fields: { ...bindings, ...fields }, message });
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: (b) => recordingLogger(entries, { ...bindings, ...b }),
  };
}

const corpora = new Map<string, Promise<Corpus>>();
export const corpus = (dir = 'corpus') => {
  if (!corpora.has(dir)) corpora.set(dir, loadCorpus(dir));
  return corpora.get(dir) as Promise<Corpus>;
};

export interface Harness {
  slack: FakeSlack;
  adapter: SlackAdapter;
  baseUrl: string;
  feedback: FeedbackStore;
  logs: LogEntry[];
  service: EvidenceService;
  /** Asks a signed /evidence question and expects an answer with passages (the bot is still serving). */
  stillAnswers(): Promise<void>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  rateLimitPerMinute?: number;
  corpusDir?: string;
  /** Wraps the real service (fault injection only). */
  wrap?: (s: EvidenceService) => EvidenceService;
  /** The corpus version for the App Home (and its reloads). */
  corpus?: CorpusVersionSource;
  /** Channel → review set. */
  scopes?: ScopeTable;
}

let alive = 0;

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const slack = await startFakeSlack();
  const dataDir = mkdtempSync(join(tmpdir(), 'slack-e2e-'));
  const feedback = createFeedbackStore({ dataDir, salt: 'test' });
  const logs: LogEntry[] = [];
  const real = createEvidenceService(await corpus(options.corpusDir));
  const service = options.wrap ? options.wrap(real) : real;
  const adapter = await startSlackAdapter({
    config: {
      botToken: BOT_TOKEN,
      appToken: undefined,
      signingSecret: SIGNING_SECRET,
      port: 0,
      apiUrl: slack.apiUrl,
    },
    service,
    logger: recordingLogger(logs),
    feedback,
    rateLimitPerMinute: options.rateLimitPerMinute ?? 1_000,
    host: '127.0.0.1',
    retries: 0,
    drainMs: 1_000,
    ...(options.corpus ? { corpus: options.corpus } : {}),
    ...(options.scopes ? { scopes: options.scopes } : {}),
  });
  return {
    slack,
    adapter,
    baseUrl: `http://127.0.0.1:${adapter.port}`,
    feedback,
    logs,
    service,
    async stillAnswers() {
      const id = `alive-${++alive}`;
      const body = commandBody('leadership', slack.responseUrl(id));
      const res = await send(`http://127.0.0.1:${adapter.port}`, body, 'application/x-www-form-urlencoded');
      if (res.status !== 200) throw new Error(`the bot answered ${res.status} to a valid command`);
      const call = await slack.waitFor((c) => c.path === `/response/${id}`);
      if (passages(call.body as never).length === 0) throw new Error('the answer has no passages');
    },
    async close() {
      await adapter.stop();
      await slack.close();
      feedback.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
