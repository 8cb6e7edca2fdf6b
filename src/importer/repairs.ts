/**
 * The repairs log: every change the importer makes to the source's words, grouped by kind and counted, with
 * a few examples each, so that the owner can audit it ("line-break hyphens rejoined (14): inter-|vention …").
 * Text edits also keep exactly what was replaced where, so that they can be undone (undoEdits).
 */

export interface RepairGroup {
  kind: string;
  /** What was done, in words: "line-break hyphens rejoined". */
  label: string;
  count: number;
  examples: string[];
}

/** One change inside a block's text: `from` (the extracted text) became `to` at offset `at` of the result. */
export interface TextEdit {
  kind: string;
  at: number;
  from: string;
  to: string;
}

const MAX_EXAMPLES = 3;

export class RepairLog {
  private readonly groups = new Map<string, RepairGroup>();

  add(kind: string, label: string, example?: string, count = 1): void {
    let g = this.groups.get(kind);
    if (!g) {
      g = { kind, label, count: 0, examples: [] };
      this.groups.set(kind, g);
    }
    g.count += count;
    if (example !== undefined && g.examples.length < MAX_EXAMPLES && !g.examples.includes(example)) {
      g.examples.push(example);
    }
  }

  /** Records text edits, one count each, the edit itself as the example. */
  addEdits(edits: TextEdit[], label: (kind: string) => string, example: (e: TextEdit) => string): void {
    for (const e of edits) this.add(e.kind, label(e.kind), example(e));
  }

  list(): RepairGroup[] {
    return [...this.groups.values()];
  }

  total(): number {
    return this.list().reduce((n, g) => n + g.count, 0);
  }

  /** One line per group: `label (count): example, example, …`. */
  lines(): string[] {
    return this.list().map(
      (g) => `${g.label} (${g.count})${g.examples.length > 0 ? `: ${g.examples.join(', ')}` : ''}`,
    );
  }
}

/** Undoes text edits on the repaired text, giving back the extracted text. */
export function undoEdits(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.at - a.at)) {
    out = out.slice(0, e.at) + e.from + out.slice(e.at + e.to.length);
  }
  return out;
}
