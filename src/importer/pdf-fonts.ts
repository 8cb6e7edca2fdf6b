/**
 * What a PDF font's name says about its text: the family (for sidebars set in another typeface), and whether
 * it is italic, bold or a math font. pdf.js gives the font's PostScript name ("AZAZIY+LMRoman12-Italic",
 * "TimesNewRomanPS-BoldMT", "Helvetica", "CMTI10") once the page's operator list has loaded its fonts.
 */

export interface FontStyle {
  family: string;
  italic: boolean;
  bold: boolean;
  math: boolean;
}

/** TeX's Computer Modern and Latin Modern text fonts: one family, the style in the name's letters. */
const TEX_TEXT = /^(CM|LM)(R|TI|SL|BX|BXTI|SS|SSI|SSBX|TT|CSC|U)\d*$/;

export function fontStyle(postScriptName: string): FontStyle {
  const name = postScriptName.replace(/^[A-Z]{6}\+/, '');
  const [base = name, ...rest] = name.split(/[-,]/);
  const style = rest.join('-');
  const tex = TEX_TEXT.exec(base);
  const math = /math|symbol|^(CM|LM)(MI|SY|EX)\d|^MSAM|^MSBM|^(Cambria)?Math/i.test(name);
  const italic =
    !math &&
    (/italic|oblique|slant/i.test(name) ||
      /^(It|BoldIt|SemiboldIt|MediumIt|LightIt|BdIt)/.test(style) ||
      (tex !== null && /TI|SL|SSI/.test(tex[2] ?? '')));
  const bold =
    /bold|black|heavy|semibold|demi/i.test(style || base) ||
    /^(Bd|Sb|Blk)/.test(style) ||
    (tex !== null && /BX/.test(tex[2] ?? ''));
  const family = tex
    ? `${tex[1]}${/SS/.test(tex[2] ?? '') ? 'SS' : /TT/.test(tex[2] ?? '') ? 'TT' : 'R'}`
    : base
        .replace(/(Bold|Italic|Oblique|Regular)+$/i, '')
        .replace(/(PS)?(MT)?$/, '')
        .replace(/\d+$/, '');
  return { family: family || base, italic, bold, math };
}

/**
 * pdf.js passes each font to the main thread with ArrayBuffer.prototype.transferToFixedLength (ES2024), which
 * Node 20 does not have; without it no font reaches commonObjs and every font name is unknown. This adds the
 * standard method where it is missing (a copy of the first `length` bytes; Node 22 has it natively).
 */
export function ensureTransferToFixedLength(): void {
  const proto = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: unknown };
  if (typeof proto.transferToFixedLength === 'function') return;
  Object.defineProperty(ArrayBuffer.prototype, 'transferToFixedLength', {
    configurable: true,
    writable: true,
    value(this: ArrayBuffer, length: number = this.byteLength): ArrayBuffer {
      const copy = new ArrayBuffer(length);
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
      return copy;
    },
  });
}
