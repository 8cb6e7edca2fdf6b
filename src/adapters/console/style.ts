/** Terminal styling: ANSI colours on a TTY, plain text when piped (or when NO_COLOR is set). */
export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  quote(s: string): string;
  accent(s: string): string;
  warn(s: string): string;
  /** The source's emphasis: bold and italic on a TTY; the words alone (marks dropped) when piped. */
  strong(s: string): string;
  em(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

export const colourStyle: Style = {
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  quote: wrap(36, 39),
  accent: wrap(33, 39),
  warn: wrap(35, 39),
  strong: wrap(1, 22),
  em: wrap(3, 23),
};

const same = (s: string) => s;
export const plainStyle: Style = {
  bold: same,
  dim: same,
  quote: same,
  accent: same,
  warn: same,
  strong: same,
  em: same,
};

export function styleFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Style {
  return stream.isTTY === true && env.NO_COLOR === undefined && env.TERM !== 'dumb'
    ? colourStyle
    : plainStyle;
}
