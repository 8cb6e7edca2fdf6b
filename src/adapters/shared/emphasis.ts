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
