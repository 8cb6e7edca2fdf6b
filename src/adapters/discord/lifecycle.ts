/** Connection events, logged: discord.js reconnects and resumes by itself; we say when it does. */
import { type Client, Events } from 'discord.js';
import type { Logger } from '../../logger.js';
import { errorFields } from '../shared/errors.js';

export function logLifecycle(client: Client, log: Logger): void {
  client.on(Events.ShardReady, (shard, unavailable) =>
    log.info({ shard, unavailableGuilds: unavailable?.size ?? 0 }, 'discord shard ready'),
  );
  client.on(Events.ShardDisconnect, (event, shard) =>
    log.warn({ shard, closeCode: event.code }, 'discord shard disconnected and will not reconnect'),
  );
  client.on(Events.ShardReconnecting, (shard) => log.warn({ shard }, 'discord shard reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => log.info({ shard, replayed }, 'discord shard resumed'));
  client.on(Events.ShardError, (err, shard) =>
    log.error({ shard, ...errorFields(err) }, 'discord shard error'),
  );
  client.on(Events.Warn, (message) => log.warn({ detail: message }, 'discord.js warning'));
  client.on(Events.Error, (err) => log.error(errorFields(err), 'discord.js error'));
  client.on(Events.Invalidated, () => log.error({ code: 'E_ADAPTER_AUTH' }, 'discord session invalidated'));
}
