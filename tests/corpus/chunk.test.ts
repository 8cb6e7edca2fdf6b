/**
 * Chunking: passages of whole sentences, 40–150 words where the text allows, never across a heading,
 * with ids that depend only on the document id and the passage's own text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkBody, MAX_WORDS, MIN_WORDS } from '../../src/corpus/chunk.js';
import { parseBlocks } from '../../src/corpus/markdown.js';
import { sentenceSpans, wordCount } from '../../src/corpus/sentences.js';
import { one, paragraph, sentence } from './helpers.js';

const words = (body: string) => chunkBody(body).map((c) => wordCount(body.slice(c.start, c.end)));
const texts = (body: string) => chunkBody(body).map((c) => body.slice(c.start, c.end));

describe('chunk boundaries', () => {
  it('uses the documented bounds', () => {
    expect([MIN_WORDS, MAX_WORDS]).toEqual([40, 150]);
  });

  it('keeps a paragraph of 40–150 words whole', () => {
    const p = paragraph([30, 30, 30], 'a');
    expect(texts(`## A\n\n${p}\n`)).toEqual([p]);
  });

  it('joins short paragraphs of the same section', () => {
    const a = paragraph([10, 10], 'a');
    const b = paragraph([25], 'b');
    const body = `## A\n\n${a}\n\n${b}\n`;
    expect(texts(body)).toEqual([`${a}\n\n${b}`]);
    expect(words(body)).toEqual([45]);
  });

  it('lets a short section stand alone rather than merge across a heading', () => {
    const body = `## A\n\n${sentence(10, 'a')}\n\n## B\n\n${sentence(12, 'b')}\n`;
    expect(words(body)).toEqual([10, 12]);
    expect(chunkBody(body).map((c) => c.headingPath)).toEqual([['A'], ['B']]);
  });

  it('never merges a section into its sub-section or the next section of the same name', () => {
    const s = (t: string) => sentence(8, t);
    const body = `## A\n\n${s('a')}\n\n### B\n\n${s('b')}\n\n## A\n\n${s('c')}\n\n# Top\n\n${s('d')}\n`;
    const chunks = chunkBody(body);
    expect(chunks.map((c) => c.headingPath)).toEqual([['A'], ['A', 'B'], ['A'], ['Top']]);
    for (const c of chunks) expect(body.slice(c.start, c.end)).not.toMatch(/^#/m);
  });

  it('cuts an over-long paragraph into balanced runs of whole sentences', () => {
    const p = paragraph(Array(16).fill(10), 'a'); // 160 words
    const body = `## A\n\n${p}\n`;
    expect(words(body)).toEqual([80, 80]);
    const p3 = paragraph(Array(31).fill(10), 'b'); // 310 words → 3 pieces
    const w3 = words(`## A\n\n${p3}\n`);
    expect(w3.reduce((a, b) => a + b, 0)).toBe(310);
    expect(w3).toHaveLength(3);
    for (const n of w3) expect(n).toBeLessThanOrEqual(MAX_WORDS);
    for (const n of w3) expect(n).toBeGreaterThanOrEqual(MIN_WORDS);
  });

  it('keeps a single sentence longer than 150 words whole', () => {
    const long = sentence(200, 'long');
    const body = `## A\n\n${sentence(10, 'x')} ${long} ${sentence(10, 'y')}\n`;
    const t = texts(body);
    expect(t).toContain(long);
    expect(words(body).some((n) => n === 200)).toBe(true);
  });

  it('never ends a passage inside a sentence (abbreviation-heavy text)', () => {
    const p =
      'Dr. Smith et al. reviewed 12 studies, e.g. trials in the U.K. and the U.S., in 2021. ' +
      'They found mixed results. '.repeat(20) +
      'The review (Smith, 2021) says so.';
    const body = `## A\n\n${p}\n`;
    const joined = texts(body).join(' ');
    expect(joined.replace(/\s+/g, ' ')).toBe(p.replace(/\s+/g, ' '));
    expect(texts(body)[0]).toMatch(/^Dr\. Smith et al\. reviewed 12 studies, e\.g\. trials in the U\.K\./);
  });

  it('skips blocks that are only an HTML comment', () => {
    const body = `## A\n\n<!-- editor's note -->\n\n${sentence(10, 'a')}\n`;
    expect(texts(body)).toEqual([sentence(10, 'a')]);
  });

  // Regression test, fixed since (src/corpus/chunk.ts mergeShort): a short passage only merges forward (or, if it is the last,
  // backward). Section paragraphs of 120, 20 and 140 words give passages [120, 20, 140]: the 20-word
  // paragraph stands alone although it fits with the 120-word one before it (140 <= 150), against the
  // rule in chunk.ts "joins its neighbour in the same section when the two fit in MAX_WORDS".
  // Repro: chunkBody(`## S\n\n${120 words}\n\n${20 words}\n\n${140 words}\n`).
  it('a short paragraph joins the previous one when the next one is too big', () => {
    const body = `## S\n\n${paragraph([60, 60], 'a')}\n\n${paragraph([20], 'b')}\n\n${paragraph([70, 70], 'c')}\n`;
    expect(words(body)).toEqual([140, 140]);
  });
});

describe('an introduction ending in a colon', () => {
  it('stays with the list it introduces even when the two exceed MAX_WORDS', () => {
    const intro = `${paragraph([30], 'a')} To be enrolled, young people need to:`;
    const list = Array.from({ length: 8 }, (_, i) => `- ${sentence(16, `item${i}`)}`).join('\n');
    const body = `## A\n\n${intro}\n\n${list}\n`;
    expect(wordCount(intro) + wordCount(list)).toBeGreaterThan(MAX_WORDS);
    const t = texts(body);
    const first = t.find((x) => x.includes('need to:'));
    expect(first).toBeDefined();
    expect(first).toContain('item0');
    expect(t.some((x) => /:\s*$/.test(x))).toBe(false);
  });
});

describe('passage ids', () => {
  const body = (intro: string, middle: string) =>
    [
      '',
      intro,
      '',
      '## Findings',
      '',
      paragraph([20, 25], 'f'),
      '',
      middle,
      '',
      '## Later',
      '',
      paragraph([30, 20], 'l'),
      '',
    ].join('\n');
  const ids = (b: string) =>
    new Map(one({ body: b, preambleRole: 'finding' }).passages.map((p) => [p.text, p.id]));

  it('are unique and carry the document id', () => {
    const same = paragraph([45], 'same');
    const { passages } = one({ id: 'doc-a', body: `\n## A\n\n${same}\n\n## B\n\n${same}\n` });
    expect(passages).toHaveLength(2);
    expect(passages.map((p) => p.text)).toEqual([same, same]);
    const [a, b] = passages.map((p) => p.id);
    expect(a).toMatch(/^doc-a:[0-9a-f]{10}$/);
    expect(b).toBe(`${a}-2`);
  });

  it('do not change when text elsewhere in the file changes', () => {
    const before = ids(body(paragraph([50], 'intro'), paragraph([60], 'mid')));
    const after = ids(body(paragraph([55], 'changed intro'), paragraph([61], 'mid changed')));
    const later = paragraph([30, 20], 'l');
    const findings = paragraph([20, 25], 'f');
    expect(after.get(later)).toBe(before.get(later));
    expect(after.get(findings)).toBe(before.get(findings));
    // …and the edited passages did get new ids.
    expect(after.get(paragraph([55], 'changed intro'))).not.toBe(before.get(paragraph([50], 'intro')));
  });

  it('do not change when a section is inserted above, or when the run of runs is repeated', () => {
    const b = body(paragraph([50], 'intro'), paragraph([60], 'mid'));
    const first = one({ body: b }).passages.map((p) => p.id);
    expect(one({ body: b }).passages.map((p) => p.id)).toEqual(first);
    const inserted = b.replace('## Findings', `## New\n\n${paragraph([70], 'new')}\n\n## Findings`);
    const again = one({ body: inserted }).passages.map((p) => p.id);
    for (const id of first) expect(again).toContain(id);
  });

  it('do not change when a passage is only re-wrapped (line breaks and spaces)', () => {
    const p = paragraph([25, 25], 'w');
    const wrapped = p.replace(/ (Some word)/g, '\n$1').replace('word', 'word  ');
    const a = one({ body: `\n## A\n\n${p}\n` }).passages[0];
    const b = one({ body: `\n## A\n\n${wrapped}\n` }).passages[0];
    expect(b?.text).not.toBe(a?.text);
    expect(b?.id).toBe(a?.id);
  });

  it('differ between documents with the same text', () => {
    const b = `\n## A\n\n${paragraph([45], 'x')}\n`;
    expect(one({ id: 'doc-one', body: b }).passages[0]?.id).not.toBe(
      one({ id: 'doc-two', body: b }).passages[0]?.id,
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// Property: chunking loses and duplicates no sentence, and keeps every rule, for any Markdown made of
// headings and paragraphs of sentences.

const word = fc.stringMatching(/^[a-z]{1,9}$/);
const capWord = word.map((w) => w[0]?.toUpperCase() + w.slice(1));
const genSentence = fc
  .tuple(
    capWord,
    fc.array(word, { minLength: 0, maxLength: 30 }),
    fc.constantFrom('.', '.', '.', '?', '!'),
    fc.constantFrom('', '', '', ' (Smith, 2020)', ' (Fixen and Blase, 2019)'),
  )
  .map(([first, rest, stop, cite]) => `${[first, ...rest].join(' ')}${cite}${stop}`);
/** An occasional very long sentence, to exercise the over-long paragraph path. */
const longSentence = fc
  .tuple(capWord, fc.array(word, { minLength: 140, maxLength: 220 }))
  .map(([first, rest]) => `${[first, ...rest].join(' ')}.`);
