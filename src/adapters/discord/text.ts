/**
 * Text we did not write (the question, the corpus), made inert for Discord's Markdown: every character that
 * can start formatting, a masked link, a mention (@everyone, <@id>, <#id>), an emoji (:name:) or an autolink
 * (https:) is backslash-escaped. Discord shows an escaped character as itself, so the reader sees the source's
 * own words, character for character, and nothing becomes live. `allowedMentions: { parse: [] }` is the second
 * guard. Footers, button labels and autocomplete choices render no Markdown and are not escaped.
 */
import { cutRuns, type QuoteRun, quoteRuns } from '../shared/quote-runs.js';

const SPECIAL = /[\\*_~|`><#\-[\]()@:]/g;
const LIST_NUMBER = /^(\s*\d+)\./gm;

/** Escapes text for any Markdown-rendering place (content, embed title, description, field name and value). */
export function md(text: string): string {
  return text.replace(SPECIAL, '\\$&').replace(LIST_NUMBER, '$1\\.');
}

/**
 * A quote of the source as runs (quote-runs.ts), escaped like `md`, except that each emphasised run keeps the
 * source's own marks (`*service*`, `**Email:**`, `_word_`), which Discord's Markdown shows as emphasis. Every
 * other character is escaped, so what a reader sees is the source's text, character for character.
 */
export function mdRuns(runs: readonly QuoteRun[]): string {
  return runs
    .map((r) => {
      if (r.style === undefined) return md(r.text);
      const mark = r.mark ?? (r.style === 'strong' ? '**' : '*');
      return `${mark}${md(r.text)}${mark}`;
    })
    .join('');
}

/** `mdRuns` of a source text's runs. */
export const mdQuote = (text: string): string => mdRuns(quoteRuns(text));

/** The inverse of `md` (what a reader sees), for tests and for reading our own output back. */
export function unmd(text: string): string {
  return text.replace(/\\([^0-9A-Za-z\s])/g, '$1');
}

/**
 * Finds the longest cut whose rendered form fits in `max` characters: `render(room)` renders the text cut to
 * `room` raw characters. Escaping can double a text's length, so this is a search, not a fixed number of
 * shrinking steps (which could end with nothing kept of a text dense in escaped characters).
 */
function longestFitting(max: number, render: (room: number) => string): string {
  let best = '…';
  let lo = 1;
  let hi = max;
  while (lo <= hi) {
    const room = Math.floor((lo + hi) / 2);
    const fitted = render(room);
    if (fitted.length <= max) {
      best = fitted;
      lo = room + 1;
    } else hi = room - 1;
  }
  return best;
}

/**
 * A quote of the source (`mdQuote`) cut on its runs so that it fits in `max` characters: an emphasised span
 * cut short keeps its marks around the words kept. Returns the Markdown (ending in "…" when cut).
 */
export function fitQuote(raw: string, max: number): { text: string; cut: boolean } {
  const runs = quoteRuns(raw);
  const whole = mdRuns(runs);
  if (whole.length <= max) return { text: whole, cut: false };
  return { text: longestFitting(max, (room) => mdRuns(cutRuns(runs, room).runs)), cut: true };
}

/** Strips the bot's own mention(s) from a message: "<@123> what works?" → "what works?". */
export function stripBotMention(content: string, botId: string): string {
  return content
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
