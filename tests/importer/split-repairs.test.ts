import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/importer/blocks.js';
import { RepairLog } from '../../src/importer/repairs.js';
import { joinSplitSentences, placeBoxes } from '../../src/importer/split-repairs.js';

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

  it('still joins across a box, and places the box after the joined paragraph', () => {
    const box: Block = { kind: 'box', title: 'Box 1', blocks: [p('Inside the box.')] };
    const blocks = [p('Visitors who stayed helped most'), box, p('because trust took time.'), h('Next')];
    expect(joinSplitSentences(blocks, new RepairLog())).toEqual([
      p('Visitors who stayed helped most\nbecause trust took time.'),
      box,
      h('Next'),
    ]);
  });
});

describe('placeBoxes', () => {
  const box: Block = {
    kind: 'box',
    title: 'Box 1: About this review',
    blocks: [p('We searched four databases.')],
  };

  it('leaves a box straight after the paragraph it follows when that paragraph ends its section', () => {
    const blocks = [h('Findings'), p('Visits helped.'), box, h('Costs'), p('Costs varied.')];
    const log = new RepairLog();
    expect(placeBoxes(blocks, log)).toEqual(blocks);
    expect(log.list()).toEqual([]);
  });

  it('moves a box that more of its section follows to the end of the section, and lists it', () => {
    const blocks = [h('Findings'), p('Visits helped.'), box, p('Trust grew.'), p('Costs fell.'), h('Costs')];
    const log = new RepairLog();
    expect(placeBoxes(blocks, log)).toEqual([
      h('Findings'),
      p('Visits helped.'),
      p('Trust grew.'),
      p('Costs fell.'),
      box,
      h('Costs'),
    ]);
    expect(log.lines()).toEqual([
      'boxes placed at the end of their section, not straight after the paragraph they follow (there, the box\'s heading would take in the rest of the section) (1): "Box 1: About this review" (2 block(s) of the section before it)',
    ]);
  });

  it('after joining a sentence it split, places the box after the paragraph, or at the end of a longer section', () => {
    const split = [h('Findings'), p('Visitors who stayed helped most'), box, p('because trust took time.')];
    expect(placeBoxes(joinSplitSentences(split, new RepairLog()), new RepairLog())).toEqual([
      h('Findings'),
      p('Visitors who stayed helped most\nbecause trust took time.'),
      box,
    ]);
    const longer = [...split, p('Parents said so.')];
    expect(placeBoxes(joinSplitSentences(longer, new RepairLog()), new RepairLog())).toEqual([
      h('Findings'),
      p('Visitors who stayed helped most\nbecause trust took time.'),
      p('Parents said so.'),
      box,
    ]);
  });
});
