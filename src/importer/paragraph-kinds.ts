/**
 * Guesses, for layout formats that carry no structure (plain text, and PDF lines without a larger font),
 * whether a one-line paragraph is a heading, a figure or table caption, or text.
 */

const CAPTION = /^(Figure|Fig\.|Table|Box|Chart|Exhibit)\s+\d+[.:]?\s/i;
const END_PUNCTUATION = /[.,;:!?"”'’)\]>*]$/u;

export function isCaption(line: string): boolean {
  return CAPTION.test(line.trim());
}

/** A short line that starts with a capital (or a digit), ends without sentence punctuation, and is not a
 * link, an address or an e-mail line. */
export function looksLikeHeading(line: string): boolean {
  const t = line.trim();
  if (!t || t.includes('\n') || isCaption(t)) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(t)) return false;
  if (END_PUNCTUATION.test(t) && !/\?$/.test(t)) return false;
  if (/\*\*|@|https?:|www\.|\d{3,}\s*\d{3,}/.test(t)) return false;
  if (/[.!?]\s+\p{Lu}/u.test(t)) return false;
  const words = t.split(/\s+/).length;
  return words <= 25 && t.length <= 200;
}
