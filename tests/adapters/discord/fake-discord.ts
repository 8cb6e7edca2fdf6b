/**
 * A loopback fake of Discord's network, for driving the real discord.js end to end: one HTTP server answers
 * the REST API (under /api/v10) and upgrades /gateway to a WebSocket that speaks enough of the gateway
 * protocol (HELLO, heartbeats, IDENTIFY → READY with the guild unavailable → GUILD_CREATE). Tests dispatch
 * events with `dispatch` and read every REST call from `calls`.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

export const APP_ID = '111111111111111111';
export const BOT_ID = '222222222222222222';
export const GUILD_ID = '333333333333333333';
export const CHANNEL_ID = '444444444444444444';
export const THREAD_ID = '555555555555555555';
export const USER_ID = '666666666666666666';
export const DM_CHANNEL_ID = '777777777777777777';
export const TOKEN = `${'A'.repeat(24)}.${'B'.repeat(6)}.${'C'.repeat(27)}`;

/** Raw JSON as it crossed the wire: tests read it field by field. */
// biome-ignore lint/suspicious/noExplicitAny: wire JSON, asserted on field by field
export type Json = any;

export interface Call {
  method: string;
  /** Decoded, without the /api/v10 prefix or the query string. */
  path: string;
  query: string;
  headers: IncomingMessage['headers'];
  body: Json;
  /** When the request arrived (ms since the epoch). */
  at: number;
}

export interface FakeDiscord {
  api: string;
  calls: Call[];
  /** Frames the client sent on the gateway (IDENTIFY, heartbeats). */
  gatewayFrames: Json[];
  dispatch(t: string, d: unknown): void;
  /** Waits for a REST call matching `pred` (beyond those already seen when `from` is given). */
  waitFor(pred: (c: Call) => boolean, timeoutMs?: number): Promise<Call>;
  /** Answer a path with this status instead of the default, `times` times (e.g. 401 for /gateway/bot). */
  failWith: Map<string, { status: number; times: number }>;
  /** Closes every gateway connection with `code` (as Discord does before asking for a reconnect). */
  drop(code: number): void;
  /** Open gateway connections. */
  connections(): number;
  close(): Promise<void>;
}

let nextMessageId = 900000000000000000n;

/** A message the bot posted, as Discord's REST API returns it (also the message a button sits on). */
export function messageObject(channelId: string, body: Json, id?: string) {
  nextMessageId += 1n;
  return {
    id: id ?? String(nextMessageId),
    channel_id: channelId,
    type: 0,
    content: body?.content ?? '',
    embeds: body?.embeds ?? [],
    components: body?.components ?? [],
    author: {
      id: BOT_ID,
      username: 'evidence',
      discriminator: '0',
      bot: true,
      avatar: null,
      global_name: null,
    },
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    pinned: false,
    flags: body?.flags ?? 0,
  };
}

