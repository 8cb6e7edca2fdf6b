/**
 * Cutting text to a length without hiding that it was cut: at the last sentence boundary that fits (else the
 * last word boundary, else a hard cut), always followed by an ellipsis. The kept part is a verbatim prefix.
 */
export const ELLIPSIS = '…';

export interface Truncated {
  text: string;
  truncated: boolean;
}

const SENTENCE_END = /[.!?…]["'”’)\]]*(?=\s)/g;

/** Returns `text` unchanged when it fits in `max` characters, else a verbatim prefix + "…" of at most `max`. */
export function truncateAtSentence(text: string, max: number): Truncated {
  if (max < 1) throw new RangeError('truncateAtSentence: max must be at least 1');
  if (text.length <= max) return { text, truncated: false };
  const room = max - ELLIPSIS.length;
  const head = text.slice(0, room + 1);
  let cut = -1;
  for (const m of head.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    if (end <= room) cut = end;
  }
  // A sentence boundary is only worth it when it keeps at least a third of the room.
  if (cut < room / 3) {
    const space = head.lastIndexOf(' ', room);
    cut = space >= room / 3 ? space : room;
  }
  const kept = cutSafely(text, cut).trimEnd();
  return { text: `${kept}${ELLIPSIS}`, truncated: true };
}

/** Plain length cap for labels (button text, headers): verbatim prefix + "…". */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${cutSafely(text, max - ELLIPSIS.length).trimEnd()}${ELLIPSIS}`;
}

/** Never splits a UTF-16 surrogate pair. */
function cutSafely(text: string, at: number): string {
  const code = text.charCodeAt(at - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
  return text.slice(0, Math.max(0, end));
}

/** Splits text into chunks of at most `max` characters, at sentence boundaries where possible (no ellipses). */
export function splitAtSentences(text: string, max: number): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const { text: cut } = truncateAtSentence(rest, max + ELLIPSIS.length);
    const piece = cut.slice(0, -ELLIPSIS.length);
    const taken = piece.length > 0 ? piece.length : max;
    chunks.push(rest.slice(0, taken));
    rest = rest.slice(taken).replace(/^\s+/, '');
  }
  if (rest.length > 0) chunks.push(rest);
  return chunks;
}
