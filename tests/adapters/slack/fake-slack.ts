/**
 * A loopback fake of Slack's network: the Web API (form-encoded calls with a bearer token, recorded and
 * answered like Slack) and response_url endpoints (JSON posts, recorded). Optionally a Socket Mode WebSocket.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Call {
  /** Web API method ("chat.postMessage") or "response_url". */
  method: string;
  /** For response_url: the path ("/response/1"). */
  path: string;
  auth: string | undefined;
  body: Record<string, unknown>;
  at: number;
}

export interface FakeSlack {
  url: string;
  apiUrl: string;
  calls: Call[];
  responseUrl(id: string | number): string;
  /** Resolves with the first call (from `from` on) matching; rejects after `ms`. */
  waitFor(match: (c: Call) => boolean, ms?: number): Promise<Call>;
  /** Overrides the reply to a Web API method. */
  reply(method: string, body: Record<string, unknown>): void;
  /** Answers a Web API method with this HTTP status (and headers) the next `times` times. */
  failWith(method: string, status: number, times: number, headers?: Record<string, string>): void;
  server: Server;
  close(): Promise<void>;
}

const read = async (req: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

function parseBody(raw: string, type: string | undefined): Record<string, unknown> {
  if (type?.includes('application/json')) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    out[k] = (k === 'blocks' || k === 'attachments') && v.startsWith('[') ? JSON.parse(v) : v;
  }
  return out;
}

export async function startFakeSlack(
  options: { botUserId?: string; wsUrl?: () => string } = {},
): Promise<FakeSlack> {
  const calls: Call[] = [];
  const waiters: Array<{ match: (c: Call) => boolean; resolve: (c: Call) => void }> = [];
  const overrides = new Map<string, Record<string, unknown>>();
  const failures = new Map<string, { status: number; times: number; headers: Record<string, string> }>();
  let ts = 1_700_000_000;
  const defaults = (method: string): Record<string, unknown> => {
    if (method === 'auth.test')
      return {
        ok: true,
        user_id: options.botUserId ?? 'UBOT',
        bot_id: 'BBOT',
        team_id: 'T1',
        user: 'evidence',
      };
    if (method === 'apps.connections.open') return { ok: true, url: options.wsUrl?.() ?? '' };
    if (method === 'chat.postEphemeral') return { ok: true, message_ts: `${ts++}.000100` };
    if (method.startsWith('chat.')) return { ok: true, channel: 'C1', ts: `${ts++}.000100` };
    return { ok: true };
  };
  const server = createServer(async (req, res) => {
    const raw = await read(req);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const method = path.startsWith('/api/') ? path.slice(5) : 'response_url';
    const call: Call = {
      method,
      path,
      auth: req.headers.authorization,
      body: parseBody(raw, req.headers['content-type']),
      at: Date.now(),
    };
    calls.push(call);
    for (const w of [...waiters]) {
      if (w.match(call)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(call);
      }
    }
    const failure = failures.get(method);
    if (failure !== undefined && failure.times > 0) {
      failure.times -= 1;
      res.writeHead(failure.status, { 'content-type': 'application/json', ...failure.headers });
      return void res.end(JSON.stringify({ ok: false, error: 'fake_failure' }));
    }
    res.writeHead(200, { 'content-type': method === 'response_url' ? 'text/plain' : 'application/json' });
    res.end(method === 'response_url' ? 'ok' : JSON.stringify(overrides.get(method) ?? defaults(method)));
  });
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    apiUrl: `${url}/api/`,
    calls,
    server,
    responseUrl: (id) => `${url}/response/${id}`,
    reply: (method, body) => void overrides.set(method, body),
    failWith: (method, status, times, headers = {}) => void failures.set(method, { status, times, headers }),
    waitFor(match, ms = 5_000) {
      const found = calls.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const w = { match, resolve };
        waiters.push(w);
        setTimeout(() => {
          const i = waiters.indexOf(w);
          if (i >= 0) waiters.splice(i, 1);
          reject(
            new Error(
              `no matching call within ${ms} ms; calls: ${calls.map((c) => c.method + c.path).join(', ')}`,
            ),
          );
        }, ms).unref();
      });
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
