/**
 * A quote as runs of text, each plain, strong or emphasised: the source's emphasis spans (emphasis.ts) with
 * their marks taken off, every other character as written. Renderers that cut or split a quote do it on the
 * runs, so a cut falls between words, never between a mark and its words, and what is shown is always the
 * beginning of the same runs: a span cut short keeps its style up to the cut.
 */
import { emphasisSegments } from './emphasis.js';
import { ELLIPSIS, splitAtSentences, truncateAtSentence } from './truncate.js';

export interface QuoteRun {
  text: string;
  /** Absent for plain text. */
  style?: 'strong' | 'em';
  /** The mark the source wrote the span with (`**`, `*`, `_`), for platforms that show emphasis as marks. */
  mark?: '**' | '*' | '_';
}

/** The quote's runs: plain text between the source's emphasis spans, and each span's words with its style. */
export function quoteRuns(text: string): QuoteRun[] {
  return emphasisSegments(text).map((s) =>
    typeof s === 'string'
      ? { text: s }
      : { text: s.inner, style: s.mark === '**' ? 'strong' : 'em', mark: s.mark },
  );
}

/** The words of the runs, marks off. */
export const runsText = (runs: readonly QuoteRun[]): string => runs.map((r) => r.text).join('');

/** The runs covering characters [start, end) of `runsText(runs)`; a run cut at either end keeps its style. */
export function sliceRuns(runs: readonly QuoteRun[], start: number, end: number): QuoteRun[] {
  const out: QuoteRun[] = [];
  let at = 0;
  for (const r of runs) {
    const from = Math.max(start, at);
    const to = Math.min(end, at + r.text.length);
    if (to > from) out.push({ ...r, text: r.text.slice(from - at, to - at) });
    at += r.text.length;
  }
  return out;
}

/**
 * The runs cut like `truncateAtSentence` cuts their words: unchanged when they fit in `max` characters, else
 * the runs of a verbatim prefix followed by a plain "…" run, `max` characters at most.
 */
export function cutRuns(runs: readonly QuoteRun[], max: number): { runs: QuoteRun[]; cut: boolean } {
  const words = runsText(runs);
  const t = truncateAtSentence(words, max);
  if (!t.truncated) return { runs: [...runs], cut: false };
  const kept = t.text.length - ELLIPSIS.length;
  return { runs: [...sliceRuns(runs, 0, kept), { text: ELLIPSIS }], cut: true };
}

/**
 * The runs in pieces of at most `max` characters each, split like `splitAtSentences` splits their words
 * (whitespace between pieces dropped).
 */
export function splitRuns(runs: readonly QuoteRun[], max: number): QuoteRun[][] {
  const words = runsText(runs);
  let at = 0;
  return splitAtSentences(words, max).map((chunk) => {
    // Between pieces there is only whitespace, and a piece after the first starts with a non-space.
    const start = words.indexOf(chunk, at);
    at = start + chunk.length;
    return sliceRuns(runs, start, at);
  });
}
