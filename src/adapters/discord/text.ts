/**
 * Text we did not write (the question, the corpus), made inert for Discord's Markdown: every character that
 * can start formatting, a masked link, a mention (@everyone, <@id>, <#id>), an emoji (:name:) or an autolink
 * (https:) is backslash-escaped. Discord shows an escaped character as itself, so the reader sees the source's
 * own words, character for character, and nothing becomes live. `allowedMentions: { parse: [] }` is the second
 * guard. Footers, button labels and autocomplete choices render no Markdown and are not escaped.
 */
import { emphasisSegments } from '../shared/emphasis.js';
import { truncateAtSentence } from '../shared/truncate.js';

const SPECIAL = /[\\*_~|`><#\-[\]()@:]/g;
const LIST_NUMBER = /^(\s*\d+)\./gm;

/** Escapes text for any Markdown-rendering place (content, embed title, description, field name and value). */
export function md(text: string): string {
  return text.replace(SPECIAL, '\\$&').replace(LIST_NUMBER, '$1\\.');
}

/**
 * A quote of the source: escaped like `md`, except that the source's own emphasis spans (`*service*`,
 * `**Email:**`, `_word_`) keep their marks, which Discord's Markdown shows as emphasis. Every other character is
 * escaped, so `unmd` of the result is still the source's text, character for character.
 */
export function mdQuote(text: string): string {
  return emphasisSegments(text)
    .map((s) => (typeof s === 'string' ? md(s) : `${s.mark}${md(s.inner)}${s.mark}`))
    .join('');
}

/** The inverse of `md` (what a reader sees), for tests and for reading our own output back. */
export function unmd(text: string): string {
  return text.replace(/\\([^0-9A-Za-z\s])/g, '$1');
}

/**
 * Cuts raw text at a sentence boundary so that its escaped form fits in `max` characters.
 * Returns the escaped text (ending in "…" when cut) and whether it was cut. `escapeText` is `md`, or `mdQuote`
 * for a quote of the source.
 */
export function fitEscaped(
  raw: string,
  max: number,
  escapeText: (text: string) => string = md,
): { text: string; cut: boolean } {
  const escaped = escapeText(raw);
  if (escaped.length <= max) return { text: escaped, cut: false };
  // Escaping can double a text's length, so search for the longest raw cut whose escaped form fits: a fixed
  // number of shrinking steps could end with nothing kept of a text dense in escaped characters.
  let best = '…';
  let lo = 1;
  let hi = max;
  while (lo <= hi) {
    const room = Math.floor((lo + hi) / 2);
    const fitted = escapeText(truncateAtSentence(raw, room).text);
    if (fitted.length <= max) {
      best = fitted;
      lo = room + 1;
    } else hi = room - 1;
  }
  return { text: best, cut: true };
}

/** Strips the bot's own mention(s) from a message: "<@123> what works?" → "what works?". */
export function stripBotMention(content: string, botId: string): string {
  return content
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
