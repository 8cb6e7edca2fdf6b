/**
 * Word-wrapping for a terminal of known width: a long line breaks at spaces, and each continuation keeps the
 * line's indentation, so quotes stay readable as blocks. Words are never split or changed (a word longer than
 * the width stands alone on its line). Colour codes take no width.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching ANSI colour codes is this regex's job
const ANSI = /\u001b\[[0-9;]*m/g;

const LEAD = new RegExp(`^(?:\\s|${ANSI.source})*`);

const visible = (s: string) => s.replace(ANSI, '').length;

function wrapLine(line: string, width: number): string[] {
  if (visible(line) <= width) return [line];
  // Leading colour codes and spaces start the first line; continuations repeat the spaces only.
  const lead = LEAD.exec(line)?.[0] ?? '';
  const indent = lead.replace(ANSI, '');
  const words = line
    .slice(lead.length)
    .split(/ +/)
    .filter((w) => w !== '');
  const out: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current === '' ? `${out.length === 0 ? lead : indent}${word}` : `${current} ${word}`;
    if (current !== '' && visible(candidate) > width) {
      out.push(current);
      current = `${indent}${word}`;
    } else current = candidate;
  }
  if (current !== '') out.push(current);
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
