/**
 * The /evidence command as Discord sees it: subcommands ask (question, autocompleted; public), cite, sources
 * and help; and the "Find evidence" message context-menu command. Usable in servers and in DMs with the bot.
 * Registered by register.ts (npm run discord:register).
 */
import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  ContextMenuCommandBuilder,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
  type SlashCommandBooleanOption,
  SlashCommandBuilder,
} from 'discord.js';
import { DISCORD_LIMITS as L } from './limits.js';

export const COMMAND_NAME = 'evidence';
/** The message context-menu command (a message's Apps menu): the passages for that message's text. */
export const FIND_EVIDENCE_COMMAND = 'Find evidence';
export type Subcommand = 'ask' | 'cite' | 'sources' | 'help';

const publicOption = (o: SlashCommandBooleanOption) =>
  o.setName('public').setDescription('Answer in the channel for everyone (default: only you see it)');

export function evidenceCommand(): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return new SlashCommandBuilder()
    .setName(COMMAND_NAME)
    .setDescription('Answers from evidence reviews, quoted word for word with citations and caveats')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .addSubcommand((s) =>
      s
        .setName('ask')
        .setDescription('Ask a question')
        .addStringOption((o) =>
          o
            .setName('question')
            .setDescription('Your question, e.g. what helps services integrate?')
            .setRequired(true)
            .setMaxLength(L.questionOption)
            .setAutocomplete(true),
        )
        .addBooleanOption(publicOption),
    )
    .addSubcommand((s) =>
      s
        .setName('cite')
        .setDescription('The full reference of a study, and the passages that cite it')
        .addStringOption((o) =>
          o
            .setName('reference')
            .setDescription('Author, year or key, e.g. Feeley 2021')
            .setRequired(true)
            .setMaxLength(L.referenceOption),
        )
        .addBooleanOption(publicOption),
    )
    .addSubcommand((s) =>
      s.setName('sources').setDescription('The reviews the answers come from').addBooleanOption(publicOption),
    )
    .addSubcommand((s) => s.setName('help').setDescription('How to ask'))
    .toJSON();
}

export function findEvidenceCommand(): RESTPostAPIContextMenuApplicationCommandsJSONBody {
  return new ContextMenuCommandBuilder()
    .setName(FIND_EVIDENCE_COMMAND)
    .setType(ApplicationCommandType.Message)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .toJSON();
}

/** The text the core answers for a subcommand ("cite X", "sources", "help" or the question itself). */
export function coreInput(sub: Subcommand, value: string): string {
  switch (sub) {
    case 'ask':
      return value;
    case 'cite':
      return `cite ${value}`;
    case 'sources':
      return 'sources';
    case 'help':
      return 'help';
    default: {
      const never: never = sub;
      throw new Error(`unknown subcommand ${String(never)}`);
    }
  }
}
