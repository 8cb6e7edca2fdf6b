/** "cite X": the matching references, then the passages that cite them (each with its caveat). */
import { type APIButtonComponent, type APIEmbed, ButtonStyle } from 'discord.js';
import type { AnswerPassage, CiteAnswer } from '../../../retrieval/answer.js';
import { clip } from '../../shared/truncate.js';
import { MAX_OFFSET } from '../custom-ids.js';
import { DISCORD_BUDGET as B, DISCORD_LIMITS as L } from '../limits.js';
import { buttonRows, type DiscordMessage, embedLength } from '../message.js';
import { md } from '../text.js';
import { button } from './buttons.js';
import type { RenderContext, RenderMeta } from './context.js';
import { header } from './header.js';
import { listText } from './list.js';
import { layoutPassages } from './passage-page.js';

export function renderCite(a: CiteAnswer, ctx: RenderContext): [DiscordMessage, RenderMeta] {
  const target = md(clip(a.target, B.citeTarget));
  if (a.matches.length === 0) {
    const embed: APIEmbed = {
      title: clip(`No reference matched “${target}”`, L.embedTitle),
      description: listText(
        'Known references:',
        a.known.map((k) => md(clip(k, B.shortText))),
        L.embedDescription,
      ),
      color: 0x757575,
    };
    return [
      { content: header(a.query, [], a.notices, ctx.sharedBy), embeds: [embed], components: [] },
      empty(),
    ];
  }
  const refs: APIEmbed = {
    title: clip(`References matching “${target}”`, L.embedTitle),
    description: listText(
      '',
      a.matches.map((m) =>
        md(`${clip(m.reference, B.fieldChunk)} (in ${clip(m.documentTitle, B.shortText)})`),
      ),
      B.citeReferences,
    ),
  };
  const all: AnswerPassage[] = a.matches.flatMap((m) => m.passages);
  const start = Math.min(ctx.offset ?? 0, all.length);
  const rest = all.slice(start);
  const page = layoutPassages(rest, start + 1, L.embedsTotal - embedLength(refs), L.embedsPerMessage - 1);
  const last = start + page.shown;
  const next = last < all.length && last <= MAX_OFFSET ? last : undefined;
  const lines: string[] = [];
  if (all.length > 0) {
    lines.push(
      `Passages that cite it: ${page.shown === 0 ? 'none shown' : `${start + 1}–${last}`} of ${all.length}.`,
    );
  }
  if (page.cut.length > 0)
    lines.push('Long passages are cut at a sentence boundary; the button shows all of it.');
  const buttons: APIButtonComponent[] = [];
  if (next !== undefined) {
    buttons.push(
      button('More results', { kind: 'more', offset: next, ref: ctx.refFor(a.query) }, ButtonStyle.Primary),
    );
  }
  const rows = buttonRows(buttons);
  rows.push(
    ...buttonRows(
      page.cut.map((c) => button(`Full passage ${c.number}`, { kind: 'full', ref: ctx.refFor(c.id) })),
    ),
  );
  const message = {
    content: header(a.query, lines, a.notices, ctx.sharedBy),
    embeds: [refs, ...page.embeds],
    components: rows,
  };
  return [message, { passageIds: rest.slice(0, page.shown).map((p) => p.id), nextOffset: next }];
}

function empty(): RenderMeta {
  return { passageIds: [], nextOffset: undefined };
}
