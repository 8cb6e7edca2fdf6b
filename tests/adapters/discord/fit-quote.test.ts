import { describe, expect, it } from 'vitest';
import { fitQuote, md, unmd } from '../../../src/adapters/discord/text.js';

describe('fitQuote', () => {
  it('keeps a verbatim prefix of a text dense in escaped characters, with no sentence boundary to cut at', () => {
    // Every "<", "@", "#", ">", ":" doubles when escaped: the cut must still keep words, not collapse to "…".
    const raw = `${'<@U0123ABCD> <#C0123ABCD> <!here> : '.repeat(20)}end`;
    for (const max of [60, 140, 200, 500]) {
      const { text, cut } = fitQuote(raw, max);
      expect(cut).toBe(true);
      expect(text.length).toBeLessThanOrEqual(max);
      const kept = unmd(text).replace(/…$/, '').trimEnd();
      expect(kept.length, `something is kept at max ${max}`).toBeGreaterThan(max / 4);
      expect(raw.startsWith(kept)).toBe(true);
    }
  });

  it('returns the whole escaped text when it fits', () => {
    expect(fitQuote('a < b', 100)).toEqual({ text: md('a < b'), cut: false });
  });

  it('cuts inside an emphasis span on its words: the marks stay around the words kept', () => {
    const { text, cut } = fitQuote('Intro. **A long bold span that goes on and on** after.', 40);
    expect(cut).toBe(true);
    expect(text).toBe('Intro. **A long bold span that goes**…');
  });
});
