/**
 * Running past Discord's sharding threshold (required at 2,500 servers; plan for it near 2,000): discord.js's
 * ShardingManager runs src/main.ts once per shard as a child process, each with SHARDS and SHARD_COUNT in its
 * environment (the Client reads them, so the adapter needs no option). The children run Discord only: the
 * Slack variables and HEALTH_PORT are removed from their environment, so that Slack is not started once per
 * shard and the shards do not compete for one port.
 */
import { type Shard, ShardingManager } from 'discord.js';
import type { Logger } from '../../logger.js';

const NOT_FOR_SHARDS = /^(SLACK_|HEALTH_PORT$)/;

/** The environment the shards inherit: everything but Slack's variables and the health port. */
export function shardEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !NOT_FOR_SHARDS.test(k)));
}

export interface ShardOptions {
  /** The entry each shard runs (src/main.ts). */
  file: string;
  token: string;
  /** 'auto' asks Discord for the recommended count. */
  totalShards: number | 'auto';
  logger: Logger;
  /** Node options for the children, e.g. ['--import', 'tsx'] to run TypeScript directly. */
  execArgv?: string[];
}

export function createShardManager(o: ShardOptions): ShardingManager {
  const manager = new ShardingManager(o.file, {
    token: o.token,
    totalShards: o.totalShards,
    mode: 'process',
    respawn: true,
    execArgv: o.execArgv ?? [],
  });
  const log = o.logger.child({ component: 'discord-shards' });
  manager.on('shardCreate', (shard: Shard) => {
    log.info({ shard: shard.id, of: manager.totalShards }, 'discord shard process started');
    shard.on('death', () => log.warn({ shard: shard.id }, 'discord shard process exited; respawning'));
    shard.on('error', (err) =>
      log.error({ shard: shard.id, error: String(err) }, 'discord shard process error'),
    );
  });
  return manager;
}
