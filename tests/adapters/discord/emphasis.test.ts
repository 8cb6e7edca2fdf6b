import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderAnswer } from '../../../src/adapters/discord/render/index.js';
import { mdQuote, unmd } from '../../../src/adapters/discord/text.js';
import * as A from '../../contract/answers.js';
import { liveSpans, testContext } from './inspector.js';

describe("the source's emphasis in a Discord quote", () => {
  it('keeps the marks of an emphasis span live (shown as emphasis) and escapes everything else', () => {
    expect(mdQuote('a *service* for **Email:** and _all_ <@123456789012345678>')).toBe(
      'a *service* for **Email\\:** and _all_ \\<\\@123456789012345678\\>',
    );
    // A lone mark is not emphasis: it stays escaped, shown as itself.
    expect(mdQuote('5 * 3 and a_b')).toBe('5 \\* 3 and a\\_b');
  });

  it('is still the source text once read (unmd), and never makes a mention live inside a span', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('*', '**', '_', ' ', 'word', '@everyone', '<#1>', ':'), { maxLength: 30 }),
        (parts) => {
          const text = parts.join('');
          const shown = mdQuote(text);
          expect(unmd(shown)).toBe(text);
          expect(liveSpans(shown)).toEqual([]);
        },
      ),
    );
  });

  it('shows a passage written with emphasis as emphasis in its embed', () => {
    const answer = A.answered([
      A.passage({ text: 'Staff said the *service* was easier to reach. **Email:** x@y.z' }),
    ]);
    const [embed] = renderAnswer(answer, testContext()).message.embeds ?? [];
    expect(embed?.description).toContain('the *service* was');
    expect(embed?.description).toContain('**Email\\:**');
  });
});
