/**
 * Buttons: More results (next page, in place), Share in channel or thread (same answer, attributed to the sharer),
 * Show full passage, a suggestion (asked in place), 👍/👎 (kept in the feedback store) and a 👎 reason.
 */
import type { App, BlockAction, ButtonAction, RespondFn, SlackActionMiddlewareArgs } from '@slack/bolt';
import { DOWNVOTE_REASONS } from '../../feedback/types.js';
import { AdapterError } from '../shared/errors.js';
import { ACTION, ACTION_PATTERN, decodePage, decodeReason, decodeVote } from './action-ids.js';
import type { SlackMessage } from './blocks.js';
import { ephemeral } from './on-command.js';
import { renderAnswer } from './render.js';
import {
  askReason,
  passageGone,
  rateLimited,
  reasonNoted,
  renderFullPassage,
  thanksUp,
  voteNotFound,
} from './render-messages.js';
import { answerPage, replyStopping, runAfterAck, type SlackRuntime } from './runtime.js';

type Args = SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

const isEphemeral = (body: BlockAction) =>
  (body.container as { is_ephemeral?: boolean }).is_ephemeral === true;

/** The sharer of a shared answer, kept when it is paged. */
function sharedBy(body: BlockAction): string | undefined {
  const blocks = (body.message?.blocks ?? []) as Array<{
    block_id?: string;
    elements?: Array<{ text?: string }>;
  }>;
  const text = blocks.find((b) => b.block_id === 'shared_by')?.elements?.[0]?.text ?? '';
  return /<@([UW][A-Z0-9]+)>/.exec(text)?.[1];
}

/** The channel a button was clicked in (its review set applies to the next page or the share). */
const channelOf = (body: BlockAction): string | undefined => body.channel?.id ?? body.container?.channel_id;

const bad = (what: string) => new AdapterError('E_ADAPTER_PAYLOAD', `Malformed ${what} button value`);

export function registerActions(app: App, rt: SlackRuntime): void {
  const on = (
    id: string | RegExp,
    kind: string,
    work: (a: Args, reply: (m: SlackMessage) => Promise<unknown>) => Promise<void>,
  ) =>
    app.action<BlockAction<ButtonAction>>({ type: 'block_actions', action_id: id }, async (args) => {
      await args.ack();
      const respond: RespondFn = args.respond;
      const reply = (m: SlackMessage) => respond(ephemeral(m, { replace_original: false }));
      if (!rt.accepting) return replyStopping(rt, reply);
      runAfterAck(rt, kind, () => work(args, reply), reply);
    });

  const ask = async (
    a: Args,
    reply: (m: SlackMessage) => Promise<unknown>,
    question: string,
    offset: number,
    thread?: string,
  ) => {
    const limit = rt.limiter.take(`${a.body.team?.id ?? ''}:${a.body.user.id}`);
    if (!limit.allowed) return void (await reply(rateLimited(rt.rateLimitPerMinute, limit.retryAfterMs)));
    const { answer, skip } = answerPage(rt, question, channelOf(a.body), offset);
    const by = sharedBy(a.body);
    const m = renderAnswer(answer, {
      ephemeral: isEphemeral(a.body),
      skip,
      ...(by ? { sharedBy: by } : {}),
      ...(thread ? { thread } : {}),
    });
    await a.respond({ replace_original: true, text: m.text, blocks: m.blocks } as Parameters<RespondFn>[0]);
  };

  on(ACTION.more, 'more', async (a, reply) => {
    const page =
      decodePage(a.action.value) ??
      (() => {
        throw bad('more');
      })();
    await ask(a, reply, page.q, page.o, page.t);
  });

  on(ACTION_PATTERN.suggest, 'suggestion', async (a, reply) => {
    await ask(a, reply, a.action.value ?? '', 0);
  });

  on(ACTION.share, 'share', async (a) => {
    const page =
      decodePage(a.action.value) ??
      (() => {
        throw bad('share');
      })();
    const { answer, skip } = answerPage(rt, page.q, channelOf(a.body), page.o);
    const m = renderAnswer(answer, { ephemeral: false, sharedBy: a.body.user.id, skip });
    // An answer to the "Find evidence" shortcut is shared in the thread of the message it was asked about.
    await a.respond({
      response_type: 'in_channel',
      replace_original: false,
      ...(page.t === undefined ? {} : { thread_ts: page.t }),
      text: m.text,
      blocks: m.blocks,
    } as Parameters<RespondFn>[0]);
  });

  on(ACTION_PATTERN.full, 'full_passage', async (a, reply) => {
    const p = rt.service.passage(a.action.value ?? '');
    await reply(p ? renderFullPassage(p) : passageGone());
  });

  on(ACTION_PATTERN.vote, 'vote', async (a, reply) => {
    const v =
      decodeVote(a.action.value) ??
      (() => {
        throw bad('vote');
      })();
    const vote = a.action.action_id === ACTION.voteUp ? 'up' : 'down';
    const channel = a.body.channel?.id ?? a.body.container?.channel_id ?? 'unknown';
    const id = rt.feedback.record({
      platform: 'slack',
      question: v.q,
      passageIds: v.p,
      userId: a.body.user.id,
      channel: String(channel),
      vote,
    });
    rt.logger.info({ vote, passages: v.p.length }, 'feedback recorded');
    await reply(vote === 'up' ? thanksUp() : askReason(id));
  });

  on(ACTION_PATTERN.reason, 'reason', async (a) => {
    const r = decodeReason(a.action.value);
    if (!r || !(DOWNVOTE_REASONS as readonly string[]).includes(r.r)) throw bad('reason');
    const m = rt.feedback.addReason(r.f, r.r) ? reasonNoted(r.r) : voteNotFound();
    await a.respond({ replace_original: true, text: m.text, blocks: m.blocks } as Parameters<RespondFn>[0]);
  });
}
