/** Terminal styling: ANSI colours on a TTY, plain text when piped (or when NO_COLOR is set). */
export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  quote(s: string): string;
  accent(s: string): string;
  warn(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

export const colourStyle: Style = {
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  quote: wrap(36, 39),
  accent: wrap(33, 39),
  warn: wrap(35, 39),
};

const same = (s: string) => s;
export const plainStyle: Style = { bold: same, dim: same, quote: same, accent: same, warn: same };

export function styleFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Style {
  return stream.isTTY === true && env.NO_COLOR === undefined && env.TERM !== 'dumb'
    ? colourStyle
    : plainStyle;
}
