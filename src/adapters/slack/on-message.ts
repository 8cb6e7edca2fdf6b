/**
 * @mentions (answered in the thread of the mention) and direct messages (answered in the DM), with a reaction
 * as the working signal. The bot's own and other bots' messages are ignored; a retried event is answered once.
 */
import type { AllMiddlewareArgs, App } from '@slack/bolt';
import type { SlackMessage } from './blocks.js';
import { questionFromSlack } from './incoming-text.js';
import { renderAnswer } from './render.js';
import { rateLimited } from './render-messages.js';
import { answerPage, replyStopping, runAfterAck, type SlackRuntime } from './runtime.js';

export const WORKING_REACTION = 'hourglass_flowing_sand';

interface Incoming {
  kind: 'mention' | 'dm';
  team: string;
  user: string;
  channel: string;
  ts: string;
  threadTs: string | undefined;
  text: string;
}

export function registerMessages(app: App, rt: SlackRuntime): void {
  app.use(async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !rt.dedupe.first(eventId)) {
      rt.logger.debug({ eventId }, 'duplicate Slack event ignored');
      return;
    }
    await next();
  });

  app.event('app_mention', async ({ event, client, body }) => {
    if (event.bot_id !== undefined || event.user === undefined || event.user === rt.bot.userId) return;
    const threadTs = event.thread_ts ?? event.ts;
    answer(rt, client, {
      kind: 'mention',
      team: body.team_id,
      user: event.user,
      channel: event.channel,
      ts: event.ts,
      threadTs,
      text: event.text,
    });
  });

  app.message(async ({ message, client, body }) => {
    if (message.channel_type !== 'im' || message.subtype !== undefined) return;
    if (message.bot_id !== undefined || message.user === rt.bot.userId) return;
    const m = {
      kind: 'dm' as const,
      team: body.team_id,
      user: message.user,
      channel: message.channel,
      ts: message.ts,
    };
    answer(rt, client, { ...m, threadTs: message.thread_ts, text: message.text ?? '' });
  });
}

function answer(rt: SlackRuntime, client: AllMiddlewareArgs['client'], m: Incoming): void {
  const post = (msg: SlackMessage) =>
    client.chat.postMessage({
      channel: m.channel,
      ...(m.threadTs === undefined ? {} : { thread_ts: m.threadTs }),
      text: msg.text,
      blocks: msg.blocks,
      unfurl_links: false,
      unfurl_media: false,
    });
  const tellUser = (msg: SlackMessage) =>
    m.kind === 'dm'
      ? post(msg)
      : client.chat.postEphemeral({
          channel: m.channel,
          user: m.user,
          ...(m.threadTs === undefined ? {} : { thread_ts: m.threadTs }),
          text: msg.text,
          blocks: msg.blocks,
        });
  if (!rt.accepting) return void replyStopping(rt, tellUser);
  runAfterAck(
    rt,
    m.kind,
    async () => {
      const limit = rt.limiter.take(`${m.team}:${m.user}`);
      if (!limit.allowed)
        return void (await tellUser(rateLimited(rt.rateLimitPerMinute, limit.retryAfterMs)));
      const reaction = { channel: m.channel, timestamp: m.ts, name: WORKING_REACTION };
      const reacted = await client.reactions.add(reaction).then(
        () => true,
        (err: unknown) => {
          rt.logger.debug({ code: (err as { code?: string }).code }, 'no working reaction');
          return false;
        },
      );
      try {
        const { answer } = answerPage(rt, questionFromSlack(m.text, rt.bot.userId), m.channel);
        await post(renderAnswer(answer, { ephemeral: false }));
      } finally {
        if (reacted) await client.reactions.remove(reaction).catch(() => {});
      }
    },
    tellUser,
  );
}
