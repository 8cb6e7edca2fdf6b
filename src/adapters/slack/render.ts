/**
 * The Slack renderer: an Answer (plain data from the core) → a Block Kit message with a plain-text fallback.
 * The switch is exhaustive: a new kind of Answer breaks the build until it is rendered here.
 */
import type { Answer } from '../../retrieval/answer.js';
import type { SlackMessage } from './blocks.js';
import { type RenderContext, renderAnswered, renderCite } from './render-answered.js';
import { renderError, renderHelp, renderNoMatch, renderSources } from './render-other.js';

export type { RenderContext } from './render-answered.js';

export function renderAnswer(answer: Answer, ctx: RenderContext = { ephemeral: false }): SlackMessage {
  switch (answer.kind) {
    case 'answered':
      return renderAnswered(answer, ctx);
    case 'no_match':
      return renderNoMatch(answer);
    case 'cite':
      return renderCite(answer, ctx);
    case 'sources':
      return renderSources(answer);
    case 'help':
      return renderHelp(answer);
    case 'error':
      return renderError(answer);
    default:
      return unreachable(answer);
  }
}

function unreachable(answer: never): never {
  throw new Error(`Unrendered answer kind: ${JSON.stringify((answer as { kind?: unknown }).kind)}`);
}
