/**
 * The source's own emphasis marks (`*service*`, `**Email:**`, `_word_`): the passage text keeps them
 * (verbatim), and each renderer shows them as its platform's emphasis, or drops them where there is none.
 */
export interface EmphasisMarks {
  strong(s: string): string;
  em(s: string): string;
}

const EMPHASIS =
  /\*\*(?=\S)([^*\n]+?)(?<=\S)\*\*|\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*|(?<![\p{L}\p{N}_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\p{L}\p{N}_])/gu;

/** The text with each emphasis span's marks replaced by the platform's; the words themselves unchanged. */
export function renderEmphasis(text: string, marks: EmphasisMarks): string {
  return text.replace(EMPHASIS, (_all, strong?: string, star?: string, under?: string) =>
    strong !== undefined ? marks.strong(strong) : marks.em(star ?? under ?? ''),
  );
}

/** Plain text: the marks dropped, the words kept ("*service*" → "service"). */
export const PLAIN_EMPHASIS: EmphasisMarks = { strong: (s) => s, em: (s) => s };

/** One emphasis span of the source, with the mark it was written with (`**`, `*` or `_`). */
export interface EmphasisSpan {
  mark: '**' | '*' | '_';
  inner: string;
}

/** The text as plain runs and emphasis spans, in order (joined back with their marks, it is the text). */
export function emphasisSegments(text: string): (string | EmphasisSpan)[] {
  const out: (string | EmphasisSpan)[] = [];
  let at = 0;
  for (const m of text.matchAll(EMPHASIS)) {
    if (m.index > at) out.push(text.slice(at, m.index));
    const [, strong, star, under] = m;
    if (strong !== undefined) out.push({ mark: '**', inner: strong });
    else if (star !== undefined) out.push({ mark: '*', inner: star });
    else out.push({ mark: '_', inner: under ?? '' });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}
