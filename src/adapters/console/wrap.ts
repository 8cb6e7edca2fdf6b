/**
 * Word-wrapping for a terminal of known width: a long line breaks at spaces, and each continuation keeps the
 * line's indentation, so quotes stay readable as blocks. A list item ("- ", "1. ", "[1] ") or a row of
 * columns (a first column followed by three or more spaces) continues under its text: a hanging indent.
 * Words are never split or changed (a word longer than the width stands alone on its line); a column's
 * padding is kept. Colour codes take no width.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching ANSI colour codes is this regex's job
const ANSI = /\u001b\[[0-9;]*m/g;

const LEAD = new RegExp(`^(?:\\s|${ANSI.source})*`);

/** What a continuation hangs under, in visible text: a list marker, or a first column and its padding. */
const HANGING = /^ *(?:[-*•] |\d{1,3}[.)] |\[\d{1,4}\] |\S.{0,40}?\S {3,})(?=\S)/;

/** Continuations keep at least this many columns for words; a deeper hang falls back to the indentation. */
const MIN_TEXT_COLUMNS = 20;

const visible = (s: string) => s.replace(ANSI, '').length;

/** The index in `line` just after its first `n` visible characters (colour codes are skipped over). */
function indexAfterVisible(line: string, n: number): number {
  let seen = 0;
  let i = 0;
  const code = new RegExp(ANSI.source, 'y');
  while (i < line.length && seen < n) {
    code.lastIndex = i;
    const m = code.exec(line);
    if (m) i += m[0].length;
    else {
      i++;
      seen++;
    }
  }
  return i;
}

function wrapLine(line: string, width: number): string[] {
  if (visible(line) <= width) return [line];
  // The head (leading colour codes and spaces, or the marker or first column) starts the first line as it is;
  // continuations start with spaces as wide as the head's text.
  let headEnd = LEAD.exec(line)?.[0].length ?? 0;
  let hang = line.slice(0, headEnd).replace(ANSI, '');
  const marker = HANGING.exec(line.replace(ANSI, ''))?.[0];
  if (marker !== undefined && marker.length <= width - MIN_TEXT_COLUMNS) {
    headEnd = indexAfterVisible(line, marker.length);
    hang = ' '.repeat(marker.length);
  }
  const words = line
    .slice(headEnd)
    .split(/ +/)
    .filter((w) => w !== '');
  const out: string[] = [];
  let current = line.slice(0, headEnd);
  let fresh = true;
  for (const word of words) {
    const candidate = fresh ? `${current}${word}` : `${current} ${word}`;
    if (!fresh && visible(candidate) > width) {
      out.push(current);
      current = `${hang}${word}`;
    } else current = candidate;
    fresh = false;
  }
  out.push(current);
  return out;
}

/** Wraps every line of text to `width` columns; a width under 20 leaves the text as it is. */
export function wrapText(text: string, width: number | undefined): string {
  if (width === undefined || !Number.isFinite(width) || width < 20) return text;
  return text
    .split('\n')
    .flatMap((l) => wrapLine(l, width))
    .join('\n');
}
