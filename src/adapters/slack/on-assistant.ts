/**
 * Slack's assistant panel (Agents & AI Apps, through Bolt's Assistant): a new thread gets suggested prompts
 * from the corpus's finding sections; a question there gets the thread title from the question, the status
 * "is searching the reviews…" while answering, and the same answer as a DM, in the thread.
 *
 * A paid-plan feature: without it Slack sends none of these events and DMs are answered by on-message.ts. A
 * DM thread reply outside the panel also arrives here; there the title and status calls fail (harmlessly,
 * logged at debug) and the answer is posted all the same.
 */
import { type App, Assistant } from '@slack/bolt';
import { exampleQuestion } from '../../retrieval/commands.js';
import { clip } from '../shared/truncate.js';
import type { SlackMessage } from './blocks.js';
import { questionFromSlack } from './incoming-text.js';
import { renderAnswer } from './render.js';
import { rateLimited } from './render-messages.js';
import { answerPage, replyStopping, runAfterAck, type SlackRuntime } from './runtime.js';

export const SEARCHING_STATUS = 'is searching the reviews…';
/** Slack shows at most four suggested prompts. */
const PROMPTS = 4;
const PROMPT_TITLE = 75;
const THREAD_TITLE = 100;

export function registerAssistant(app: App, rt: SlackRuntime): void {
  const optional = (what: string) => (err: unknown) =>
    rt.logger.debug(
      { what, code: (err as { code?: string }).code },
      'assistant call failed; answering anyway',
    );

  const assistant = new Assistant({
    threadStarted: async ({ setSuggestedPrompts }) => {
      const prompts = rt.service
        .suggest('', PROMPTS)
        .map((title) => ({ title: clip(title, PROMPT_TITLE), message: exampleQuestion(title) }));
      if (prompts.length === 0) return;
      await setSuggestedPrompts({ title: 'Ask the reviews, for example:', prompts }).catch(
        optional('setSuggestedPrompts'),
      );
    },
    userMessage: async ({ message, client, setStatus, setTitle, context }) => {
      if (message.subtype !== undefined || message.bot_id !== undefined) return;
      if (message.user === rt.bot.userId || !('thread_ts' in message) || message.thread_ts === undefined)
        return;
      const { channel, thread_ts: threadTs, user } = message;
      const post = (m: SlackMessage) =>
        client.chat.postMessage({
          channel,
          thread_ts: threadTs,
          text: m.text,
          blocks: m.blocks,
          unfurl_links: false,
          unfurl_media: false,
        });
      if (!rt.accepting) return void (await replyStopping(rt, post));
      runAfterAck(
        rt,
        'assistant',
        async () => {
          const limit = rt.limiter.take(`${context.teamId ?? ''}:${user}`);
          if (!limit.allowed)
            return void (await post(rateLimited(rt.rateLimitPerMinute, limit.retryAfterMs)));
          const question = questionFromSlack(message.text ?? '', rt.bot.userId);
          await Promise.all([
            setTitle(clip(question === '' ? 'Evidence' : question, THREAD_TITLE)).catch(optional('setTitle')),
            setStatus(SEARCHING_STATUS).catch(optional('setStatus')),
          ]);
          const { answer } = answerPage(rt, question, channel);
          // Posting the reply clears the status.
          await post(renderAnswer(answer, { ephemeral: false }));
        },
        post,
      );
    },
  });
  app.assistant(assistant);
}
