/**
 * The first stage of PDF reading: pdf.js text items grouped into lines (by baseline), each with its position,
 * font size and font family, and the body's size and family (the most common, by characters).
 */

export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  family: string;
  /** From the font's name, when pdf.js gives it (pdf-fonts.ts). */
  italic?: boolean;
  bold?: boolean;
  math?: boolean;
}

/** How a stretch of a line is set: emphasis and superscripts are written with the corpus format's marks. */
export type RunStyle = 'plain' | 'italic' | 'bold' | 'bold-italic' | 'sup';

export interface Run {
  text: string;
  style: RunStyle;
}

export interface PdfLine {
  page: number;
  x: number;
  right: number;
  y: number;
  size: number;
  family: string;
  /** The line's characters, without marks. */
  text: string;
  /** The same characters in runs of one style each. */
  runs: Run[];
  items: PdfItem[];
}

/** A superscript: smaller than the line's text and raised above its baseline (a citation number, I²). */
function isSuperscript(it: PdfItem, main: PdfItem): boolean {
  return it.size < main.size * 0.85 && it.y > main.y + main.size * 0.12;
}

function styleOf(it: PdfItem, main: PdfItem): RunStyle {
  if (isSuperscript(it, main)) return 'sup';
  if (it.italic && it.bold) return 'bold-italic';
  if (it.italic) return 'italic';
  if (it.bold) return 'bold';
  return 'plain';
}

/**
 * Groups one page's items into lines: items whose baselines are within half a line of each other. The
 * largest items open the lines, so that a raised superscript joins the line it belongs to.
 */
export function linesOf(items: PdfItem[], page: number): PdfLine[] {
  const sorted = items
    .filter((i) => i.str.trim() !== '')
    .sort((a, b) => b.size - a.size || b.y - a.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  /** On the group's baseline (within 0.6 of the larger size) and within four sizes of one of its items. */
  const near = (grp: PdfItem[], it: PdfItem) => {
    const base = grp[0] as PdfItem;
    const overlapsX = grp.some(
      (o) =>
        it.x < o.x + o.width + Math.max(o.size, it.size) * 4 &&
        it.x + it.width > o.x - Math.max(o.size, it.size) * 4,
    );
    return Math.abs(base.y - it.y) < Math.max(base.size, it.size) * 0.6 && overlapsX;
  };
  const lineOf = (it: PdfItem) => groups.find((grp) => near(grp, it));
  for (const it of sorted) {
    const g = lineOf(it);
    if (g) g.push(it);
    else groups.push([it]);
  }
  // Groups grown in another order can end up side by side on one baseline: merge them (transitively).
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      const a = groups[i] as PdfItem[];
      const b = groups[j] as PdfItem[];
      if (b.some((it) => near(a, it))) {
        a.push(...b);
        groups.splice(j, 1);
        j = i;
      }
    }
  }
  // A space drawn on its own is a space of the line it is on (it never opens a line).
  for (const it of items) if (it.str !== '' && it.str.trim() === '') lineOf(it)?.push(it);
  const lines = groups.map((g) => {
    const its = g.sort((a, b) => a.x - b.x);
    const main = its.reduce((m, i) => (i.str.trim().length > m.str.trim().length ? i : m), its[0] as PdfItem);
    const runs: Run[] = [];
    let end = -Infinity;
    for (const i of its) {
      if (i.str.trim() === '') {
        const last = runs[runs.length - 1];
        if (last && !/\s$/.test(last.text)) last.text += ' ';
        end = Math.max(end, i.x + i.width);
        continue;
      }
      const style = styleOf(i, main);
      const last = runs[runs.length - 1];
      const text = last ? last.text : '';
      const space =
        runs.length > 0 && i.x - end > i.size * 0.15 && !/\s$/.test(text) && !i.str.startsWith(' ')
          ? ' '
          : '';
      if (last && last.style === style) last.text += space + i.str;
      else {
        if (last) last.text += space;
        runs.push({ text: i.str, style });
      }
      end = i.x + i.width;
    }
    const clean = runs.map((r) => ({ ...r, text: r.text.replace(/\s+/g, ' ') }));
    return {
      page,
      x: its.find((i) => i.str.trim() !== '')?.x ?? 0,
      right: end,
      y: main.y,
      size: main.size,
      family: main.family,
      text: clean
        .map((r) => r.text)
        .join('')
        .replace(/\s+/g, ' ')
        .trim(),
      runs: clean,
      items: its,
    };
  });
  return lines.sort((a, b) => b.y - a.y || a.x - b.x);
}

