/**
 * A 401 from Discord's REST API to a request sent with our token: @discordjs/rest then clears the token, so
 * every later mention and DM reply would fail until a restart (slash commands, answered with the
 * interaction's own token, would keep working and hide it). So the first such 401 is fatal to the adapter:
 * logged once as E_ADAPTER_UNAUTHORIZED, the adapter reports itself unhealthy, and `onUnauthorized` lets the
 * process exit non-zero so that its supervisor restarts it (with a corrected token).
 */
import { type Client, RESTEvents } from 'discord.js';
import type { Logger } from '../../logger.js';
import { AdapterError } from '../shared/errors.js';
import { WHERE_TOKEN } from './login.js';

export interface RestAuth {
  /** The rejection, once Discord has rejected the token. */
  rejected(): AdapterError | undefined;
}

export function watchRestAuth(
  client: Client,
  log: Logger,
  onUnauthorized: (err: AdapterError) => void,
): RestAuth {
  let rejected: AdapterError | undefined;
  client.rest.on(RESTEvents.Response, (request, response) => {
    if (response.status !== 401 || request.data.auth === false || rejected !== undefined) return;
    rejected = new AdapterError(
      'E_ADAPTER_UNAUTHORIZED',
      `Discord rejected DISCORD_TOKEN (HTTP 401 on ${request.method.toUpperCase()} ${request.route}). Set it to the bot token from ${WHERE_TOKEN} and restart.`,
    );
    log.error({ code: rejected.code, route: request.route, status: 401 }, rejected.message);
    onUnauthorized(rejected);
  });
  return { rejected: () => rejected };
}
