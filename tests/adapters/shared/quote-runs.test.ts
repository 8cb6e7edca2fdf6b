import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderEmphasis } from '../../../src/adapters/shared/emphasis.js';
import {
  cutRuns,
  type QuoteRun,
  quoteRuns,
  runsText,
  splitRuns,
} from '../../../src/adapters/shared/quote-runs.js';
import { ELLIPSIS } from '../../../src/adapters/shared/truncate.js';

/** The runs written back with their source marks: the source text. */
const marked = (runs: QuoteRun[]) => runs.map((r) => `${r.mark ?? ''}${r.text}${r.mark ?? ''}`).join('');

const markedText = fc
  .array(fc.constantFrom('*', '**', '_', ' ', '. ', 'word', 'Email:', '\n', 'a_b'), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('quote runs', () => {
  it('are the plain text and the emphasis spans, with their style and source mark', () => {
    expect(quoteRuns('a *service* for **Email:** and _all_, 5 * 3')).toEqual([
      { text: 'a ' },
      { text: 'service', style: 'em', mark: '*' },
      { text: ' for ' },
      { text: 'Email:', style: 'strong', mark: '**' },
      { text: ' and ' },
      { text: 'all', style: 'em', mark: '_' },
      { text: ', 5 * 3' },
    ]);
  });

  it('written back with their marks are the text; their words are the text with the marks dropped', () => {
    fc.assert(
      fc.property(markedText, (text) => {
        const runs = quoteRuns(text);
        expect(marked(runs)).toBe(text);
        expect(runsText(runs)).toBe(renderEmphasis(text, { strong: (s) => s, em: (s) => s }));
      }),
    );
  });

  it('cut inside a span: the span keeps its style up to the cut, then a plain "…"', () => {
    const runs = quoteRuns('Intro. **A long bold span that goes on and on** after.');
    const { runs: kept, cut } = cutRuns(runs, 30);
    expect(cut).toBe(true);
    expect(kept).toEqual([
      { text: 'Intro. ' },
      { text: 'A long bold span that', style: 'strong', mark: '**' },
      { text: ELLIPSIS },
    ]);
    expect(cutRuns(runs, 1_000)).toEqual({ runs, cut: false });
  });

  it('cut or split, the words are a verbatim prefix (or the pieces) of the words, every piece within max', () => {
    fc.assert(
      fc.property(markedText, fc.integer({ min: 2, max: 60 }), (text, max) => {
        const runs = quoteRuns(text);
        const words = runsText(runs);
        const { runs: kept, cut } = cutRuns(runs, max);
        const shown = runsText(kept);
        expect(shown.length).toBeLessThanOrEqual(Math.max(max, words.length * Number(!cut)));
        if (cut) expect(words.startsWith(shown.slice(0, -ELLIPSIS.length))).toBe(true);
        else expect(shown).toBe(words);
        const pieces = splitRuns(runs, max);
        for (const p of pieces) expect(runsText(p).length).toBeLessThanOrEqual(max);
        // Only whitespace between pieces is dropped.
        expect(pieces.map(runsText).join('').replace(/\s+/g, '')).toBe(words.replace(/\s+/g, ''));
      }),
    );
  });
});
