import { describe, expect, it } from 'vitest';
import { ACTION, decodePage, decodeVote } from '../../../src/adapters/slack/action-ids.js';
import type { Button, SlackMessage } from '../../../src/adapters/slack/blocks.js';
import { createDedupe } from '../../../src/adapters/slack/dedupe.js';
import { questionFromSlack } from '../../../src/adapters/slack/incoming-text.js';
import { SLACK_LIMITS as L } from '../../../src/adapters/slack/limits.js';
import { escapeMrkdwn } from '../../../src/adapters/slack/mrkdwn.js';
import { renderAnswer } from '../../../src/adapters/slack/render.js';
import { renderFullPassage } from '../../../src/adapters/slack/render-messages.js';
import type { Answer } from '../../../src/retrieval/answer.js';
import * as A from '../../contract/answers.js';
import { limitViolations, passages, plainText } from './inspector.js';

const buttons = (m: SlackMessage): Button[] =>
  m.blocks.flatMap((b) =>
    b.type === 'actions' ? b.elements : b.type === 'section' && b.accessory ? [b.accessory] : [],
  );

describe('Slack rendering at each limit', () => {
  it('header: 150 characters kept, 151 cut with an ellipsis', () => {
    const at = renderAnswer(A.answered([A.passage()], { query: 'q'.repeat(L.headerText) }));
    const over = renderAnswer(A.answered([A.passage()], { query: 'q'.repeat(L.headerText + 1) }));
    expect(at.blocks[0]).toMatchObject({ type: 'header', text: { text: 'q'.repeat(150) } });
    const text = (over.blocks[0] as { text: { text: string } }).text.text;
    expect(text).toHaveLength(150);
    expect(text.endsWith('…')).toBe(true);
  });

  it('quote: a passage of exactly quoteMax characters is whole; one more and it is cut with "Show full passage"', () => {
    const exact = 'a'.repeat(L.quoteMax - 1).concat('.');
    const whole = renderAnswer(A.answered([A.passage({ text: exact })]));
    expect(passages(whole)[0]?.quote).toBe(exact);
    expect(buttons(whole).map((b) => b.action_id)).not.toContain(`${ACTION.full}:0`);
    const cut = renderAnswer(A.answered([A.passage({ text: `${exact}b` })]));
    expect(passages(cut)[0]?.quote.endsWith('…')).toBe(true);
    expect(buttons(cut)).toContainEqual(
      expect.objectContaining({ action_id: `${ACTION.full}:0`, value: A.passage().id }),
    );
  });

  it('quote: rich text, shown as written (nothing escaped), so text dense in <&> fits as it is', () => {
    const text = '<&>'.repeat(2_000);
    const m = renderAnswer(A.answered([A.passage({ text })]));
    expect(limitViolations(m)).toEqual([]);
    const quote = m.blocks.find((b) => b.type === 'rich_text');
    const shown = quote?.type === 'rich_text' ? (quote.elements[0]?.elements ?? []).map((e) => e.text) : [];
    expect(shown.join('')).toHaveLength(L.quoteMax);
    expect(shown.at(-1)).toBe('…');
    expect(text.startsWith(passages(m)[0]?.quote.slice(0, -1) ?? '?')).toBe(true);
  });

  it("quote: the source's emphasis is bold or italic text, every other mark as written", () => {
    const m = renderAnswer(
      A.answered([A.passage({ text: 'Staff said the *service* was ~easy~. **Email:** `a_b` 5 * 3.' })]),
    );
    const quote = m.blocks.find((b) => b.type === 'rich_text');
    expect(quote?.type === 'rich_text' && quote.elements[0]).toEqual({
      type: 'rich_text_quote',
      elements: [
        { type: 'text', text: 'Staff said the ' },
        { type: 'text', text: 'service', style: { italic: true } },
        { type: 'text', text: ' was ~easy~. ' },
        { type: 'text', text: 'Email:', style: { bold: true } },
        { type: 'text', text: ' `a_b` 5 * 3.' },
      ],
    });
  });

  it('blocks and budget: ten long passages fit in 50 blocks and the budget; the rest stay behind "More results"', () => {
    const many = Array.from({ length: 10 }, (_, i) =>
      A.passage({
        id: `d#${i}`,
        text: 'A finding sentence that goes on. '.repeat(120),
        citation: `Citation ${'x'.repeat(700)}`,
      }),
    );
    const m = renderAnswer(A.answered(many, { page: { offset: 0, limit: 10, total: 10 } }), {
      ephemeral: true,
    });
    expect(limitViolations(m)).toEqual([]);
    const shown = passages(m).length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(10);
    const more = buttons(m).find((b) => b.action_id === ACTION.more);
    expect(decodePage(more?.value)).toEqual({ q: 'what helps integration?', o: shown });
    expect(plainText(m)).toContain(`Passages 1–${shown} of 10`);
  });

  it('button values: a 10,000-character question still fits in 2,000 and decodes', () => {
    const q = 'why '.repeat(2_500);
    const m = renderAnswer(A.answered([A.passage()], { query: q }), { ephemeral: true });
    for (const b of buttons(m)) expect(b.value.length).toBeLessThanOrEqual(L.buttonValue);
    const vote = buttons(m).find((b) => b.action_id === ACTION.voteDown);
    expect(decodeVote(vote?.value)?.p).toEqual([A.passage().id]);
    expect(limitViolations(m)).toEqual([]);
  });

  it('suggestion buttons: labels cut at 75, the full suggestion kept in the value', () => {
    const long = `Suggestion ${'s'.repeat(100)}`;
    const m = renderAnswer(A.noMatch({ suggestions: [long] }));
    const [b] = buttons(m);
    expect(b?.text.text).toHaveLength(L.buttonText);
    expect(b?.value).toBe(long);
  });

  it('escapes &, < and > in mrkdwn (all verbatim); corpus text beside a quote is plain text, as written', () => {
    expect(escapeMrkdwn('<!channel> & <@U1> > <http://x|y>')).toBe(
      '&lt;!channel&gt; &amp; &lt;@U1&gt; &gt; &lt;http://x|y&gt;',
    );
    const cite = renderAnswer(A.cite({ matches: [], target: 'Tom & Jerry <!here>' }));
    expect(JSON.stringify(cite)).toContain('Tom &amp; Jerry &lt;!here&gt;');
    const m = renderAnswer(
      A.answered([A.passage({ text: 'Tom & Jerry <!here>', citation: 'Tom & *Jerry* _x_ ~y~ <!here>' })]),
    );
    // The quote is rich text and the citation plain text: both are literal, so they are sent as written.
    expect(JSON.stringify(m)).toContain('{"type":"text","text":"Tom & Jerry <!here>"}');
    expect(JSON.stringify(m)).toContain(
      '{"type":"plain_text","text":"Source: Tom & *Jerry* _x_ ~y~ <!here>","emoji":false}',
    );
    expect(JSON.stringify(m)).not.toContain('"verbatim":false');
  });

  it('pages a cite answer in the adapter (the core does not page it)', () => {
    const ps = Array.from({ length: 20 }, (_, i) =>
      A.passage({ id: `d#${i}`, text: `Passage ${i}. ${'Words here. '.repeat(200)}` }),
    );
    const answer = A.cite({
      matches: [
        {
          docId: 'd',
          documentTitle: 'D',
          key: 'k',
          reference: 'Ref (2020).',
          bibtex: '',
          ris: '',
          passages: ps,
        },
      ],
    });
    const first = renderAnswer(answer, { ephemeral: false });
    const shown = passages(first).length;
    const second = renderAnswer(answer, { ephemeral: false, skip: shown });
    expect(shown).toBeLessThan(20);
    expect(passages(second)[0]?.quote).toMatch(new RegExp(`^Passage ${shown}\\.`));
    expect(plainText(second)).toContain(`Passages ${shown + 1}–`);
    const beyond = renderAnswer(answer, { ephemeral: false, skip: 99 });
    expect(passages(beyond)[0]?.quote).toMatch(/^Passage 19\./);
  });

  it(`a table row: notes beyond ${L.tableNotes} characters are cut with "Show full passage", which shows them all`, () => {
    const notes = Array.from({ length: 12 }, (_, i) =>
      `${i + 1} ${'Downgraded for imprecision. '.repeat(14)}`.trim(),
    );
    const row = A.rowPassage({ table: A.tableRow({ footnotes: notes }) });
    const m = renderAnswer(A.answered([row]));
    expect(limitViolations(m)).toEqual([]);
    const shown = passages(m)[0]?.attached ?? '';
    expect(shown).toContain(notes[0]);
    expect(shown).not.toContain(notes[11]);
    expect(buttons(m)).toContainEqual(
      expect.objectContaining({ action_id: `${ACTION.full}:0`, value: row.id }),
    );
    const full = renderFullPassage(row);
    expect(limitViolations(full)).toEqual([]);
    for (const n of notes) expect(plainText(full)).toContain(n);
    expect(plainText(full)).not.toContain('notes continue');
  });

  it('refuses an unknown kind of answer loudly', () => {
    expect(() => renderAnswer({ kind: 'mystery' } as unknown as Answer)).toThrow(
      /Unrendered answer kind: "mystery"/,
    );
  });

  it('the full passage: split into quotes, whole when it fits, said to continue when not', () => {
    const text = 'One sentence of the *finding*. '.repeat(200);
    const m = renderFullPassage(A.passage({ text }));
    expect(limitViolations(m)).toEqual([]);
    const quotes = m.blocks.flatMap((b) =>
      b.type === 'rich_text' ? b.elements.flatMap((q) => q.elements.map((e) => e.text).join('')) : [],
    );
    expect(quotes.length).toBeGreaterThan(1);
    expect(quotes.join(' ').replace(/\s+/g, ' ').trim()).toBe(text.replaceAll('*', '').trim());
    expect(plainText(m)).toContain(A.passage().strength.caveat);
    const huge = renderFullPassage(A.passage({ text: text.repeat(5) }));
    expect(limitViolations(huge)).toEqual([]);
    expect(plainText(huge)).toContain('continues in the review');
  });
});

describe('incoming text and retries', () => {
  it("turns Slack's text back into the question: bot mention removed, entities decoded, links to their label", () => {
    expect(
      questionFromSlack('<@UBOT> what about &lt;b&gt; &amp; <https://x.org|this> <@U2|ann>?', 'UBOT'),
    ).toBe('what about <b> & this ann?');
    expect(questionFromSlack('<@UBOT|evidence>   leadership', 'UBOT')).toBe('leadership');
  });

  it('dedupes event ids for a while, then forgets them', () => {
    let t = 0;
    const d = createDedupe({ ttlMs: 1_000, now: () => t });
    expect(d.first('E1')).toBe(true);
    expect(d.first('E1')).toBe(false);
    t = 2_000;
    expect(d.first('E1')).toBe(true);
  });
});
