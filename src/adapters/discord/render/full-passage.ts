/**
 * "Full passage": the whole quote, split at sentence boundaries over as many messages as it needs. Every
 * part repeats the passage's frame, so no part of a finding is ever shown without its citation and caveat.
 */
import type { AnswerPassage } from '../../../retrieval/answer.js';
import { quoteRuns, splitRuns } from '../../shared/quote-runs.js';
import { quoteText } from '../../shared/table-row.js';
import { clip } from '../../shared/truncate.js';
import { DISCORD_BUDGET as B, DISCORD_LIMITS as L } from '../limits.js';
import { assertWithinLimits, type DiscordMessage, embedLength } from '../message.js';
import { md, mdRuns } from '../text.js';
import { passageFrame } from './passage-embed.js';

export function renderFullPassage(p: AnswerPassage): DiscordMessage[] {
  let frame = passageFrame(p, { number: 1, full: true });
  if (L.embedsTotal - embedLength(frame) < B.fullPassageMinRoom)
    frame = passageFrame(p, { number: 1, full: true, compactStudies: true });
  const titleRoom = B.partSuffix;
  const room = Math.min(L.embedDescription, L.embedsTotal - embedLength(frame) - titleRoom);
  const parts = splitRuns(quoteRuns(quoteText(p)), Math.max(1, Math.floor(room / 2))).map(mdRuns);
  const title = p.section.at(-1)?.trim() || p.documentTitle;
  return parts.map((chunk, i) =>
    assertWithinLimits({
      content: i === 0 ? 'The full passage, word for word:' : '',
      embeds: [
        {
          ...frame,
          title: `${md(clip(title, B.titleText))}${parts.length > 1 ? ` (part ${i + 1} of ${parts.length})` : ''}`,
          description: chunk,
        },
      ],
      components: [],
    }),
  );
}
