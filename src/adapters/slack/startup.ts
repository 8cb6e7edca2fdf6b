/**
 * Start-up checks: a missing or malformed token stops start-up with a message naming the variable and where
 * to find its value; a token Slack rejects does the same. Never prints a token.
 */
import { webApi } from '@slack/bolt';
import type { SlackConfig } from '../../config.js';
import type { Logger } from '../../logger.js';
import { AdapterError } from '../shared/errors.js';

const WHERE = {
  SLACK_BOT_TOKEN:
    'the Bot User OAuth Token (xoxb-…) from api.slack.com/apps → your app → OAuth & Permissions',
  SLACK_APP_TOKEN:
    'an App-Level Token (xapp-…) with connections:write from api.slack.com/apps → your app → Basic Information → App-Level Tokens',
  SLACK_SIGNING_SECRET:
    'the Signing Secret from api.slack.com/apps → your app → Basic Information → App Credentials',
} as const;

const problem = (name: keyof typeof WHERE, what: string) =>
  new AdapterError('E_ADAPTER_CONFIG', `${name} ${what}. Set it to ${WHERE[name]}.`);

export type SlackMode = 'socket' | 'http';

/** Checks the configuration's shape and says which connection mode it selects. */
export function checkSlackConfig(config: SlackConfig): SlackMode {
  if (!config.botToken) throw problem('SLACK_BOT_TOKEN', 'is missing');
  if (!/^xoxb-[A-Za-z0-9-]+$/.test(config.botToken))
    throw problem('SLACK_BOT_TOKEN', 'is malformed (it starts with xoxb-)');
  if (config.appToken !== undefined) {
    if (!/^xapp-[A-Za-z0-9-]+$/.test(config.appToken))
      throw problem('SLACK_APP_TOKEN', 'is malformed (it starts with xapp-)');
    return 'socket';
  }
  if (!config.signingSecret)
    throw problem('SLACK_SIGNING_SECRET', 'is missing (needed in HTTP mode, without SLACK_APP_TOKEN)');
  return 'http';
}

/** The Web API base URL as the WebClient wants it (ending in "/"), or undefined for Slack's own. */
export function apiBaseUrl(apiUrl: string | undefined): string | undefined {
  if (apiUrl === undefined) return undefined;
  return apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`;
}

export interface BotIdentity {
  userId: string;
  botId: string;
  teamId: string;
}

export interface AuthRetry {
  /** Attempts in all (default 5). */
  attempts?: number;
  /** Wait before the second attempt, doubled after each (default 1 s, at most 30 s); a 429's Retry-After wins. */
  firstWaitMs?: number;
}

interface WebApiFailure {
  code?: string;
  statusCode?: number;
  retryAfter?: number;
  data?: { error?: string };
  message?: string;
}

/**
 * auth.test, before Bolt is built: who we are; a rejected token stops start-up naming SLACK_BOT_TOKEN.
 * (Bolt is then given the identity, so that it makes no auth.test of its own that could fail unhandled.)
 * A server error, rate limit or network fault is retried with a log line per attempt (status and wait);
 * a rejection (invalid_auth…) is not.
 */
export async function whoAmI(
  token: string,
  options: webApi.WebClientOptions,
  log: Logger,
  retry: AuthRetry = {},
): Promise<BotIdentity> {
  const attempts = retry.attempts ?? 5;
  const firstWaitMs = retry.firstWaitMs ?? 1_000;
  // Our own retries, each logged: the WebClient's would be silent.
  const client = new webApi.WebClient(token, {
    ...options,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  });
  for (let attempt = 1; ; attempt++) {
    try {
      const r = await client.auth.test();
      if (!r.user_id) throw new Error('auth.test returned no user_id');
      return { userId: r.user_id, botId: r.bot_id ?? '', teamId: r.team_id ?? '' };
    } catch (err) {
      const e = err as WebApiFailure;
      const rejected = e.code === 'slack_webapi_platform_error' || attempt >= attempts;
      const status = e.code === 'slack_webapi_rate_limited_error' ? 429 : e.statusCode;
      if (rejected) {
        const reason = e.data?.error ?? (status === undefined ? e.message : `HTTP ${status}`);
        throw new AdapterError(
          'E_ADAPTER_AUTH',
          `Slack did not accept SLACK_BOT_TOKEN (${reason}${attempt > 1 ? ` after ${attempt} attempts` : ''}). Check it is ${WHERE.SLACK_BOT_TOKEN}, and that SLACK_API_URL (if set) is right.`,
          { cause: err },
        );
      }
      const backoff = Math.min(firstWaitMs * 2 ** (attempt - 1), 30_000);
      const waitMs = e.retryAfter === undefined ? backoff : e.retryAfter * 1000;
      log.warn(
        { code: 'E_ADAPTER_AUTH', attempt, of: attempts, status: status ?? e.code ?? 'network', waitMs },
        'Slack auth.test failed; retrying',
      );
      await new Promise((r) => setTimeout(r, waitMs));
    }
  }
}
