import { ButtonStyle, ComponentType } from 'discord.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAction, encodeAction, INLINE_QUERY_MAX } from '../../../src/adapters/discord/custom-ids.js';
import { DISCORD_BUDGET, DISCORD_LIMITS } from '../../../src/adapters/discord/limits.js';
import { buttonRows, embedsLength, limitViolations } from '../../../src/adapters/discord/message.js';
import { renderFullPassage } from '../../../src/adapters/discord/render/full-passage.js';
import { renderAnswer } from '../../../src/adapters/discord/render/index.js';
import { md, unmd } from '../../../src/adapters/discord/text.js';
import type { Answer } from '../../../src/retrieval/answer.js';
import * as A from '../../contract/answers.js';
import { liveSpans, testContext } from './inspector.js';

const sentence =
  'Integration depends on leadership that is shared across services and sustained over years. ';

describe('md (escaping for Discord Markdown)', () => {
  it('makes every hostile string inert, and the detector sees them when raw', () => {
    // The ones Discord would render live; the Slack-only forms (<!channel>, <@U…>) are inert in Discord anyway.
    for (const h of [
      '@here',
      '@everyone',
      '<@123456789012345678>',
      '<@&123456789012345678>',
      '<#123456789012345678>',
      '<https://evil.example|click me>',
    ]) {
      expect(liveSpans(h), h).not.toEqual([]);
      expect(liveSpans(md(h)), h).toEqual([]);
    }
    expect(liveSpans(md('see [docs](https://evil.example) @everyone'))).toEqual([]);
  });

  it('is undone exactly by unmd (the reader sees the source text)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => unmd(md(s)) === s));
    expect(unmd(md('a \\*b\\* 1. c'))).toBe('a \\*b\\* 1. c');
  });
});

