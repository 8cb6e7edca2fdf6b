/** "help": how to ask, in Discord's terms and the core's commands, with examples. */
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { HelpAnswer } from '../../../retrieval/answer.js';
import { clip } from '../../shared/truncate.js';
import { DISCORD_BUDGET as B, DISCORD_LIMITS as L } from '../limits.js';
import type { DiscordMessage } from '../message.js';
import { md } from '../text.js';
import type { RenderContext, RenderMeta } from './context.js';
import { header } from './header.js';
import { listText } from './list.js';

export const DISCORD_USAGE = [
  '`/evidence ask question:` a question (add `public: True` to answer in the channel)',
  '`/evidence cite reference:` the studies behind a citation, e.g. Feeley 2021',
  '`/evidence sources` the reviews in this library',
  'Or mention me in a channel, or send me a direct message, with your question.',
];

export function renderHelp(a: HelpAnswer, ctx: RenderContext): [DiscordMessage, RenderMeta] {
  const fields: APIEmbedField[] = [{ name: 'In Discord', value: listText('', DISCORD_USAGE, L.fieldValue) }];
  for (const c of a.commands.slice(0, L.embedFields - 2)) {
    fields.push({
      name: md(clip(c.usage || '—', B.titleText)),
      value: md(clip(c.description || '—', B.fieldChunk)),
    });
  }
  if (a.examples.length > 0)
    fields.push({
      name: 'Examples',
      value: listText(
        '',
        a.examples.map((e) => md(clip(e, B.shortText))),
        L.fieldValue,
      ),
    });
  const embed: APIEmbed = {
    title: 'Ask the evidence',
    description:
      'Answers quote the reviews word for word, with each study’s citation and the review’s own caveat on the strength of the evidence.',
    fields,
  };
  const lines = a.reason === 'empty_question' ? ['Your question was empty. Here is how to ask.'] : [];
  return [
    { content: header('', lines, a.notices, ctx.sharedBy), embeds: [embed], components: [] },
    { passageIds: [], nextOffset: undefined },
  ];
}
