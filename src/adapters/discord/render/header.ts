/** The message content above the embeds: the question as asked, page information and input notices. */
import type { InputNotice } from '../../../retrieval/answer.js';
import { clip } from '../../shared/truncate.js';
import { DISCORD_BUDGET as B, DISCORD_LIMITS as L } from '../limits.js';
import { md } from '../text.js';

export function header(
  query: string,
  lines: readonly string[],
  notices: readonly InputNotice[],
  sharedBy?: string,
): string {
  const parts: string[] = [];
  if (sharedBy !== undefined && /^\d+$/.test(sharedBy)) parts.push(`Shared by <@${sharedBy}>`);
  if (query.trim() !== '') parts.push(`**Question:** ${md(clip(query.trim(), B.questionShown))}`);
  parts.push(...lines);
  for (const n of notices) parts.push(`-# Note: ${md(clip(n.message, B.shortText))}`);
  return clip(parts.join('\n'), L.content);
}
