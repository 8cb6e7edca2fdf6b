/**
 * Answer → Discord message. An exhaustive switch: a new kind of Answer breaks the build until it is rendered
 * here. Every message is checked against limits.ts before it leaves (assertWithinLimits).
 */
import type { Answer } from '../../../retrieval/answer.js';
import { assertWithinLimits, type DiscordMessage } from '../message.js';
import { renderAnswered } from './answered.js';
import { renderCite } from './cite.js';
import type { RenderContext, RenderMeta } from './context.js';
import { renderError } from './error.js';
import { renderHelp } from './help.js';
import { renderNoMatch } from './no-match.js';
import { renderSources } from './sources.js';

export type { RenderContext, RenderMeta } from './context.js';

export function renderAnswer(
  answer: Answer,
  ctx: RenderContext,
): { message: DiscordMessage; meta: RenderMeta } {
  let out: [DiscordMessage, RenderMeta];
  switch (answer.kind) {
    case 'answered':
      out = renderAnswered(answer, ctx);
      break;
    case 'no_match':
      out = renderNoMatch(answer, ctx);
      break;
    case 'cite':
      out = renderCite(answer, ctx);
      break;
    case 'sources':
      out = renderSources(answer, ctx);
      break;
    case 'help':
      out = renderHelp(answer, ctx);
      break;
    case 'error':
      out = renderError(answer, ctx);
      break;
    default: {
      const unknown: never = answer;
      throw new Error(`unrendered answer kind: ${(unknown as { kind: string }).kind}`);
    }
  }
  return { message: assertWithinLimits(out[0]), meta: out[1] };
}
