/** YAML parsed with the line of every field path, so that a problem can name its line. */
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';

export interface ParsedYaml {
  data: unknown;
  /** YAML syntax errors, with their lines. */
  errors: { line: number; message: string }[];
  /** 1-based line of a field path (the nearest existing ancestor when the field is missing). */
  lineOf(path: readonly PropertyKey[]): number;
}

export function parseYamlWithLines(text: string): ParsedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => counter.linePos(offset).line;
  const lineOf = (path: readonly PropertyKey[]): number => {
    let node: unknown = doc.contents;
    let line = 1;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find(
          (p) => String((p.key as { value?: unknown } | null)?.value) === String(key),
        );
        if (!pair) break;
        const keyNode = pair.key as YamlNode | null;
        if (keyNode?.range) line = lineAt(keyNode.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as YamlNode | undefined;
        if (!item) break;
        if (item.range) line = lineAt(item.range[0]);
        node = item;
      } else break;
    }
    return line;
  };
  const errors = doc.errors.map((e) => ({ line: lineAt(e.pos[0]), message: e.message.split('\n')[0] ?? '' }));
  return { data: errors.length > 0 ? undefined : doc.toJS(), errors, lineOf };
}