const genParagraph = fc
  .tuple(
    fc.array(fc.oneof({ weight: 12, arbitrary: genSentence }, { weight: 1, arbitrary: longSentence }), {
      minLength: 1,
      maxLength: 14,
    }),
    fc.boolean(),
  )
  // Sometimes hard-wrapped: sentences on lines of their own within one paragraph.
  .map(([ss, wrap]) => ss.join(wrap ? '\n' : ' '));
const genHeading = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.array(capWord, { minLength: 1, maxLength: 5 }))
  .map(([level, ws]) => `${'#'.repeat(level)} ${ws.join(' ')}`);
const genBody = fc
  .array(fc.oneof({ weight: 1, arbitrary: genHeading }, { weight: 3, arbitrary: genParagraph }), {
    minLength: 1,
    maxLength: 25,
  })
  .map((parts) => `\n${parts.join('\n\n')}\n`);

describe('property: chunking any Markdown', () => {
  it('loses and duplicates no sentence', () => {
    fc.assert(
      fc.property(genBody, (body) => {
        const fromBlocks = parseBlocks(body).blocks.flatMap((b) => sentenceSpans(body, b.start, b.end));
        const fromChunks = chunkBody(body).flatMap((c) => sentenceSpans(body, c.start, c.end));
        expect(fromChunks).toEqual(fromBlocks);
      }),
      { numRuns: 300 },
    );
  });

  it('never crosses a heading, and stays within 150 words unless it is one sentence', () => {
    fc.assert(
      fc.property(genBody, (body) => {
        const { blocks } = parseBlocks(body);
        for (const c of chunkBody(body)) {
          const text = body.slice(c.start, c.end);
          expect(text).not.toMatch(/^#{1,6}[ \t]/m);
          expect(text).toBe(text.trim());
          // Every block the chunk touches has the chunk's heading path.
          const touched = blocks.filter((b) => b.start < c.end && b.end > c.start);
          expect(touched.length).toBeGreaterThan(0);
          for (const b of touched) expect(b.headingPath).toEqual(c.headingPath);
          if (wordCount(text) > MAX_WORDS) expect(sentenceSpans(body, c.start, c.end)).toHaveLength(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives unique ids to every passage of a generated review', () => {
    fc.assert(
      fc.property(genBody, (body) => {
        fc.pre(parseBlocks(body).blocks.length > 0);
        const { passages } = one({ body });
        expect(new Set(passages.map((p) => p.id)).size).toBe(passages.length);
        for (const p of passages) expect(p.text).toBe(body.slice(p.start, p.end));
      }),
      { numRuns: 100 },
    );
  });
});
