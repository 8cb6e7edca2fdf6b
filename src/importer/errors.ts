/** Import failures, each with a stable code and one clear message. Nothing is written when one is thrown. */
export type ImportErrorCode =
  | 'missing-file'
  | 'unknown-type'
  | 'pdf-encrypted'
  | 'pdf-no-text'
  | 'pdf-empty'
  | 'pdf-unreadable'
  | 'empty-source'
  | 'bad-bib'
  | 'bad-option';

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}
