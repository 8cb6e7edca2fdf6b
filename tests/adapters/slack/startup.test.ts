import { describe, expect, it } from 'vitest';
import { startSlackAdapter } from '../../../src/adapters/slack/index.js';
import { apiBaseUrl, checkSlackConfig } from '../../../src/adapters/slack/startup.js';
import type { SlackConfig } from '../../../src/config.js';
import { createFeedbackStore } from '../../../src/feedback/index.js';
import { silentLogger } from '../../../src/logger.js';
import { createEvidenceService } from '../../../src/retrieval/service.js';
import { startFakeSlack } from './fake-slack.js';
import { BOT_TOKEN, corpus, type LogEntry, recordingLogger } from './harness.js';
import { SIGNING_SECRET } from './signed.js';

const base: SlackConfig = {
  botToken: BOT_TOKEN,
  appToken: undefined,
  signingSecret: SIGNING_SECRET,
  port: 0,
  apiUrl: undefined,
};

describe('start-up checks', () => {
  it('chooses Socket Mode when SLACK_APP_TOKEN is set, HTTP otherwise', () => {
    expect(checkSlackConfig(base)).toBe('http');
    expect(checkSlackConfig({ ...base, appToken: 'xapp-1-A-1-x', signingSecret: undefined })).toBe('socket');
  });

  it.each([
    [{ botToken: '' }, /SLACK_BOT_TOKEN is missing.*OAuth & Permissions/],
    [{ botToken: 'xoxp-user-token' }, /SLACK_BOT_TOKEN is malformed.*xoxb-/],
    [{ appToken: 'xoxb-wrong' }, /SLACK_APP_TOKEN is malformed.*App-Level Tokens/],
    [{ signingSecret: undefined }, /SLACK_SIGNING_SECRET is missing.*App Credentials/],
  ] as const)('stops with a message naming the variable and where to find it (%o)', (over, message) => {
    expect(() => checkSlackConfig({ ...base, ...over } as SlackConfig)).toThrow(message);
    try {
      checkSlackConfig({ ...base, ...over } as SlackConfig);
    } catch (err) {
      expect((err as { code: string }).code).toBe('E_ADAPTER_CONFIG');
      expect(String(err)).not.toContain('xoxp-user-token');
    }
  });

  it('normalises SLACK_API_URL for the WebClient', () => {
    expect(apiBaseUrl('https://slack-gov.com/api')).toBe('https://slack-gov.com/api/');
    expect(apiBaseUrl(undefined)).toBeUndefined();
  });

  it('stops start-up, naming SLACK_BOT_TOKEN, when Slack rejects the token; logs no token', async () => {
    const slack = await startFakeSlack();
    slack.reply('auth.test', { ok: false, error: 'invalid_auth' });
    const logs: LogEntry[] = [];
    try {
      const start = startSlackAdapter({
        config: { ...base, apiUrl: slack.apiUrl },
        service: createEvidenceService(await corpus()),
        logger: recordingLogger(logs),
        feedback: createFeedbackStore({ dataDir: '/nonexistent-never-used' }),
        rateLimitPerMinute: 10,
        host: '127.0.0.1',
        retries: 0,
      });
      await expect(start).rejects.toMatchObject({
        code: 'E_ADAPTER_AUTH',
        message: expect.stringMatching(/SLACK_BOT_TOKEN \(invalid_auth\)/),
      });
      expect(JSON.stringify(logs)).not.toContain(BOT_TOKEN);
    } finally {
      await slack.close();
    }
  });

  it('stops cleanly: health turns false and the port is released', async () => {
    const slack = await startFakeSlack();
    const adapter = await startSlackAdapter({
      config: { ...base, apiUrl: slack.apiUrl },
      service: createEvidenceService(await corpus()),
      logger: silentLogger,
      feedback: createFeedbackStore({ dataDir: '/nonexistent-never-used' }),
      rateLimitPerMinute: 10,
      host: '127.0.0.1',
      retries: 0,
    });
    expect(adapter.health()).toEqual({ connected: true, detail: 'http mode' });
    expect(slack.calls.filter((c) => c.method === 'auth.test')).toHaveLength(1);
    await adapter.stop();
    expect(adapter.health().connected).toBe(false);
    await expect(
      fetch(`http://127.0.0.1:${adapter.port}/slack/events`, { method: 'POST' }),
    ).rejects.toThrow();
    await slack.close();
  });

  it('retries a failing auth.test (500, then 429 with Retry-After), logging each attempt with its status and wait', async () => {
    const slack = await startFakeSlack();
    slack.failWith('auth.test', 500, 2);
    const logs: LogEntry[] = [];
    const startRetrying = async (attempts: number) =>
      startSlackAdapter({
        config: { ...base, apiUrl: slack.apiUrl },
        service: createEvidenceService(await corpus()),
        logger: recordingLogger(logs),
        feedback: createFeedbackStore({ dataDir: '/nonexistent-never-used' }),
        rateLimitPerMinute: 10,
        host: '127.0.0.1',
        retries: 0,
        authRetry: { attempts, firstWaitMs: 20 },
      });
    try {
      const adapter = await startRetrying(5);
      await adapter.stop();
      const retried = logs.filter((l) => l.message === 'Slack auth.test failed; retrying');
      expect(retried.map((l) => l.fields)).toEqual([
        expect.objectContaining({ attempt: 1, of: 5, status: 500, waitMs: 20 }),
        expect.objectContaining({ attempt: 2, of: 5, status: 500, waitMs: 40 }),
      ]);
      expect(slack.calls.filter((c) => c.method === 'auth.test')).toHaveLength(3);

      slack.failWith('auth.test', 429, 5, { 'retry-after': '0' });
      const start = startRetrying(3);
      await expect(start).rejects.toMatchObject({
        code: 'E_ADAPTER_AUTH',
        message: expect.stringMatching(/HTTP 429 after 3 attempts|429/),
      });
      const limited = logs.filter(
        (l) => l.message === 'Slack auth.test failed; retrying' && l.fields.status === 429,
      );
      expect(limited.map((l) => l.fields.waitMs)).toEqual([0, 0]);
      expect(JSON.stringify(logs)).not.toContain(BOT_TOKEN);
    } finally {
      await slack.close();
    }
  });
});
