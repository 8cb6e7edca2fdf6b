/**
 * Text from a corpus or a user, made inert before it reaches a terminal: whole escape sequences (CSI, OSC,
 * DCS/PM/APC/SOS and two-character ESC sequences, in their 7-bit and 8-bit forms) are removed, then every
 * remaining C0 and C1 control character and DEL (tab and newline are kept). So a review's title cannot set the
 * terminal's title, move the cursor or hide text. For JSON, which must keep the text, the same characters are
 * written as \u escapes instead (see jsonForTerminal).
 */

/* biome-ignore-start lint/suspicious/noControlCharactersInRegex: matching control characters is these regexes' job */
const SEQUENCES = new RegExp(
  [
    '(?:\\u001b\\[|\\u009b)[\\u0030-\\u003f]*[\\u0020-\\u002f]*[\\u0040-\\u007e]?', // CSI … final byte
    '(?:\\u001b\\]|\\u009d)[^\\u0007\\u001b\\u009c\\n]*(?:\\u0007|\\u001b\\\\|\\u009c)?', // OSC … BEL or ST
    '(?:\\u001b[PX^_]|[\\u0090\\u0098\\u009e\\u009f])[^\\u001b\\u009c]*(?:\\u001b\\\\|\\u009c)?', // DCS SOS PM APC … ST
    '\\u001b[\\u0020-\\u002f]*[\\u0030-\\u007e]?', // other ESC sequences (ESC c, ESC ( B, ESC 7…)
  ].join('|'),
  'g',
);
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const JSON_UNSAFE = /[\u007F-\u009F\u2028\u2029]/g;
/* biome-ignore-end lint/suspicious/noControlCharactersInRegex: matching control characters is these regexes' job */

export function inert(s: string): string {
  return s.replace(SEQUENCES, '').replace(CONTROLS, '');
}

/**
 * JSON.stringify, with DEL, the C1 controls and the line separators escaped as \u sequences too (JSON.stringify
 * escapes only C0): the text is kept exactly, and nothing in it acts on a terminal the JSON is printed to.
 */
export function jsonForTerminal(value: unknown): string {
  return JSON.stringify(value).replace(
    JSON_UNSAFE,
    (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}
