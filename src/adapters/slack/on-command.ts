/** /evidence <question> | cite <ref> | sources | help: acknowledged at once, answered ephemerally. */
import type { App, RespondArguments } from '@slack/bolt';
import type { SlackMessage } from './blocks.js';
import { questionFromSlack } from './incoming-text.js';
import { renderAnswer } from './render.js';
import { rateLimited } from './render-messages.js';
import { answerPage, replyStopping, runAfterAck, type SlackRuntime } from './runtime.js';

export const COMMAND = '/evidence';

export const ephemeral = (m: SlackMessage, extra: Partial<RespondArguments> = {}): RespondArguments =>
  ({ response_type: 'ephemeral', text: m.text, blocks: m.blocks, ...extra }) as RespondArguments;

export function registerCommand(app: App, rt: SlackRuntime): void {
  app.command(COMMAND, async ({ command, ack, respond }) => {
    await ack();
    const reply = (m: SlackMessage) => respond(ephemeral(m));
    if (!rt.accepting) return replyStopping(rt, reply);
    runAfterAck(
      rt,
      'command',
      async () => {
        const limit = rt.limiter.take(`${command.team_id}:${command.user_id}`);
        if (!limit.allowed) return void (await reply(rateLimited(rt.rateLimitPerMinute, limit.retryAfterMs)));
        const { answer } = answerPage(rt, questionFromSlack(command.text), command.channel_id);
        await reply(renderAnswer(answer, { ephemeral: true }));
      },
      reply,
    );
  });
}
