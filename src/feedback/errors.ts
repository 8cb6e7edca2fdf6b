/** The feedback store's own error (not an adapter's): a stable code, the path, and the cause kept. */
export type FeedbackErrorCode = 'E_FEEDBACK_STORE';

export class FeedbackError extends Error {
  constructor(
    readonly code: FeedbackErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'FeedbackError';
  }
}

/** "EROFS: read-only file system…" / "SQLITE_NOTADB: file is not a database": what a cause says. */
export function describeCause(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  const code = (cause as { code?: unknown }).code;
  return typeof code === 'string' && !cause.message.startsWith(code)
    ? `${code}: ${cause.message}`
    : cause.message;
}
