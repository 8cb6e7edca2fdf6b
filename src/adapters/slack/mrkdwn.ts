/**
 * mrkdwn safety: every piece of text we did not write is escaped (&, <, >), so that nothing a user types or a
 * corpus contains can become <!channel>, <!here>, a user mention or a disguised link.
 */
import { truncateAtSentence } from '../shared/truncate.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

export function escapeMrkdwn(text: string): string {
  return /[&<>]/.test(text) ? text.replace(/[&<>]/g, (c) => ENTITIES[c] ?? c) : text;
}

/** The inverse, for tests and inspectors. */
export function unescapeMrkdwn(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** A block quote: every line prefixed with ">" (already-escaped input). */
export function blockQuote(escaped: string): string {
  return escaped
    .split('\n')
    .map((line) => `>${line}`)
    .join('\n');
}

export interface Fitted {
  /** Escaped (and, with `quote`, block-quoted) text within `max` characters. */
  mrkdwn: string;
  truncated: boolean;
}

/**
 * Cuts raw text at a sentence boundary so that, once escaped (and quoted), it fits in `max` characters, and
 * (with `rawMax`) keeps at most `rawMax` characters of it. The kept part is always a verbatim prefix.
 */
export function fitEscaped(
  raw: string,
  max: number,
  options: { quote?: boolean; rawMax?: number } = {},
): Fitted {
  const render = (s: string) => (options.quote ? blockQuote(escapeMrkdwn(s)) : escapeMrkdwn(s));
  let room = Math.min(raw.length, options.rawMax ?? max, max);
  for (;;) {
    const cut = truncateAtSentence(raw, Math.max(1, room));
    const mrkdwn = render(cut.text);
    if (mrkdwn.length <= max || room <= 1) return { mrkdwn: mrkdwn.slice(0, max), truncated: cut.truncated };
    room = Math.max(1, Math.floor((room * max) / mrkdwn.length) - 1);
  }
}
