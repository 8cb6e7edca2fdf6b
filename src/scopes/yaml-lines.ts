/** YAML parsed with the line of every field path, so that a problem can name its line. */
import { LineCounter, parseDocument } from 'yaml';
import { yamlPathLine } from '../corpus/yaml-path-line.js';

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
  const lineOf = (path: readonly PropertyKey[]): number => yamlPathLine(doc, path, lineAt, 1);
  const errors = doc.errors.map((e) => ({ line: lineAt(e.pos[0]), message: e.message.split('\n')[0] ?? '' }));
  return { data: errors.length > 0 ? undefined : doc.toJS(), errors, lineOf };
}
