/**
 * Applies the text repairs (text-repairs.ts) to every block, logging each one, and turns paragraphs opened by
 * a bullet glyph into list items. Returns, for each output block, the edits made to its text, so that the
 * extracted text can be rebuilt from the draft's (undoEdits): the audit property the tests check.
 */
import type { Block } from './blocks.js';
import type { RepairLog, TextEdit } from './repairs.js';
import { bulletGlyph, repairText, SILENT_KINDS, TEXT_REPAIR_LABELS } from './text-repairs.js';
import type { Vocabulary } from './vocabulary.js';

export interface Normalized {
  blocks: Block[];
  /** edits[i]: the edits that turned the extracted text of blocks[i] into its text (text blocks only). */
  edits: TextEdit[][];
}

function logEdits(edits: TextEdit[], log: RepairLog): void {
  for (const e of edits) {
    if (SILENT_KINDS.has(e.kind)) continue;
    const example =
      e.kind === 'bullet-glyph'
        ? `U+${e.from.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`
        : e.kind === 'ligature'
          ? `${e.from} → ${e.to}`
          : e.from.replace(/-\s*\n\s*/, '-|');
    log.add(e.kind, TEXT_REPAIR_LABELS[e.kind] ?? e.kind, example);
  }
}

function fix(text: string, vocab: Vocabulary, log: RepairLog): { text: string; edits: TextEdit[] } {
  const r = repairText(text, vocab);
  logEdits(r.edits, log);
  return r;
}

export function normalizeBlocks(blocks: Block[], vocab: Vocabulary, log: RepairLog): Normalized {
  const out: Block[] = [];
  const edits: TextEdit[][] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'paragraph':
      case 'list-item': {
        const bullet = bulletGlyph(b.text);
        const r = fix(bullet ? bullet.text : b.text, vocab, log);
        if (bullet) {
          logEdits([bullet.edit], log);
          out.push({ kind: 'list-item', text: r.text });
          // The glyph was removed before the text edits: listed last, it is undone last (undoEdits is stable).
          edits.push([...r.edits, bullet.edit]);
        } else {
          out.push({ ...b, text: r.text });
          edits.push(r.edits);
        }
        break;
      }
      case 'heading':
      case 'caption':
      case 'footnote': {
        const r = fix(b.text, vocab, log);
        out.push({ ...b, text: r.text });
        edits.push(r.edits);
        break;
      }
      case 'table':
        out.push({
          ...b,
          header: b.header.map((c) => fix(c, vocab, log).text),
          rows: b.rows.map((row) => row.map((c) => fix(c, vocab, log).text)),
        });
        edits.push([]);
        break;
      case 'box': {
        const inner = normalizeBlocks(b.blocks, vocab, log);
        out.push({ ...b, blocks: inner.blocks });
        edits.push([]);
        break;
      }
    }
  }
  return { blocks: out, edits };
}
