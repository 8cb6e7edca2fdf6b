/** "No evidence found": said plainly, no sources attached, the suggestions offered as buttons. */
import type { APIEmbed } from 'discord.js';
import type { NoMatchAnswer } from '../../../retrieval/answer.js';
import { clip } from '../../shared/truncate.js';
import { DISCORD_LIMITS as L } from '../limits.js';
import { buttonRows, type DiscordMessage } from '../message.js';
import { md } from '../text.js';
import { button } from './buttons.js';
import type { RenderContext, RenderMeta } from './context.js';
import { header } from './header.js';

export const NO_MATCH_TEXT =
  'None of the reviews in this library answers this closely enough to quote, so no sources are shown.';

export function renderNoMatch(a: NoMatchAnswer, ctx: RenderContext): [DiscordMessage, RenderMeta] {
  const suggestions = a.suggestions.slice(0, L.buttonsPerRow * 2);
  const from = a.suggestionReviews ?? [];
  const named = suggestions.map((s, i) =>
    from[i] ? `\n- ${md(clip(s, 200))}: from ${md(from[i] ?? '')}` : '',
  );
  const description =
    suggestions.length > 0
      ? `${NO_MATCH_TEXT}\n\nYou could ask about one of these instead:${named.join('')}`
      : NO_MATCH_TEXT;
  const embed: APIEmbed = {
    title: 'No evidence found',
    description: clip(description, L.embedDescription),
    color: 0x757575,
  };
  const buttons = suggestions.map((s, index) => button(s, { kind: 'ask', index, ref: ctx.refFor(s) }));
  const message = {
    content: header(a.query, [], a.notices, ctx.sharedBy),
    embeds: [embed],
    components: buttonRows(buttons),
  };
  return [message, { passageIds: [], nextOffset: undefined }];
}
