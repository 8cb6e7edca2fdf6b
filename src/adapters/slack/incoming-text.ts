/**
 * Text as Slack delivers it (message and command text are mrkdwn-escaped, mentions and links are <…>) back to
 * what the user typed, for the core. The bot's own mention is removed.
 */
import { unescapeMrkdwn } from './mrkdwn.js';

export function questionFromSlack(text: string, botUserId?: string): string {
  let t = text;
  if (botUserId) t = t.replace(new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g'), ' ');
  t = t
    .replace(/<((?:https?|mailto):[^|>]+)\|([^>]*)>/g, '$2')
    .replace(/<((?:https?|mailto):[^>]+)>/g, '$1')
    .replace(/<[@#!][^|>]*\|([^>]*)>/g, '$1')
    .replace(/<[@#!][^>]*>/g, ' ');
  return unescapeMrkdwn(t).replace(/\s+/g, ' ').trim();
}