describe('renderAnswer', () => {
  it('keeps the 6,000 total that discord.js does not check: long passages share it and the rest pages on', () => {
    const passages = [1, 2, 3, 4, 5].map((i) => A.passage({ id: `d#p${i}`, text: sentence.repeat(50) }));
    expect(passages[0]?.text.length).toBeGreaterThan(DISCORD_LIMITS.embedDescription);
    const { message, meta } = renderAnswer(
      A.answered(passages, { page: { offset: 0, limit: 5, total: 9 } }),
      testContext(),
    );
    expect(limitViolations(message)).toEqual([]);
    expect(embedsLength(message.embeds)).toBeLessThanOrEqual(DISCORD_LIMITS.embedsTotal);
    expect(embedsLength(message.embeds)).toBeGreaterThan(5_000); // the budget is used, not wasted
    // Every description is cut at a sentence end, with an ellipsis and a visible note.
    for (const e of message.embeds)
      expect(e.description).toMatch(
        /years\.…\n\n\*\[Passage cut here: “Full passage \d” shows the rest\.\]\*$/,
      );
    const labels = message.components.flatMap((r) => r.components.map((b) => ('label' in b ? b.label : '')));
    expect(labels.filter((l) => l?.startsWith('Full passage'))).toHaveLength(message.embeds.length);
    expect(meta.passageIds).toEqual(passages.slice(0, message.embeds.length).map((p) => p.id));
    if (message.embeds.length < 5) expect(message.content).toContain('did not fit');
    expect(meta.nextOffset).toBe(message.embeds.length);
  });

  it('keeps one 20,000-character passage within every limit, with its frame whole', () => {
    const huge = A.passage({ text: sentence.repeat(220) });
    const { message } = renderAnswer(A.answered([huge]), testContext());
    expect(limitViolations(message)).toEqual([]);
    const [embed] = message.embeds;
    expect(embed?.description?.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
    expect(embed?.fields?.map((f) => f.name)).toEqual([
      'Cited as',
      'Section',
      'Strength of evidence: ▰▰▱▱ limited',
      'Studies cited',
    ]);
    expect(embed?.color).toBe(0xf9a825);
    expect(embed?.footer?.text).toBe(huge.documentTitle);
  });

  it('offers Share only on an ephemeral answer, and no sources or feedback on "no evidence"', () => {
    const labels = (a: Answer, ephemeral: boolean) =>
      renderAnswer(a, testContext(ephemeral)).message.components.flatMap((r) =>
        r.components.map((b) => ('label' in b ? b.label : '')),
      );
    expect(labels(A.answered(), true)).toEqual(['More results', 'Share', '👍 Helpful', '👎 Not helpful']);
    expect(labels(A.answered(), false)).toEqual(['More results', '👍 Helpful', '👎 Not helpful']);
    const none = renderAnswer(A.noMatch(), testContext()).message;
    expect(none.embeds).toHaveLength(1);
    expect(none.embeds[0]?.fields).toBeUndefined();
    expect(labels(A.noMatch(), true)).toEqual(['Leadership', 'Workforce', 'Data sharing']);
  });

  it('fails loudly on an Answer kind it does not know (the switch is exhaustive)', () => {
    expect(() => renderAnswer({ kind: 'new_kind' } as unknown as Answer, testContext())).toThrow(
      /unrendered answer kind/,
    );
  });

  it('splits the full passage over messages that each repeat the citation and caveat', () => {
    const huge = A.passage({ text: sentence.repeat(220) });
    const parts = renderFullPassage(huge);
    expect(parts.length).toBeGreaterThan(3);
    const words = parts.map((m) => unmd(m.embeds[0]?.description ?? '')).join(' ');
    expect(words.replace(/\s+/g, ' ').trim()).toBe(huge.text.replace(/\s+/g, ' ').trim());
    for (const m of parts) {
      expect(limitViolations(m)).toEqual([]);
      expect(m.embeds[0]?.fields?.map((f) => unmd(f.value))).toContain(huge.strength.caveat);
    }
  });
});

describe('a findings-table row', () => {
  const notes = Array.from({ length: 6 }, (_, i) =>
    `${i + 1} ${'Downgraded for imprecision. '.repeat(15)}`.trim(),
  );
  const row = A.rowPassage({ table: A.tableRow({ footnotes: notes }) });
  const fieldText = (m: { embeds: { fields?: { value: string }[] }[] }) =>
    (m.embeds[0]?.fields ?? []).map((f) => unmd(f.value)).join('\n');

  it('shows its cells as label: value lines in the quote, its caption and notes in a Table field', () => {
    const m = renderAnswer(A.answered([A.rowPassage()]), testContext()).message;
    expect(unmd(m.embeds[0]?.description ?? '')).toBe(
      'Outcomes: Experienced homelessness 24 months from baseline\nRelative effect (95% CI): -0.20 SDs [-0.46, 0.05]\nCertainty of the evidence (GRADE): ⊕  Very low¹',
    );
    expect(m.embeds[0]?.fields?.find((f) => f.name === 'Table')?.value).toBe(
      md(
        'Table: Table 24: Summary GRADE quality assessment for housing outcomes\nTable note: ¹ Downgraded two levels for risk of bias and one level for imprecision',
      ),
    );
  });

  it(`cuts notes beyond ${DISCORD_BUDGET.tableNotes} characters with "Full passage", which shows them all`, () => {
    const { message } = renderAnswer(A.answered([row]), testContext());
    expect(limitViolations(message)).toEqual([]);
    const shown = fieldText(message);
    expect(shown).toContain(notes[0]);
    expect(shown).not.toContain(notes[5]);
    expect(shown).toContain('“Full passage 1” shows them');
    expect(
      message.components.flatMap((r) => r.components.map((b) => ('label' in b ? b.label : ''))),
    ).toContain('Full passage 1');
    for (const part of renderFullPassage(row)) {
      expect(limitViolations(part)).toEqual([]);
      for (const n of notes) expect(fieldText(part)).toContain(n);
    }
  });
});

describe('limits the builders do not check', () => {
  const b = (i: number) => ({
    type: ComponentType.Button as const,
    style: ButtonStyle.Secondary as const,
    label: `b${i}`,
    custom_id: `id${i}`,
  });

  it('puts at most five buttons in a row, and flags a row of six', () => {
    expect(buttonRows([0, 1, 2, 3, 4, 5, 6].map(b)).map((r) => r.components.length)).toEqual([5, 2]);
    expect(() => buttonRows(Array.from({ length: 26 }, (_, i) => b(i)))).toThrow(RangeError);
    const six = {
      content: 'x',
      embeds: [],
      components: [{ type: ComponentType.ActionRow as const, components: [0, 1, 2, 3, 4, 5].map(b) }],
    };
    expect(limitViolations(six)).toEqual(['row 0 buttons: 6 > 5']);
  });

  it('flags 6,001 characters across embeds even when each embed is within its own limits', () => {
    const embeds = [{ description: 'x'.repeat(4_000) }, { description: 'y'.repeat(2_001) }];
    expect(limitViolations({ content: '', embeds, components: [] })).toEqual(['embeds total: 6001 > 6000']);
  });
});

describe('custom ids', () => {
  it('round-trip, carry a short question inline and stay within 100 characters', () => {
    const ref = { q: 'x'.repeat(INLINE_QUERY_MAX) };
    for (const a of [
      { kind: 'more' as const, offset: 3, ref },
      { kind: 'feedback' as const, rating: 'down' as const, offset: 999, ref },
      { kind: 'full' as const, ref: { k: 'abc' } },
    ]) {
      const id = encodeAction(a);
      expect(id.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
      expect(decodeAction(id)).toEqual(a);
    }
    expect(decodeAction('something-else')).toBeUndefined();
  });
});
