/**
 * Headings of sections that describe the review rather than report a finding (who wrote it, why and how it
 * was done, references, contact, licence): suggested as role: about, each listed for the owner to check.
 */
import type { Block } from './blocks.js';

const ABOUT = [
  /^(report )?authors?( note| information| contributions)?$/i,
  /^about\b/i,
  /^(how we did|methods?|methodology|search strategy|data extraction|eligibility criteria|study selection)\b/i,
  /^(references|bibliography|reference list|works cited)$/i,
  /^(acknowledg(e)?ments?|funding|conflicts? of interest|competing interests|declarations?|licen[cs]e|copyright|disclaimer)\b/i,
  /^(contact|for more information|further information|citation|suggested citation|how to cite)\b/i,
  /^(context|background)( of the research)?$/i,
  /^(appendi(x|ces)|supplementary|supporting information|additional information|abbreviations)\b/i,
];

export function aboutHeadings(blocks: Block[]): string[] {
  const out = new Set<string>();
  const visit = (list: Block[]) => {
    for (const b of list) {
      const text = b.kind === 'heading' ? b.text : b.kind === 'box' ? b.title : undefined;
      const bare = text?.replace(/^\d+(\.\d+)*\.?\s+/, '').trim();
      if (text && bare && ABOUT.some((re) => re.test(bare))) out.add(text.replace(/\s*\n\s*/g, ' '));
      if (b.kind === 'box') visit(b.blocks);
    }
  };
  visit(blocks);
  return [...out];
}
