/**
 * The Slack adapter: Bolt in Socket Mode (SLACK_APP_TOKEN set) or over HTTP (Bolt's receiver at /slack/events
 * on SLACK_PORT, verifying SLACK_SIGNING_SECRET), answering /evidence, @mentions, DMs and the "Find evidence"
 * message shortcut from the EvidenceService.
 */
import type { AddressInfo } from 'node:net';
import { App, SocketModeReceiver } from '@slack/bolt';
import type { SlackConfig } from '../../config.js';
import type { FeedbackStore } from '../../feedback/types.js';
import type { Logger } from '../../logger.js';
import type { EvidenceService } from '../../retrieval/answer.js';
import { type ScopeTable, UNSCOPED } from '../../scopes/load.js';
import type { CorpusVersionSource, RunningAdapter } from '../adapter.js';
import { drainAll } from '../shared/drain.js';
import { errorFields } from '../shared/errors.js';
import { createRateLimiter } from '../shared/rate-limit.js';
import { boltLogger } from './bolt-logger.js';
import { createDedupe } from './dedupe.js';
import { registerActions } from './on-actions.js';
import { registerAssistant } from './on-assistant.js';
import { registerCommand } from './on-command.js';
import { registerHome } from './on-home.js';
import { registerMessages } from './on-message.js';
import { registerShortcut } from './on-shortcut.js';
import { GuardedReceiver } from './receiver.js';
import type { SlackRuntime } from './runtime.js';
import { type AuthRetry, apiBaseUrl, checkSlackConfig, whoAmI } from './startup.js';
import { dropMalformed } from './validate.js';

export interface SlackAdapterDeps {
  config: SlackConfig;
  service: EvidenceService;
  logger: Logger;
  feedback: FeedbackStore;
  rateLimitPerMinute: number;
  /** HTTP mode: the interface to listen on (default: all). Tests use 127.0.0.1 with config.port 0. */
  host?: string;
  /** Web API retries (default Bolt's; tests use 0). */
  retries?: number;
  /** auth.test at start-up: attempts and first wait (default 5, 1 s). */
  authRetry?: AuthRetry;
  /** How long stop() waits for answers in flight (default 5 s). */
  drainMs?: number;
  /** Pass Bolt's own debug lines to the logger (chatty; default false). */
  boltDebug?: boolean;
  /** The corpus version for the App Home tab, and the signal to republish it on reload. */
  corpus?: CorpusVersionSource;
  /** Channel → review set (the scopes file); default: every channel sees every review. */
  scopes?: ScopeTable;
}

export interface SlackAdapter extends RunningAdapter {
  readonly mode: 'socket' | 'http';
  /** HTTP mode: the port actually listened on. */
  readonly port: number | undefined;
}

/** After the listener closes: the bound on replies to requests that arrived just before it did. */
const LATE_REPLY_MS = 1_000;

export async function startSlackAdapter(deps: SlackAdapterDeps): Promise<SlackAdapter> {
  const mode = checkSlackConfig(deps.config);
  const logger = deps.logger.child({ adapter: 'slack', mode });
  const blog = boltLogger(logger, deps.boltDebug ?? false);
  const slackApiUrl = apiBaseUrl(deps.config.apiUrl);
  const clientOptions = {
    ...(slackApiUrl === undefined ? {} : { slackApiUrl }),
    ...(deps.retries === undefined ? {} : { retryConfig: { retries: deps.retries } }),
  };
  let connected = false;
  const receiver =
    mode === 'socket'
      ? new SocketModeReceiver({
          appToken: deps.config.appToken ?? '',
          logger: blog,
          installerOptions: { clientOptions },
        })
      : new GuardedReceiver({ signingSecret: deps.config.signingSecret ?? '', logger, boltLogger: blog });
  if (receiver instanceof SocketModeReceiver) {
    receiver.client.on('connected', () => {
      connected = true;
    });
    receiver.client.on('disconnected', () => {
      connected = false;
    });
  }
  const bot = await whoAmI(deps.config.botToken, clientOptions, logger, deps.authRetry);
  const app = new App({
    token: deps.config.botToken,
    botId: bot.botId,
    botUserId: bot.userId,
    tokenVerificationEnabled: false,
    receiver,
    logger: blog,
    clientOptions,
    ignoreSelf: true,
    convoStore: false, // Bolt's conversation store: unused here, and it costs on every request
  });

  const rt: SlackRuntime = {
    service: deps.service,
    feedback: deps.feedback,
    logger,
    limiter: createRateLimiter({ limit: deps.rateLimitPerMinute }),
    rateLimitPerMinute: deps.rateLimitPerMinute,
    dedupe: createDedupe(),
    bot,
    accepting: true,
    inFlight: new Set(),
    scopes: deps.scopes ?? UNSCOPED,
  };
  if (mode === 'socket') app.use(dropMalformed(logger));
  registerMessages(app, rt);
  // After the de-duplication middleware (in registerMessages), before the listeners: the assistant takes its
  // own events and DM thread messages.
  registerAssistant(app, rt);
  registerCommand(app, rt);
  registerActions(app, rt);
  registerShortcut(app, rt);
  registerHome(app, rt, deps.corpus);
  app.error(async (err) => logger.error(errorFields(err), 'Bolt error'));

  // The core loads some data lazily on its first search: pay for it now, not in the first user's request.
  const warm = Date.now();
  deps.service.answer('evidence');
  logger.debug({ ms: Date.now() - warm }, 'core warmed up');

  let port: number | undefined;
  if (mode === 'http') {
    const server = await app.start({ port: deps.config.port, ...(deps.host ? { host: deps.host } : {}) });
    port = (server.address() as AddressInfo).port;
    connected = true;
  } else {
    await app.start();
  }
  logger.info({ port, team: bot.teamId }, 'Slack adapter started');

  let stopped = false;
  return {
    name: 'slack',
    mode,
    port,
    health: () => ({ connected: connected && !stopped, detail: `${mode} mode` }),
    async stop() {
      if (stopped) return;
      stopped = true;
      rt.accepting = false;
      // Answers in flight finish; a request arriving meanwhile is acknowledged and told "restarting" (tracked
      // too). Then the listener closes, and what slipped in before it closed gets its reply as well.
      const drained = await drainAll(rt.inFlight, deps.drainMs ?? 5_000);
      await app.stop();
      const late = await drainAll(rt.inFlight, LATE_REPLY_MS);
      if (!drained || !late)
        logger.warn({ inFlight: rt.inFlight.size }, 'Slack adapter stopped with replies in flight');
      connected = false;
      logger.info({}, 'Slack adapter stopped');
    },
  };
}

export { checkSlackConfig } from './startup.js';
