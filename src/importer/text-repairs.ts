/**
 * Repairs inside one block's text, each recorded as a TextEdit so that it can be listed and undone:
 * line-break hyphens (rejoined, or kept for a compound), ligature characters, and the line breaks of the
 * layout. Bullet glyphs that open a list item are handled by bulletGlyph.
 */
import type { TextEdit } from './repairs.js';
import type { Vocabulary } from './vocabulary.js';

export const TEXT_REPAIR_LABELS: Record<string, string> = {
  'hyphen-rejoined': 'line-break hyphens rejoined',
  'hyphen-kept': 'line-break hyphens kept (a compound: the document or English writes it with the hyphen)',
  ligature: 'ligatures replaced by their letters',
  'bullet-glyph': 'bullet glyphs replaced by list items',
  'line-break': 'line breaks of the layout joined with a space',
};

/** Kinds that change only layout whitespace: undone like the others, not listed as repairs. */
export const SILENT_KINDS = new Set(['line-break']);

const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};

/** Words after a suspended hyphen: "low- and middle-income", "pre- or post-test". */
const SUSPENDED = new Set(['and', 'or', 'to', 'nor', 'und']);

function hyphenJoin(a: string, b: string, vocab: Vocabulary): { to: string; kind: string } {
  const joined = a + b;
  if (vocab.uses(joined)) return { to: joined, kind: 'hyphen-rejoined' };
  if (vocab.uses(`${a}-${b}`)) return { to: `${a}-${b}`, kind: 'hyphen-kept' };
  if (SUSPENDED.has(b.toLowerCase())) return { to: `${a}- ${b}`, kind: 'hyphen-kept' };
  if (/^\p{Ll}/u.test(b) && vocab.joinsInEnglish(a, b)) return { to: joined, kind: 'hyphen-rejoined' };
  return { to: `${a}-${b}`, kind: 'hyphen-kept' };
}

const PATTERN = /(\p{L}+)-[ \t]*\n[ \t]*(\p{L}+)|[\uFB00-\uFB06]|[ \t]*\n[ \t]*/gu;

/** Repairs a block's text (lines separated by "\n"), returning the text and every edit made. */
export function repairText(text: string, vocab: Vocabulary): { text: string; edits: TextEdit[] } {
  const edits: TextEdit[] = [];
  let out = '';
  let last = 0;
  for (const m of text.matchAll(PATTERN)) {
    const from = m[0];
    let to: string;
    let kind: string;
    if (m[1] !== undefined && m[2] !== undefined) {
      ({ to, kind } = hyphenJoin(m[1], m[2], vocab));
    } else if (LIGATURES[from] !== undefined) {
      to = LIGATURES[from];
      kind = 'ligature';
    } else {
      to = ' ';
      kind = 'line-break';
    }
    out += text.slice(last, m.index);
    edits.push({ kind, at: out.length, from, to });
    out += to;
    last = m.index + from.length;
  }
  out += text.slice(last);
  return { text: out, edits };
}

/** Glyphs that PDFs and Word files use for bullets, including the Symbol/Wingdings private-use ones. */
const BULLET =
  /^([\u2022\u2023\u2043\u25AA\u25AB\u25CF\u25CB\u25E6\u25A0\u25A1\u2219\u27A2\u2713\u2714\uF0A7\uF0B7\uF0D8\uF0E8\uF0FC\u00B7])[ \t]*/u;

/** A paragraph opened by a bullet glyph: the item's text without it, and the edit. */
export function bulletGlyph(text: string): { text: string; edit: TextEdit; glyph: string } | undefined {
  const m = BULLET.exec(text);
  if (!m?.[1]) return undefined;
  return {
    text: text.slice(m[0].length),
    edit: { kind: 'bullet-glyph', at: 0, from: m[0], to: '' },
    glyph: `U+${m[1].codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`,
  };
}
