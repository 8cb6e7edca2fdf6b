/** Starts the real adapter, through the real discord.js and the real core, against the loopback fake. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningAdapter } from '../../../src/adapters/adapter.js';
import { startDiscordAdapter } from '../../../src/adapters/discord/index.js';
import { loadCorpus } from '../../../src/corpus/load.js';
import { createFeedbackStore } from '../../../src/feedback/index.js';
import type { FeedbackStore } from '../../../src/feedback/types.js';
import type { EvidenceService } from '../../../src/retrieval/answer.js';
import { createEvidenceService } from '../../../src/retrieval/service.js';
import type { ScopeTable } from '../../../src/scopes/load.js';
import { APP_ID, type Call, type FakeDiscord, GUILD_ID, startFakeDiscord, TOKEN } from './fake-discord.js';
import { capturingLogger } from './logger.js';

export interface Harness {
  fake: FakeDiscord;
  adapter: RunningAdapter;
  service: EvidenceService;
  feedback: FeedbackStore;
  log: ReturnType<typeof capturingLogger>;
  /** Sends an interaction and waits for its callback. */
  interact(i: { id: string; token: string; type: number }, t?: string): Promise<Call>;
  close(): Promise<void>;
}

const services = new Map<string, Promise<EvidenceService>>();
export function realService(dir = 'corpus', limit?: number): Promise<EvidenceService> {
  const key = `${dir}:${limit}`;
  let s = services.get(key);
  if (!s) {
    s = loadCorpus(dir).then((c) => createEvidenceService(c, limit === undefined ? {} : { limit }));
    services.set(key, s);
  }
  return s;
}

export async function startHarness(
  options: {
    corpus?: string;
    limit?: number;
    rate?: number;
    service?: EvidenceService;
    scopes?: ScopeTable;
  } = {},
): Promise<Harness> {
  const fake = await startFakeDiscord();
  const service = options.service ?? (await realService(options.corpus, options.limit));
  const dataDir = mkdtempSync(join(tmpdir(), 'evidence-discord-'));
  const feedback = createFeedbackStore({ dataDir, salt: 'test-salt' });
  const log = capturingLogger();
  const adapter = await startDiscordAdapter({
    config: { token: TOKEN, appId: APP_ID, guildId: GUILD_ID, apiUrl: fake.api, messageContentIntent: false },
    service,
    logger: log,
    feedback,
    rateLimitPerMinute: options.rate ?? 1_000,
    readyTimeoutMs: 5_000,
    drainMs: 500,
    ...(options.scopes ? { scopes: options.scopes } : {}),
  });
  return {
    fake,
    adapter,
    service,
    feedback,
    log,
    async interact(i) {
      fake.dispatch('INTERACTION_CREATE', i);
      return fake.waitFor((c) => c.path === `/interactions/${i.id}/${i.token}/callback`);
    },
    async close() {
      await adapter.stop();
      await fake.close();
      feedback.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
