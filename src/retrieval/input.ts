/**
 * Cleaning of what a user typed, before anything else sees it: control and invisible formatting characters
 * removed, whitespace collapsed, and a question over MAX_QUESTION_CHARS cut (with a notice) at a word boundary.
 */
import type { InputNotice } from './answer.js';

export const MAX_QUESTION_CHARS = 500;

// C0/C1 controls (tab and newlines become spaces first), zero-width and bidirectional formatting characters.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is this regex's job
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

export interface CleanInput {
  text: string;
  notices: InputNotice[];
}

export function cleanInput(raw: string): CleanInput {
  const notices: InputNotice[] = [];
  const spaced = String(raw).replace(/[\t\n\r\v\f\u2028\u2029]+/g, ' ');
  const stripped = spaced.replace(CONTROL, '');
  if (stripped.length !== spaced.length) {
    notices.push({
      code: 'control_characters_removed',
      message: 'Control characters in the question were removed.',
    });
  }
  let text = stripped.replace(/\s+/g, ' ').trim();
  if (text.length > MAX_QUESTION_CHARS) {
    const length = text.length;
    let cut = text.slice(0, MAX_QUESTION_CHARS);
    const space = cut.lastIndexOf(' ');
    if (space > MAX_QUESTION_CHARS - 60) cut = cut.slice(0, space);
    // Never end on half of a surrogate pair.
    if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
    text = cut.trim();
    notices.push({
      code: 'truncated',
      message: `Your question was ${length.toLocaleString('en-GB')} characters long; only its first ${MAX_QUESTION_CHARS} were used.`,
    });
  }
  return { text, notices };
}
