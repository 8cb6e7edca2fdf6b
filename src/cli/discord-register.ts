/**
 * npm run discord:register: registers /evidence with Discord, to DISCORD_GUILD_ID when set (instant, for
 * development) or globally (Discord may take up to an hour to show it everywhere). Safe to re-run.
 */
import 'dotenv/config';
import { COMMAND_NAME } from '../adapters/discord/commands.js';
import { registerCommands } from '../adapters/discord/register.js';
import { errorFields } from '../adapters/shared/errors.js';
import { ConfigError, loadConfig } from '../config.js';

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

let discord: ReturnType<typeof loadConfig>['discord'];
try {
  discord = loadConfig().discord;
} catch (e) {
  if (!(e instanceof ConfigError)) throw e;
  fail(e.message, 2);
}
if (discord === undefined) {
  fail(
    'DISCORD_TOKEN and DISCORD_APP_ID are not set. Set them from discord.com/developers/applications → your app (Bot → Reset Token; General Information → Application ID). See docs/discord.md.',
    2,
  );
}

try {
  const result = await registerCommands(discord);
  const where =
    result.scope === 'guild'
      ? `to server ${discord.guildId} (available now)`
      : 'globally (Discord can take up to an hour to show it in every server)';
  const names = result.names.map((n) => (n === COMMAND_NAME ? `/${n}` : `"${n}" (a message's Apps menu)`));
  process.stdout.write(`Registered ${names.join(' and ')} ${where}.\n`);
} catch (e) {
  fail(`Could not register the commands: ${errorFields(e).error}`, 1);
}
