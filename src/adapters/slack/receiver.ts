/**
 * Slack's HTTP mode: our own receiver in front of Bolt's App (Bolt's HTTPReceiver let a signed `null` body
 * reject unhandled, accepted timestamps from the future, and answered a replayed slash command again).
 * Each request is checked in order: path, timestamp within five minutes of now (either direction),
 * signature and size (Bolt's own verification), body shape (zod, the envelope fields Bolt and we read),
 * and a slash command's or action's trigger_id not seen before. A request that fails a check gets a status
 * and a log line; nothing a request carries can end the process.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import {
  type App,
  type Logger as BoltLogger,
  HTTPResponseAck,
  HTTPModuleFunctions as http,
  type Receiver,
} from '@slack/bolt';
import type { Logger } from '../../logger.js';
import { errorFields } from '../shared/errors.js';
import { createDedupe } from './dedupe.js';
import { envelopeProblem } from './envelope.js';

export const MAX_SKEW_SECONDS = 5 * 60;
export const EVENTS_PATH = '/slack/events';

export interface ReceiverOptions {
  signingSecret: string;
  logger: Logger;
  /** What Bolt's acknowledgement logs through. */
  boltLogger: BoltLogger;
  now?: () => number;
}

export class GuardedReceiver implements Receiver {
  private app: App | undefined;
  private server: Server | undefined;
  private readonly triggers = createDedupe({ ttlMs: 2 * MAX_SKEW_SECONDS * 1000 });
  private readonly now: () => number;

  constructor(private readonly options: ReceiverOptions) {
    this.now = options.now ?? Date.now;
  }

  init(app: App): void {
    this.app = app;
  }

  start(listen: { port: number; host?: string }): Promise<Server> {
    const server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        this.options.logger.error(errorFields(err), 'Slack request failed');
        if (!res.headersSent) http.buildNoBodyResponse(res, 500);
      });
    });
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(listen.port, listen.host, () => {
        server.off('error', reject);
        server.on('error', (err) => this.options.logger.error(errorFields(err), 'Slack HTTP server error'));
        resolve(server);
      });
    });
  }

  stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return Promise.resolve();
    return new Promise((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
  }

  private reject(res: ServerResponse, status: number, why: string, fields: Record<string, unknown> = {}) {
    this.options.logger.warn({ status, ...fields }, `Slack request rejected: ${why}`);
    http.buildNoBodyResponse(res, status);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== EVENTS_PATH || req.method !== 'POST') return this.reject(res, 404, 'unknown path', { path });
    const timestamp = Number(req.headers['x-slack-request-timestamp']);
    const skew = Math.abs(Math.floor(this.now() / 1000) - timestamp);
    if (!Number.isFinite(timestamp) || skew > MAX_SKEW_SECONDS)
      return this.reject(res, 401, 'timestamp missing or more than five minutes from now');
    let buffered: Awaited<ReturnType<typeof http.parseAndVerifyHTTPRequest>>;
    try {
      buffered = await http.parseAndVerifyHTTPRequest(
        { signingSecret: this.options.signingSecret, nowMilliseconds: this.now },
        req,
      );
    } catch (err) {
      if (http.isRawBodyError(err) && err.statusCode === 413) return this.reject(res, 413, 'body too large');
      return this.reject(res, 401, 'signature not verified', errorFields(err));
    }
    let body: unknown;
    try {
      body = http.parseHTTPRequestBody(buffered);
    } catch (err) {
      return this.reject(res, 400, 'body is not JSON or a form', errorFields(err));
    }
    const problem = envelopeProblem(body);
    if (problem !== undefined) return this.reject(res, 400, `malformed body (${problem})`);
    const envelope = body as Record<string, unknown>;
    if (envelope.ssl_check === '1') return http.buildSSLCheckResponse(res);
    if (envelope.type === 'url_verification') return http.buildUrlVerificationResponse(res, envelope);
    const trigger = envelope.trigger_id;
    if (typeof trigger === 'string' && !this.triggers.first(trigger)) {
      this.options.logger.warn({ status: 200 }, 'Slack request ignored: trigger_id already answered');
      return http.buildNoBodyResponse(res, 200);
    }
    await this.dispatch(buffered, envelope, req, res);
  }

  private async dispatch(
    buffered: IncomingMessage,
    body: Record<string, unknown>,
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    const ack = new HTTPResponseAck({
      logger: this.options.boltLogger,
      processBeforeResponse: false,
      httpRequest: buffered,
      httpRequestBody: body,
      httpResponse: res,
    });
    const retryNum = http.extractRetryNumFromHTTPRequest(req);
    const retryReason = http.extractRetryReasonFromHTTPRequest(req);
    try {
      await this.app?.processEvent({
        body,
        ack: ack.bind(),
        ...(retryNum === undefined ? {} : { retryNum }),
        ...(retryReason === undefined ? {} : { retryReason }),
        customProperties: {},
      });
    } catch (err) {
      this.options.logger.error(errorFields(err), 'Slack event not processed');
      if (!res.headersSent) http.buildNoBodyResponse(res, 500);
      ack.ack();
    }
  }
}
