/** A fault inside the core: an apology with the logged reference, no sources, and no buttons. */
import type { ErrorAnswer } from '../../../retrieval/answer.js';
import { apology } from '../../shared/errors.js';
import { clip } from '../../shared/truncate.js';
import { DISCORD_LIMITS as L } from '../limits.js';
import type { DiscordMessage } from '../message.js';
import type { RenderContext, RenderMeta } from './context.js';
import { header } from './header.js';

export function renderError(a: ErrorAnswer, ctx: RenderContext): [DiscordMessage, RenderMeta] {
  const message = {
    content: header(a.query, [], a.notices, ctx.sharedBy),
    embeds: [
      {
        title: 'Something went wrong',
        description: clip(apology(a.reference), L.embedDescription),
        color: 0xb00020,
      },
    ],
    components: [],
  };
  return [message, { passageIds: [], nextOffset: undefined }];
}
