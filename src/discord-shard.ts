/**
 * Discord with sharding: `tsx src/discord-shard.ts`, or from the build `node dist/discord-shard.js`.
 * Spawns one src/main.ts process per shard through discord.js's ShardingManager; each runs the Discord adapter
 * only. DISCORD_SHARDS sets the count (default: Discord's recommendation). See docs/discord.md.
 */
import 'dotenv/config';
import { fileURLToPath } from 'node:url';
import { createShardManager, shardEnvironment } from './adapters/discord/sharding.js';
import { ConfigError, loadConfig } from './config.js';
import { createPinoLogger } from './logging/pino-logger.js';

// The manager and the shards (which inherit process.env) run Discord only: drop what is not for them first.
const inherited = shardEnvironment(process.env);
for (const k of Object.keys(process.env)) if (!(k in inherited)) delete process.env[k];

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (e) {
  if (!(e instanceof ConfigError)) throw e;
  process.stderr.write(`${e.message}\n`);
  process.exit(2);
}
if (config.discord === undefined) {
  process.stderr.write(
    'DISCORD_TOKEN and DISCORD_APP_ID must be set to run Discord shards. See docs/discord.md.\n',
  );
  process.exit(2);
}

const { logger } = createPinoLogger({
  level: config.logLevel,
  pretty: false,
  secrets: [config.discord.token],
});
const count = process.env.DISCORD_SHARDS;
const totalShards = count === undefined || count === '' || count === 'auto' ? 'auto' : Number(count);
if (totalShards !== 'auto' && !(Number.isInteger(totalShards) && totalShards >= 1)) {
  process.stderr.write(`DISCORD_SHARDS must be a positive whole number or "auto", not "${count}".\n`);
  process.exit(2);
}

// From the build (dist/discord-shard.js) each shard runs dist/main.js with plain node; from the source tree,
// src/main.ts through tsx.
const built = import.meta.url.endsWith('.js');
const file = fileURLToPath(new URL(built ? './main.js' : './main.ts', import.meta.url));
const manager = createShardManager({
  file,
  token: config.discord.token,
  totalShards,
  logger,
  execArgv: built ? [] : ['--import', 'tsx'],
});
await manager.spawn({ timeout: 60_000 });
logger.info({ shards: manager.totalShards }, 'all discord shards spawned');
