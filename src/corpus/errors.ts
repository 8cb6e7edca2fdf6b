/** Faults found in corpus files. Every problem names the file, the line and the field. */
export interface CorpusProblem {
  file: string;
  line: number;
  /** Dotted path into the front matter ("references[1].issued"), or "body". */
  field: string;
  message: string;
}

export function formatProblem(p: CorpusProblem): string {
  return `${p.file}:${p.line}: ${p.field}: ${p.message}`;
}

export class CorpusError extends Error {
  readonly code = 'E_CORPUS_INVALID';
  constructor(readonly problems: CorpusProblem[]) {
    super(
      `The corpus has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
    );
    this.name = 'CorpusError';
  }
}

export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(front matter)' : out;
}
