/** An answered question: one embed per passage, page information, More results, Share, 👍/👎, Full passage. */
import { type APIButtonComponent, ButtonStyle } from 'discord.js';
import type { AnsweredAnswer } from '../../../retrieval/answer.js';
import { MAX_OFFSET } from '../custom-ids.js';
import { DISCORD_LIMITS as L } from '../limits.js';
import { buttonRows, type DiscordMessage } from '../message.js';
import { button } from './buttons.js';
import type { RenderContext, RenderMeta } from './context.js';
import { header } from './header.js';
import { layoutPassages } from './passage-page.js';

export function renderAnswered(a: AnsweredAnswer, ctx: RenderContext): [DiscordMessage, RenderMeta] {
  const { offset, total } = a.page;
  const page = layoutPassages(a.passages, offset + 1, L.embedsTotal);
  const shownIds = a.passages.slice(0, page.shown).map((p) => p.id);
  const last = offset + page.shown;
  const next = last < total && last <= MAX_OFFSET ? last : undefined;
  const lines = [
    page.shown === 0
      ? 'No passage could be shown.'
      : `Showing passage${page.shown === 1 ? '' : 's'} ${offset + 1}${page.shown === 1 ? '' : `–${last}`} of ${total}.`,
  ];
  if (page.shown < a.passages.length)
    lines.push('The rest of this page did not fit in one message: see More results.');
  if (page.cut.length > 0)
    lines.push('Long passages are cut at a sentence boundary; the button shows all of it.');

  const ref = ctx.refFor(a.query);
  const buttons: APIButtonComponent[] = [];
  if (next !== undefined)
    buttons.push(button('More results', { kind: 'more', offset: next, ref }, ButtonStyle.Primary));
  if (ctx.ephemeral) buttons.push(button('Share', { kind: 'share', offset, ref }));
  buttons.push(button('👍 Helpful', { kind: 'feedback', rating: 'up', offset, ref }, ButtonStyle.Success));
  buttons.push(
    button('👎 Not helpful', { kind: 'feedback', rating: 'down', offset, ref }, ButtonStyle.Danger),
  );
  // Full-passage buttons start a new row so that the answer's own buttons stay together.
  const rows = buttonRows(buttons);
  const full = page.cut.map((c) =>
    button(`Full passage ${c.number}`, { kind: 'full', ref: ctx.refFor(c.id) }),
  );
  rows.push(...buttonRows(full));

  const message = {
    content: header(a.query, lines, a.notices, ctx.sharedBy),
    embeds: page.embeds,
    components: rows,
  };
  return [message, { passageIds: shownIds, nextOffset: next }];
}