/** Where a run's marks go: around its text without the spaces at either end. */
function mark(text: string, style: RunStyle): string {
  if (style === 'plain') return text;
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text);
  const [, lead = '', core = '', trail = ''] = m ?? [];
  if (!core) return text;
  const sign = style === 'sup' ? '^' : style === 'italic' ? '*' : style === 'bold' ? '**' : '***';
  return `${lead}${sign}${core}${sign}${trail}`;
}

/**
 * A paragraph's lines as text, one line per "\n", with the source's emphasis and superscripts written in the
 * corpus format's marks (`*r*`, `**Note:**`, `^12^`). A run that goes on over a line break is one span.
 * A whole paragraph in one style (a heading, a caption, a box set in italics) keeps no marks.
 */
export function markedText(lines: PdfLine[]): { text: string; marked: string[] } {
  const runs: Run[] = [];
  for (const l of lines) {
    const own = l.runs.map((r) => ({ ...r }));
    const head = own[0];
    const tail = own[own.length - 1];
    if (head) head.text = head.text.replace(/^\s+/, '');
    if (tail) tail.text = tail.text.replace(/\s+$/, '');
    const kept = own.filter((r) => r.text !== '');
    const first = kept[0];
    const last = runs[runs.length - 1];
    if (!first) continue;
    if (last && first.style === last.style && first.style !== 'sup') {
      last.text += `\n${first.text}`;
      kept.shift();
    } else if (last) runs.push({ text: '\n', style: 'plain' });
    runs.push(...kept);
  }
  const styled = runs.filter((r) => r.text.trim() !== '');
  const one = styled[0]?.style;
  if (one !== 'sup' && styled.every((r) => r.style === one))
    return { text: runs.map((r) => r.text).join(''), marked: [] };
  const marked = styled.filter((r) => r.style !== 'plain').map((r) => mark(r.text, r.style).trim());
  return { text: runs.map((r) => mark(r.text, r.style)).join(''), marked };
}

/** The body text's font size and family: the most common by number of characters. */
export function bodyFont(lines: PdfLine[]): { size: number; family: string } {
  const counts = new Map<string, number>();
  for (const l of lines) {
    const key = `${Math.round(l.size * 2) / 2}|${l.family}`;
    counts.set(key, (counts.get(key) ?? 0) + l.text.length);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '10|serif';
  const [size = '10', family = 'serif'] = best.split('|');
  return { size: Number(size), family };
}

/** The right edge of a column of line numbers (they are right-aligned): digits-only items ending at one x
 * in the left margin, on many lines. Undefined when the document has none. */
export function lineNumberColumn(pages: PdfItem[][]): number | undefined {
  const all = pages.flat().filter((i) => i.str.trim() !== '');
  const digits = all.filter((i) => /^\d{1,4}$/.test(i.str.trim()));
  const byX = new Map<number, number>();
  for (const d of digits) byX.set(Math.round(d.x + d.width), (byX.get(Math.round(d.x + d.width)) ?? 0) + 1);
  const [x, count] = [...byX.entries()].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  const textLeft = Math.min(...all.filter((i) => !/^\d+$/.test(i.str.trim())).map((i) => i.x));
  return count >= 20 && x < textLeft ? x : undefined;
}
