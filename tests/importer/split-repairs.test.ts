import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/importer/blocks.js';
import { RepairLog } from '../../src/importer/repairs.js';
import { joinSplitSentences } from '../../src/importer/split-repairs.js';

const p = (text: string): Block => ({ kind: 'paragraph', text });
const h = (text: string): Block => ({ kind: 'heading', level: 2, text });

describe('joinSplitSentences', () => {
  it('joins the nearest unfinished paragraph with the continuation, not an earlier one across it', () => {
    const blocks = [
      p('Correspondence to the first author. E-mail: a@example.org'),
      h('Abstract'),
      p('The review asks what works.'),
      p('Keywords: screens'),
      p('but this is the rest of the keywords line.'),
    ];
    expect(joinSplitSentences(blocks, new RepairLog())).toEqual([
      blocks[0],
      blocks[1],
      blocks[2],
      p('Keywords: screens\nbut this is the rest of the keywords line.'),
    ]);
  });

  it('still joins across a box, and moves the box to the end of the section', () => {
    const box: Block = { kind: 'box', title: 'Box 1', blocks: [p('Inside the box.')] };
    const blocks = [p('Visitors who stayed helped most'), box, p('because trust took time.'), h('Next')];
    expect(joinSplitSentences(blocks, new RepairLog())).toEqual([
      p('Visitors who stayed helped most\nbecause trust took time.'),
      box,
      h('Next'),
    ]);
  });
});
