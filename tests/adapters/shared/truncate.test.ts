import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clip,
  ELLIPSIS,
  splitAtSentences,
  truncateAtSentence,
} from '../../../src/adapters/shared/truncate.js';

describe('truncateAtSentence', () => {
  it('leaves text that fits untouched', () => {
    expect(truncateAtSentence('Short. Text.', 12)).toEqual({ text: 'Short. Text.', truncated: false });
  });

  it('cuts at the last sentence boundary that fits, with an ellipsis', () => {
    const text = 'First sentence here. Second sentence is longer than the room. Third.';
    expect(truncateAtSentence(text, 40)).toEqual({ text: 'First sentence here.…', truncated: true });
  });

  it('falls back to a word boundary when a sentence would keep too little', () => {
    const text = 'A. Then one very long sentence without any full stop that goes on and on';
    const cut = truncateAtSentence(text, 30);
    expect(cut.text).toBe('A. Then one very long…');
  });

  it('hard-cuts a single huge word, never splitting a surrogate pair', () => {
    const cut = truncateAtSentence('😀'.repeat(20), 6);
    expect(cut.text.length).toBeLessThanOrEqual(6);
    expect(cut.text.endsWith(ELLIPSIS)).toBe(true);
    expect(cut.text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('always returns a verbatim prefix plus "…" within the limit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), fc.integer({ min: 1, max: 300 }), (text, max) => {
        const cut = truncateAtSentence(text, max);
        expect(cut.text.length).toBeLessThanOrEqual(Math.max(max, text.length <= max ? text.length : 0));
        if (!cut.truncated) {
          expect(cut.text).toBe(text);
        } else {
          expect(cut.text.endsWith(ELLIPSIS)).toBe(true);
          expect(text.startsWith(cut.text.slice(0, -1))).toBe(true);
        }
      }),
    );
  });
});

describe('clip and splitAtSentences', () => {
  it('clips labels with an ellipsis', () => {
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('abc', 4)).toBe('abc');
  });

  it('splits into chunks within the limit that together keep every character', () => {
    fc.assert(
      fc.property(
        fc.lorem({ maxCount: 200, mode: 'sentences' }),
        fc.integer({ min: 20, max: 400 }),
        (text, max) => {
          const chunks = splitAtSentences(text, max);
          for (const c of chunks) expect(c.length).toBeLessThanOrEqual(max);
          expect(chunks.join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
        },
      ),
    );
  });
});
