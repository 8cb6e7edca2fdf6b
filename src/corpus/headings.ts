/**
 * Matching annotation headings to the body's headings: letter case and curly versus straight quotes and
 * apostrophes do not matter (the body's own text is what is kept and shown); a near miss is suggested.
 */
import { editDistance } from './citations.js';

/** The comparable form of a heading or quote: quotes straightened, whitespace collapsed, lower case. */
export function normalText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u02bc]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Body headings equal to the written one (in normal form); each distinct body text once. */
export function matchHeading(written: string, headings: readonly string[]): string[] {
  const want = normalText(written);
  return [...new Set(headings.filter((h) => normalText(h) === want))];
}

/** The body heading nearest to a heading that matched none, when it is near enough to be a slip. */
export function nearestHeading(written: string, headings: readonly string[]): string | undefined {
  const want = normalText(written);
  let best: { heading: string; distance: number } | undefined;
  for (const h of new Set(headings)) {
    const limit = Math.max(2, Math.floor(Math.max(want.length, h.length) / 4));
    const d = editDistance(want, normalText(h), limit);
    if (d <= limit && (!best || d < best.distance)) best = { heading: h, distance: d };
  }
  return best?.heading;
}

/** "no heading "X" in the body (did you mean "Y"?)" */
export function noHeadingMessage(written: string, headings: readonly string[]): string {
  const near = nearestHeading(written, headings);
  return `no heading "${written}" in the body${near ? ` (did you mean "${near}"?)` : ''}`;
}

/** Does a basis name a heading of the body (contain one's text as whole words, in normal form)? */
export function namesHeading(basis: string, headings: readonly string[]): boolean {
  const b = normalText(basis);
  return headings.some((h) => {
    const n = normalText(h);
    if (n === '') return false;
    for (let at = b.indexOf(n); at !== -1; at = b.indexOf(n, at + 1)) {
      const before = b[at - 1] ?? ' ';
      const after = b[at + n.length] ?? ' ';
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    }
    return false;
  });
}
