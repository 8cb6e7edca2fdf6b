/**
 * Splits a corpus file into YAML front matter and Markdown body, and maps front-matter field paths to
 * line numbers so that every problem can name its line.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { CorpusProblem } from './errors.js';
import { yamlPathLine } from './yaml-path-line.js';

export interface SplitFile {
  /** Parsed YAML, or undefined when it could not be parsed (problems say why). */
  data: unknown;
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
  /** Line of a field path in the file (the nearest existing ancestor when the field is missing). */
  lineOf(path: readonly PropertyKey[]): number;
  problems: CorpusProblem[];
}

export function splitFrontMatter(file: string, source: string): SplitFile {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const open = /^---[ \t]*\n/.exec(text);
  const close = open ? /\n---[ \t]*(\n|$)/.exec(text.slice(open[0].length - 1)) : null;
  if (!open || !close) {
    return {
      data: undefined,
      body: text,
      bodyLine: 1,
      lineOf: () => 1,
      problems: [
        {
          file,
          line: 1,
          field: '(front matter)',
          message:
            'the file must start with YAML front matter between two "---" lines (see docs/corpus-format.md)',
        },
      ],
    };
  }
  const yamlStart = open[0].length;
  const yamlText = text.slice(yamlStart, yamlStart - 1 + close.index + 1);
  const bodyStart = yamlStart - 1 + close.index + close[0].length;
  const bodyLine = text.slice(0, bodyStart).split('\n').length;
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const toFileLine = (offset: number) => counter.linePos(offset).line + 1;
  const yamlLines = yamlText.split('\n');
  const problems: CorpusProblem[] = doc.errors.map((e) => {
    const line = toFileLine(e.pos[0]);
    // File line 2 is the first YAML line; a fault is often reported on the line after its key.
    const hint = yamlHint(yamlLines[line - 2] ?? '') ?? yamlHint(yamlLines[line - 3] ?? '');
    return {
      file,
      line,
      field: '(front matter)',
      message: `YAML: ${e.message.split('\n')[0] ?? e.message}${hint ? ` (${hint})` : ''}`,
    };
  });
  const lineOf = (path: readonly PropertyKey[]): number => yamlPathLine(doc, path, toFileLine, 2);
  return {
    data: problems.length > 0 ? undefined : doc.toJS(),
    body: text.slice(bodyStart),
    bodyLine,
    lineOf,
    problems,
  };
}

/**
 * Names the key of a YAML line and, for the common fault (an unquoted value that contains ": "), says how to
 * fix it: `basis: Summary: GRADE` → quote it: basis: "Summary: GRADE".
 */
export function yamlHint(line: string): string | undefined {
  const m = /^\s*(?:-\s+)?([\w.-]+):\s+(.*)$/.exec(line);
  if (!m?.[1]) return undefined;
  const key = m[1];
  const value = (m[2] ?? '').trim();
  if (value.includes(': ') && !/^["'{[|>]/.test(value)) {
    return `key "${key}": its value contains ": ", so quote it: ${key}: "${value.replace(/"/g, '\\"')}"`;
  }
  return `at key "${key}"`;
}
