/**
 * The "Find evidence" message shortcut: on any message, the passages for that message's text, answered only
 * to whoever used it (its response_url), with "Share in thread" to post the answer under that message. The
 * core cuts a long message to its first 500 characters and says so, as for any question.
 */
import type { App, MessageShortcut } from '@slack/bolt';
import type { SlackMessage } from './blocks.js';
import { questionFromSlack } from './incoming-text.js';
import { ephemeral } from './on-command.js';
import { renderAnswer } from './render.js';
import { nothingToFind, rateLimited } from './render-messages.js';
import { answerPage, replyStopping, runAfterAck, type SlackRuntime } from './runtime.js';

/** The shortcut's callback id, as in slack/manifest.yml. */
export const FIND_EVIDENCE_SHORTCUT = 'evidence_find';

export function registerShortcut(app: App, rt: SlackRuntime): void {
  app.shortcut<MessageShortcut>(
    { type: 'message_action', callback_id: FIND_EVIDENCE_SHORTCUT },
    async ({ shortcut, ack, respond }) => {
      await ack();
      const reply = (m: SlackMessage) => respond(ephemeral(m, { replace_original: false }));
      if (!rt.accepting) return replyStopping(rt, reply);
      runAfterAck(
        rt,
        'shortcut',
        async () => {
          const limit = rt.limiter.take(`${shortcut.team?.id ?? ''}:${shortcut.user.id}`);
          if (!limit.allowed)
            return void (await reply(rateLimited(rt.rateLimitPerMinute, limit.retryAfterMs)));
          const question = questionFromSlack(shortcut.message.text ?? '', rt.bot.userId);
          if (question === '') return void (await reply(nothingToFind()));
          const { answer } = answerPage(rt, question, shortcut.channel.id);
          const thread = shortcut.message.thread_ts ?? shortcut.message.ts;
          await reply(renderAnswer(answer, { ephemeral: true, thread }));
        },
        reply,
      );
    },
  );
}
