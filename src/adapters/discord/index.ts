/**
 * The Discord adapter: /evidence (with autocomplete and buttons), the "Find evidence" message command,
 * @mentions and DMs, through discord.js.
 * startDiscordAdapter connects, and returns what main.ts drives (stop, health).
 */
import { type Client, Events, type Interaction, Status } from 'discord.js';
import type { DiscordConfig } from '../../config.js';
import type { FeedbackStore } from '../../feedback/types.js';
import type { Logger } from '../../logger.js';
import type { EvidenceService } from '../../retrieval/answer.js';
import { type ScopeTable, UNSCOPED } from '../../scopes/load.js';
import type { RunningAdapter } from '../adapter.js';
import { errorFields } from '../shared/errors.js';
import { createRateLimiter } from '../shared/rate-limit.js';
import { createAnswerState } from './answer-state.js';
import { createDiscordClient, NO_MENTIONS } from './client.js';
import { COMMAND_NAME, FIND_EVIDENCE_COMMAND } from './commands.js';
import { createDeferPolicy } from './deadline.js';
import { guardGateway } from './gateway-guard.js';
import { onAutocomplete } from './handlers/autocomplete.js';
import { onButton } from './handlers/buttons.js';
import { onCommand } from './handlers/command.js';
import { onFindEvidence } from './handlers/find-evidence.js';
import { createGuard, type Guard } from './handlers/guard.js';
import { isForUs, onMention } from './handlers/mention.js';
import { notice, text } from './handlers/payload.js';
import { logLifecycle } from './lifecycle.js';
import { DISCORD_DEADLINES } from './limits.js';
import { loginAndWait } from './login.js';
import { watchRestAuth } from './rest-auth.js';
import type { DiscordRuntime } from './runtime.js';

export { evidenceCommand, findEvidenceCommand } from './commands.js';
export { registerCommands } from './register.js';

export interface DiscordDeps {
  config: DiscordConfig;
  service: EvidenceService;
  logger: Logger;
  feedback: FeedbackStore;
  rateLimitPerMinute: number;
  /** Discord rejected the token after start-up (REST 401): the adapter cannot answer; exit and restart. */
  onFatal?: (err: Error) => void;
  /** Server or channel → review set (the scopes file); default: every place sees every review. */
  scopes?: ScopeTable;
  /** Test hooks. */
  readyTimeoutMs?: number;
  drainMs?: number;
  now?: () => number;
}

export async function startDiscordAdapter(deps: DiscordDeps): Promise<RunningAdapter> {
  const log = deps.logger.child({ adapter: 'discord' });
  const now = deps.now ?? Date.now;
  let closing = false;
  const rt: DiscordRuntime = {
    service: deps.service,
    feedback: deps.feedback,
    logger: log,
    limiter: createRateLimiter({ limit: deps.rateLimitPerMinute, now }),
    ratePerMinute: deps.rateLimitPerMinute,
    state: createAnswerState({ now }),
    defer: createDeferPolicy(now),
    closing: () => closing,
    scopes: deps.scopes ?? UNSCOPED,
  };
  const client = createDiscordClient(deps.config);
  const guard = createGuard(log);
  logLifecycle(client, log);
  guardGateway(client, log);
  const auth = watchRestAuth(client, log, (err) => deps.onFatal?.(err));
  client.on(Events.InteractionCreate, (i) => {
    onInteraction(rt, guard, i).catch((err: unknown) =>
      log.error(
        { ...errorFields(err), interactionId: i.id },
        'discord interaction failed before its handler',
      ),
    );
  });
  client.on(Events.MessageCreate, (m) => {
    const fields = { messageId: m.id, channelId: m.channelId, guildId: m.guildId ?? 'dm' };
    const botId = client.user?.id;
    if (botId === undefined || closing || !guard.test('mention filter', fields, () => isForUs(m, botId)))
      return;
    void guard.run(
      'mention',
      fields,
      () => onMention(rt, m, botId),
      (t) => m.reply({ content: t, allowedMentions: NO_MENTIONS }),
    );
  });

  await loginAndWait(client, deps.config.token, log, deps.readyTimeoutMs ?? 30_000);
  log.info(
    {
      guilds: client.guilds.cache.size,
      messageContentIntent: deps.config.messageContentIntent,
      shards: client.ws.shards.size,
    },
    'discord adapter started',
  );

  return {
    name: 'discord',
    async stop() {
      if (closing) return;
      closing = true;
      await guard.drain(deps.drainMs ?? DISCORD_DEADLINES.drainMs);
      await client.destroy();
      log.info({ inFlight: guard.inFlight() }, 'discord adapter stopped');
    },
    health: () => {
      const rejected = auth.rejected();
      return rejected ? { connected: false, detail: rejected.message } : health(client, closing);
    },
  };
}

function health(client: Client, closing: boolean) {
  const connected = !closing && client.isReady() && client.ws.status === Status.Ready;
  return {
    connected,
    detail: `${client.guilds.cache.size} servers, gateway ping ${Math.round(client.ws.ping)} ms`,
  };
}

async function onInteraction(rt: DiscordRuntime, guard: Guard, i: Interaction): Promise<void> {
  const fields = { interactionId: i.id, type: i.type, channelId: i.channelId, guildId: i.guildId ?? 'dm' };
  if (i.isAutocomplete()) {
    if (rt.closing()) return void guard.track('autocomplete while closing', i.respond([]));
    return guard.run(
      'autocomplete',
      fields,
      () => onAutocomplete(rt, i),
      async () => {
        if (!i.responded) await i.respond([]);
      },
    );
  }
  if (!i.isRepliable()) return;
  const tell = async (t: string) => (i.deferred || i.replied ? i.followUp(notice(t)) : i.reply(notice(t)));
  if (rt.closing()) return void guard.track('closing notice', tell(text.closing));
  if (i.isChatInputCommand() && i.commandName === COMMAND_NAME) {
    return guard.run('command', fields, () => onCommand(rt, i), tell);
  }
  if (i.isMessageContextMenuCommand() && i.commandName === FIND_EVIDENCE_COMMAND) {
    return guard.run('find evidence', fields, () => onFindEvidence(rt, i), tell);
  }
  if (i.isButton()) return guard.run('button', fields, () => onButton(rt, i), tell);
}
