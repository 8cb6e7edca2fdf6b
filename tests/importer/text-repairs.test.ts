import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeBlocks } from '../../src/importer/normalize.js';
import { RepairLog, undoEdits } from '../../src/importer/repairs.js';
import { bulletGlyph, repairText } from '../../src/importer/text-repairs.js';
import { Vocabulary } from '../../src/importer/vocabulary.js';

const vocab = (...texts: string[]) => new Vocabulary(texts);

describe('line-break hyphens', () => {
  it('rejoins a word broken at a line end when English or the document knows the joined word', () => {
    expect(repairText('an inter-\nvention that', vocab()).text).toBe('an intervention that');
    expect(repairText('the Teach-\nabout model', vocab('Teachabout is ours')).text).toBe(
      'the Teachabout model',
    );
  });

  it('keeps the hyphen of a compound the document writes with one, and of a suspended hyphen', () => {
    expect(repairText('their well-\nbeing', vocab('well-being matters')).text).toBe('their well-being');
    expect(repairText('in low-\nand middle-income countries', vocab()).text).toBe(
      'in low- and middle-income countries',
    );
    expect(repairText('the CAMHS-\nNHS link', vocab()).text).toBe('the CAMHS-NHS link');
  });

  it('records each edit with its kind, and the log groups and counts them with examples', () => {
    const log = new RepairLog();
    const { blocks } = normalizeBlocks(
      [
        { kind: 'paragraph', text: 'an inter-\nvention and a pre-\nvention, with ﬁve ﬂows' },
        { kind: 'paragraph', text: '\uF0B7 first point' },
      ],
      vocab(),
      log,
    );
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'an intervention and a prevention, with five flows' },
      { kind: 'list-item', text: 'first point' },
    ]);
    expect(log.lines()).toEqual([
      'line-break hyphens rejoined (2): inter-|vention, pre-|vention',
      'ligatures replaced by their letters (2): ﬁ → fi, ﬂ → fl',
      'bullet glyphs replaced by list items (1): U+F0B7',
    ]);
  });
});

describe('bullet glyphs', () => {
  it('takes the glyph and the space after it off a list item', () => {
    expect(bulletGlyph('• item one')).toMatchObject({ text: 'item one', glyph: 'U+2022' });
    expect(bulletGlyph('\uF0E8\titem')).toMatchObject({ text: 'item', glyph: 'U+F0E8' });
    expect(bulletGlyph('No bullet here')).toBeUndefined();
  });
});

describe('the audit property: undoing the listed repairs gives back the extracted text', () => {
  const piece = fc.oneof(
    fc.constantFrom(
      'inter-\nvention',
      'well-\nbeing',
      'low-\nand',
      'ﬁ',
      'ﬂ',
      'ﬃ',
      '\n',
      ' \n ',
      'a-\n b',
      '-',
      ' ',
    ),
    fc.stringMatching(/^[a-zA-Z]{1,8}$/),
  );
  const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));

  it('holds for any text of words, line breaks, hyphens and ligatures', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (t, bullet) => {
        const extracted = bullet ? `• ${t}` : t;
        const { blocks, edits } = normalizeBlocks(
          [{ kind: 'paragraph', text: extracted }],
          vocab('well-being'),
          new RepairLog(),
        );
        const out = blocks[0];
        expect(out && 'text' in out ? undoEdits(out.text, edits[0] ?? []) : undefined).toBe(extracted);
      }),
    );
  });
});
