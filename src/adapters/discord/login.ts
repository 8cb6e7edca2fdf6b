/**
 * Logs in and waits (bounded) for READY. A rejected token stops start-up with a message naming DISCORD_TOKEN
 * and where to find it; READY arriving late is logged, and discord.js keeps trying.
 */
import { type Client, Events } from 'discord.js';
import type { Logger } from '../../logger.js';
import { AdapterError } from '../shared/errors.js';

export const WHERE_TOKEN = 'discord.com/developers/applications → your app → Bot → Reset Token';

export async function loginAndWait(
  client: Client,
  token: string,
  log: Logger,
  readyTimeoutMs: number,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const ready = new Promise<boolean>((resolve) => {
    client.once(Events.ClientReady, () => resolve(true));
    timer = setTimeout(() => resolve(false), readyTimeoutMs);
  });
  try {
    await client.login(token);
  } catch (err) {
    clearTimeout(timer);
    await client.destroy().catch(() => {});
    const code = (err as { code?: unknown }).code;
    if (code === 'TokenInvalid' || (err as { status?: unknown }).status === 401) {
      throw new AdapterError(
        'E_ADAPTER_AUTH',
        `Discord rejected DISCORD_TOKEN. Set it to the bot token from ${WHERE_TOKEN}.`,
        { cause: err },
      );
    }
    throw new AdapterError('E_ADAPTER_SEND', 'Could not connect to Discord', { cause: err });
  }
  const isReady = await ready;
  clearTimeout(timer);
  if (!isReady) log.warn({ readyTimeoutMs }, 'discord not ready yet: still connecting in the background');
}
