/** A rendered message as discord.js send options: never a ping (also set on the Client), ephemeral on request. */
import { MessageFlags } from 'discord.js';
import { NO_MENTIONS } from '../client.js';
import type { DiscordMessage } from '../message.js';

export function payload(m: DiscordMessage) {
  return { content: m.content, embeds: m.embeds, components: m.components, allowedMentions: NO_MENTIONS };
}

export function ephemeralPayload(m: DiscordMessage) {
  return { ...payload(m), flags: MessageFlags.Ephemeral as const };
}

/** A short ephemeral text (rate limit, expiry, apology). */
export function notice(content: string) {
  return { content, allowedMentions: NO_MENTIONS, flags: MessageFlags.Ephemeral as const };
}

export const text = {
  expired:
    'This button has expired (long questions are kept for a day, and not across restarts). Please ask again.',
  unknownButton: 'This button is no longer in use. Please ask again.',
  closing: 'The bot is restarting. Please ask again in a minute.',
  nothingToFind: 'That message has no text to find evidence for.',
  passageGone: 'That passage is no longer in the library. Please ask again.',
  thanks: 'Thanks for the feedback.',
  whyDown: 'Thanks for the feedback. What was wrong with the answer? (optional)',
} as const;

/** "You have asked 10 questions in the last minute. Please try again in 42 seconds." */
export function rateLimited(limit: number, retryAfter: string): string {
  return `You have asked ${limit} questions in the last minute. Please try again ${retryAfter}.`;
}
