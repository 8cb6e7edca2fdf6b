/** "sources": one embed per review in the library, with its citation and its default strength and caveat. */
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { SourceSummary, SourcesAnswer } from '../../../retrieval/answer.js';
import { scopeLine } from '../../shared/scope.js';
import { clip } from '../../shared/truncate.js';
import { DISCORD_BUDGET as B, DISCORD_LIMITS as L } from '../limits.js';
import { type DiscordMessage, embedLength } from '../message.js';
import { md } from '../text.js';
import type { RenderContext, RenderMeta } from './context.js';
import { header } from './header.js';
import { STRENGTH_COLOURS, splitFields, strengthFields } from './passage-embed.js';

export function sourceEmbed(d: SourceSummary): APIEmbed {
  const fields: APIEmbedField[] = [
    { name: 'Type', value: md(clip(d.documentType || '—', B.fieldChunk)), inline: true },
    { name: 'Year', value: String(d.year), inline: true },
    { name: 'Publisher', value: md(clip(d.publisher || '—', B.fieldChunk)), inline: true },
    {
      name: 'In this library',
      value: `${d.passageCount} passages, ${d.referenceCount} references`,
      inline: true,
    },
    ...strengthFields(d.strength, '—'),
  ];
  if (d.outsideFacts.length > 0)
    fields.push(...splitFields('From outside the review’s text', d.outsideFacts));
  const embed: APIEmbed = {
    title: md(clip(d.title, B.titleText)),
    description: md(clip(d.citation, L.embedDescription / 2)),
    color: STRENGTH_COLOURS[d.strength.level],
    fields: fields.slice(0, L.embedFields),
  };
  if (/^https?:\/\/\S+$/.test(d.url)) embed.url = d.url;
  return embed;
}

export function renderSources(a: SourcesAnswer, ctx: RenderContext): [DiscordMessage, RenderMeta] {
  const embeds: APIEmbed[] = [];
  let used = 0;
  for (const d of a.documents) {
    const e = sourceEmbed(d);
    if (embeds.length >= L.embedsPerMessage || used + embedLength(e) > L.embedsTotal) break;
    embeds.push(e);
    used += embedLength(e);
  }
  const lines = [`${a.documents.length} review${a.documents.length === 1 ? '' : 's'} in this library.`];
  if (a.scope !== undefined) lines.push(md(clip(scopeLine(a.scope), B.shortText)));
  if (embeds.length < a.documents.length)
    lines.push(`Showing the first ${embeds.length}; the rest did not fit.`);
  const message = { content: header('', lines, a.notices, ctx.sharedBy), embeds, components: [] };
  return [message, { passageIds: [], nextOffset: undefined }];
}
