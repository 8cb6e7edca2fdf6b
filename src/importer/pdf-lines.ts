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
}

export interface PdfLine {
  page: number;
  x: number;
  right: number;
  y: number;
  size: number;
  family: string;
  text: string;
  items: PdfItem[];
}

/** Groups one page's items into lines: items whose baselines are within half a line of each other. */
export function linesOf(items: PdfItem[], page: number): PdfLine[] {
  const sorted = items.filter((i) => i.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  for (const it of sorted) {
    const g = groups.find((grp) => {
      const base = grp[0] as PdfItem;
      const overlapsX = grp.some(
        (o) =>
          it.x < o.x + o.width + Math.max(o.size, it.size) * 4 &&
          it.x + it.width > o.x - Math.max(o.size, it.size) * 4,
      );
      return Math.abs(base.y - it.y) < Math.max(base.size, it.size) * 0.6 && overlapsX;
    });
    if (g) g.push(it);
    else groups.push([it]);
  }
  return groups.map((g) => {
    const its = g.sort((a, b) => a.x - b.x);
    const main = its.reduce((m, i) => (i.str.length > m.str.length ? i : m), its[0] as PdfItem);
    let text = '';
    let end = -Infinity;
    for (const i of its) {
      if (text && i.x - end > i.size * 0.15 && !text.endsWith(' ') && !i.str.startsWith(' ')) text += ' ';
      text += i.str;
      end = i.x + i.width;
    }
    return {
      page,
      x: its[0]?.x ?? 0,
      right: end,
      y: main.y,
      size: main.size,
      family: main.family,
      text: text.replace(/\s+/g, ' ').trim(),
      items: its,
    };
  });
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
