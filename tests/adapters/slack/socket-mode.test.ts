import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type WebSocket, WebSocketServer } from 'ws';
import { type SlackAdapter, startSlackAdapter } from '../../../src/adapters/slack/index.js';
import { createFeedbackStore } from '../../../src/feedback/index.js';
import { createEvidenceService } from '../../../src/retrieval/service.js';
import { type FakeSlack, startFakeSlack } from './fake-slack.js';
import { BOT_TOKEN, corpus, type LogEntry, recordingLogger } from './harness.js';
import { passages } from './inspector.js';

const APP_TOKEN = 'xapp-1-A1-123-abc';

/** A Socket Mode envelope of a valid "/evidence leadership", answered on the fake's response URL `responseId`. */
const slashEnvelope = (envelopeId: string, responseId: string) =>
  JSON.stringify({
    envelope_id: envelopeId,
    type: 'slash_commands',
    accepts_response_payload: true,
    payload: {
      team_id: 'T1',
      channel_id: 'C1',
      user_id: 'U1',
      command: '/evidence',
      text: 'leadership',
      api_app_id: 'A1',
      response_url: `${responseBase}/response/${responseId}`,
      trigger_id: `trigger-${envelopeId}`,
    },
  });
let responseBase = '';

describe('Socket Mode, against a loopback WebSocket', () => {
  let wss: WebSocketServer;
  let slack: FakeSlack;
  let adapter: SlackAdapter;
  const acks: Array<Record<string, unknown>> = [];
  let socket: WebSocket | undefined;
  const logs: LogEntry[] = [];
  const connected = new Promise<WebSocket>((resolve) => {
    beforeAll(async () => {
      wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
      await new Promise((r) => wss.once('listening', r));
      wss.on('connection', (ws) => {
        socket = ws;
        ws.on('message', (data) => acks.push(JSON.parse(String(data)) as Record<string, unknown>));
        ws.send(
          JSON.stringify({
            type: 'hello',
            num_connections: 1,
            connection_info: { app_id: 'A1' },
            debug_info: { host: 'fake' },
          }),
        );
        resolve(ws);
      });
      const wsUrl = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link`;
      slack = await startFakeSlack({ wsUrl: () => wsUrl });
      responseBase = slack.url;
      adapter = await startSlackAdapter({
        config: {
          botToken: BOT_TOKEN,
          appToken: APP_TOKEN,
          signingSecret: undefined,
          port: 0,
          apiUrl: slack.apiUrl,
        },
        service: createEvidenceService(await corpus()),
        logger: recordingLogger(logs),
        feedback: createFeedbackStore({ dataDir: '/nonexistent-never-used' }),
        rateLimitPerMinute: 100,
        retries: 0,
        drainMs: 500,
      });
    });
  });

  afterAll(async () => {
    await adapter?.stop();
    for (const c of wss?.clients ?? []) c.terminate();
    await new Promise((r) => wss?.close(r));
    await slack?.close();
  });

  it('opens the connection with the app token, acks a slash command envelope and answers on the response_url', async () => {
    const ws = await connected;
    const open = await slack.waitFor((c) => c.method === 'apps.connections.open');
    expect(open.auth).toBe(`Bearer ${APP_TOKEN}`);
    expect(adapter.mode).toBe('socket');
    await expect.poll(() => adapter.health().connected).toBe(true);
    ws.send(slashEnvelope('env-1', 'sock-1'));
    const answer = await slack.waitFor((c) => c.path === '/response/sock-1');
    expect(acks).toContainEqual(expect.objectContaining({ envelope_id: 'env-1' }));
    expect(answer.body.response_type).toBe('ephemeral');
    expect(passages(answer.body as never).length).toBeGreaterThan(0);
  });

  it('answers a mention envelope in its thread', async () => {
    socket?.send(
      JSON.stringify({
        envelope_id: 'env-2',
        type: 'events_api',
        accepts_response_payload: false,
        payload: {
          team_id: 'T1',
          api_app_id: 'A1',
          type: 'event_callback',
          event_id: 'EvS1',
          event_time: 1,
          event: {
            type: 'app_mention',
            user: 'U1',
            text: '<@UBOT> workforce',
            ts: '9.1',
            channel: 'CS1',
            event_ts: '9.1',
          },
        },
      }),
    );
    const post = await slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'CS1');
    expect(post.body.thread_ts).toBe('9.1');
    expect(acks).toContainEqual(expect.objectContaining({ envelope_id: 'env-2' }));
  });

  it('acknowledges and drops a malformed payload with a warning, and keeps answering', async () => {
    socket?.send(
      JSON.stringify({
        envelope_id: 'env-bad',
        type: 'slash_commands',
        accepts_response_payload: true,
        payload: { command: '/evidence', user_id: null, response_url: slack.responseUrl('sock-bad') },
      }),
    );
    await expect.poll(() => acks.some((a) => a.envelope_id === 'env-bad')).toBe(true);
    expect(logs).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        fields: expect.objectContaining({ code: 'E_ADAPTER_PAYLOAD' }),
      }),
    );
    socket?.send(slashEnvelope('env-good', 'sock-good'));
    await slack.waitFor((c) => c.path === '/response/sock-good');
    expect(slack.calls.some((c) => c.path === '/response/sock-bad')).toBe(false);
  });
});
