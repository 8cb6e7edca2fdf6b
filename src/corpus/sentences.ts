/** Sentence boundaries, with offsets, from the platform's ICU sentence segmenter (Intl.Segmenter). */
export interface Span {
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The sentences of text[start, end), each trimmed of surrounding whitespace; none is empty. */
export function sentenceSpans(text: string, start = 0, end = text.length): Span[] {
  const spans: Span[] = [];
  const slice = text.slice(start, end);
  for (const seg of segmenter.segment(slice)) {
    const raw = seg.segment;
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    const s = start + seg.index + lead;
    spans.push({ start: s, end: s + trimmed.length });
  }
  return spans;
}

export function wordCount(text: string): number {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}
