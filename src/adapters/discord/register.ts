/**
 * Registers /evidence and the "Find evidence" message command: to one guild when DISCORD_GUILD_ID is set (instant; for development), globally
 * otherwise (Discord can take up to an hour to show changes). PUT replaces the whole set, so re-running is safe.
 */
import { REST, Routes } from 'discord.js';
import type { DiscordConfig } from '../../config.js';
import { AdapterError } from '../shared/errors.js';
import { evidenceCommand, findEvidenceCommand } from './commands.js';

export interface RegisterResult {
  scope: 'guild' | 'global';
  names: string[];
}

export async function registerCommands(config: DiscordConfig): Promise<RegisterResult> {
  const rest = new REST(config.apiUrl === undefined ? {} : { api: config.apiUrl }).setToken(config.token);
  const body = [evidenceCommand(), findEvidenceCommand()];
  const route =
    config.guildId === undefined
      ? Routes.applicationCommands(config.appId)
      : Routes.applicationGuildCommands(config.appId, config.guildId);
  try {
    await rest.put(route, { body });
  } catch (err) {
    const status = (err as { status?: number }).status;
    if (status === 401) {
      throw new AdapterError(
        'E_ADAPTER_AUTH',
        'Discord rejected DISCORD_TOKEN (401). Set it to the bot token from discord.com/developers/applications → your app → Bot → Reset Token.',
        { cause: err },
      );
    }
    if (status === 403 || status === 404) {
      throw new AdapterError(
        'E_ADAPTER_CONFIG',
        `Discord refused the registration (${status}): check DISCORD_APP_ID (General Information → Application ID)${config.guildId === undefined ? '' : ' and that the bot was invited to DISCORD_GUILD_ID with the applications.commands scope'}.`,
        { cause: err },
      );
    }
    throw err;
  }
  return { scope: config.guildId === undefined ? 'global' : 'guild', names: body.map((c) => c.name) };
}
