/**
 * The line of a field path in a parsed YAML document (the nearest existing ancestor's line when the field is
 * missing), so that a problem can name its line. Shared by the corpus front matter and the scopes file.
 */
import { type Document, isMap, isSeq, type Node as YamlNode } from 'yaml';

/** `toLine` turns a character offset of the parsed text into the line to report; `fallback` is the line of the
 * document itself. */
export function yamlPathLine(
  doc: Document,
  path: readonly PropertyKey[],
  toLine: (offset: number) => number,
  fallback: number,
): number {
  let node: unknown = doc.contents;
  const start = (node as YamlNode | null)?.range;
  let line = start ? toLine(start[0]) : fallback;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => String((p.key as { value?: unknown } | null)?.value) === String(key),
      );
      if (!pair) break;
      const keyNode = pair.key as YamlNode | null;
      if (keyNode?.range) line = toLine(keyNode.range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as YamlNode | undefined;
      if (!item) break;
      if (item.range) line = toLine(item.range[0]);
      node = item;
    } else break;
  }
  return line;
}
