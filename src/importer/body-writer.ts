/**
 * Writes blocks as the draft's Markdown body: ATX headings at the source's levels, paragraphs, list items,
 * pipe tables (cells verbatim, "|" escaped), boxes as sections of their own one level below the section they
 * stand in. Figure captions are left out (the figure is not in the text) and listed in the repairs.
 */
import type { Block } from './blocks.js';
import type { RepairLog } from './repairs.js';

function cell(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

export function pipeTable(header: string[], rows: string[][]): string {
  const width = Math.max(header.length, ...rows.map((r) => r.length));
  const pad = (r: string[]) => Array.from({ length: width }, (_, i) => cell(r[i] ?? ''));
  const line = (r: string[]) => `| ${pad(r).join(' | ')} |`;
  return [
    line(header),
    `| ${Array.from({ length: width }, () => '---').join(' | ')} |`,
    ...rows.map(line),
  ].join('\n');
}

/** A text line that starts with "#" would become a heading: "\#" keeps it text (docs/corpus-format.md). */
function escapeHashes(text: string, log: RepairLog): string {
  return text.replace(/^#/gm, (m) => {
    log.add(
      'hash-escape',
      'lines that start with "#" but are not headings written as "\\#" (shown without the backslash)',
      text.slice(0, 20),
    );
    return `\\${m}`;
  });
}

export function writeBody(blocks: Block[], log: RepairLog): string {
  const parts: string[] = [];
  let level = 1;
  let listOpen = false;
  const push = (text: string, list = false) => {
    if (list && listOpen) parts[parts.length - 1] += `\n${text}`;
    else parts.push(text);
    listOpen = list;
  };
  const visit = (list: Block[]) => {
    for (const b of list) {
      switch (b.kind) {
        case 'heading':
          level = Math.min(Math.max(b.level, 1), 6);
          push(`${'#'.repeat(level)} ${b.text.replace(/\s*\n\s*/g, ' ')}`);
          break;
        case 'paragraph':
        case 'footnote':
          push(escapeHashes(b.text, log));
          break;
        case 'list-item':
          push(`${'  '.repeat(b.depth ?? 0)}- ${b.text}`, true);
          break;
        case 'table':
          if (b.caption) push(b.caption);
          push(pipeTable(b.header, b.rows));
          break;
        case 'caption':
          log.add('caption', 'figure captions left out (the figure is not in the text)', b.text.slice(0, 50));
          break;
        case 'box': {
          const outer = level;
          if (b.title) {
            level = Math.min(outer + 1, 6);
            push(`${'#'.repeat(level)} ${b.title}`);
          }
          visit(b.blocks);
          level = outer;
          break;
        }
      }
    }
  };
  visit(blocks);
  return `${parts.join('\n\n')}\n`;
}