export function guildCreate() {
  return {
    id: GUILD_ID,
    name: 'Policy team',
    icon: null,
    owner_id: USER_ID,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    system_channel_flags: 0,
    preferred_locale: 'en-GB',
    features: [],
    emojis: [],
    stickers: [],
    roles: [
      {
        id: GUILD_ID,
        name: '@everyone',
        permissions: '1071698660929',
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    channels: [
      {
        id: CHANNEL_ID,
        type: 0,
        name: 'evidence',
        position: 0,
        guild_id: GUILD_ID,
        permission_overwrites: [],
      },
    ],
    threads: [
      {
        id: THREAD_ID,
        type: 11,
        name: 'a thread',
        parent_id: CHANNEL_ID,
        guild_id: GUILD_ID,
        owner_id: USER_ID,
        thread_metadata: {
          archived: false,
          auto_archive_duration: 1440,
          archive_timestamp: new Date().toISOString(),
          locked: false,
        },
        message_count: 1,
        member_count: 1,
      },
    ],
    members: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    member_count: 2,
    large: false,
    unavailable: false,
    joined_at: new Date().toISOString(),
  };
}

async function readBody(req: IncomingMessage): Promise<Json> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if (raw === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

export async function startFakeDiscord(): Promise<FakeDiscord> {
  const calls: Call[] = [];
  const gatewayFrames: Json[] = [];
  const waiters: { pred: (c: Call) => boolean; resolve: (c: Call) => void }[] = [];
  const failWith = new Map<string, { status: number; times: number }>();
  const sockets = new Set<WebSocket>();
  let seq = 0;
  let port = 0;

  const answer = (res: ServerResponse, status: number, body?: unknown) => {
    res.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
    res.end(body === undefined ? undefined : JSON.stringify(body));
  };

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, '');
    const at = Date.now();
    const call: Call = {
      at,
      method: req.method ?? 'GET',
      path,
      query: url.search,
      headers: req.headers,
      body: await readBody(req),
    };
    calls.push(call);
    for (const w of [...waiters]) {
      if (w.pred(call)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(call);
      }
    }
    const failure = failWith.get(path);
    if (failure !== undefined && failure.times > 0) {
      failure.times -= 1;
      return answer(res, failure.status, { message: 'fake failure', code: 50035 });
    }
    if (path === '/gateway/bot') {
      return answer(res, 200, {
        url: `ws://127.0.0.1:${port}/gateway`,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
      });
    }
    if (/^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return answer(res, 204);
    let m = /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/.exec(path);
    if (m) return answer(res, 200, messageObject(CHANNEL_ID, call.body));
    m = /^\/webhooks\/\d+\/[^/]+$/.exec(path);
    if (m) return answer(res, 200, messageObject(CHANNEL_ID, call.body));
    m = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (m && call.method === 'POST') return answer(res, 200, messageObject(m[1] as string, call.body));
    if (/^\/channels\/\d+\/typing$/.test(path)) return answer(res, 204);
    if (/^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path) && call.method === 'PUT') {
      return answer(
        res,
        200,
        (call.body as Json[]).map((c, i) => ({
          ...c,
          id: String(1000 + i),
          application_id: APP_ID,
          version: '1',
        })),
      );
    }
    return answer(res, 404, { message: 'Unknown route in fake', code: 0 });
  });

  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    if (!req.url?.startsWith('/gateway')) return socket.destroy();
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => sockets.delete(ws));
      ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
      ws.on('message', (raw) => {
        const frame = JSON.parse(String(raw));
        gatewayFrames.push(frame);
        if (frame.op === 1) ws.send(JSON.stringify({ op: 11 }));
        if (frame.op === 6) ws.send(JSON.stringify({ op: 0, t: 'RESUMED', s: ++seq, d: {} }));
        if (frame.op === 2) {
          const send = (t: string, d: unknown) => ws.send(JSON.stringify({ op: 0, t, s: ++seq, d }));
          send('READY', {
            v: 10,
            user: {
              id: BOT_ID,
              username: 'evidence',
              discriminator: '0',
              bot: true,
              avatar: null,
              global_name: null,
            },
            guilds: [{ id: GUILD_ID, unavailable: true }],
            session_id: 'fake-session',
            resume_gateway_url: `ws://127.0.0.1:${port}/gateway`,
            application: { id: APP_ID, flags: 0 },
            private_channels: [],
          });
          send('GUILD_CREATE', guildCreate());
        }
      });
    });
  });

  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  port = (server.address() as AddressInfo).port;

  return {
    api: `http://127.0.0.1:${port}/api`,
    calls,
    gatewayFrames,
    failWith,
    dispatch(t, d) {
      const frame = JSON.stringify({ op: 0, t, s: ++seq, d });
      for (const ws of sockets) ws.send(frame);
    },
    waitFor(pred, timeoutMs = 5_000) {
      const seen = calls.find(pred);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const w = {
          pred,
          resolve: (c: Call) => {
            clearTimeout(timer);
            resolve(c);
          },
        };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(w), 1);
          reject(
            new Error(
              `no matching call within ${timeoutMs} ms; calls: ${calls.map((c) => `${c.method} ${c.path}`).join(', ')}`,
            ),
          );
        }, timeoutMs);
        waiters.push(w);
      });
    },
    connections: () => sockets.size,
    drop(code) {
      for (const ws of sockets) ws.close(code, 'fake drop');
    },
    async close() {
      for (const ws of sockets) ws.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
