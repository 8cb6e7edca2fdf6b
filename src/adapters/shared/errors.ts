/**
 * Faults in adapters: errors with stable codes, and a short reference the user is shown and the log carries,
 * so that a report from a user can be matched to the log line.
 */
export { errorReference } from '../../error-reference.js';

export type AdapterErrorCode =
  | 'E_ADAPTER_CONFIG'
  | 'E_ADAPTER_AUTH'
  | 'E_ADAPTER_UNAUTHORIZED'
  | 'E_ADAPTER_HANDLER'
  | 'E_ADAPTER_SEND'
  | 'E_ADAPTER_PAYLOAD';

export class AdapterError extends Error {
  constructor(
    readonly code: AdapterErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AdapterError';
  }
}

/** The code of any thrown value, for logs: AdapterError's own, a Slack/Node error code, or E_UNKNOWN. */
export function errorCode(err: unknown): string {
  if (err instanceof AdapterError) return err.code;
  // Any other error with a stable code of ours (FeedbackError, CorpusError…) or a Node/SQLite/Slack code.
  if (typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string')
    return err.code;
  return 'E_UNKNOWN';
}

/** Fields safe to log for an error: code, name and message only (never request bodies or tokens). */
export function errorFields(err: unknown): { code: string; error: string; cause?: string } {
  const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  const cause = err instanceof Error && err.cause !== undefined ? causeText(err.cause) : undefined;
  return {
    code: errorCode(err),
    error: redactTokens(message),
    ...(cause === undefined ? {} : { cause: redactTokens(cause) }),
  };
}

/** The cause's code and message ("EROFS: read-only file system, open …"), for the log. */
function causeText(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  const code = (cause as { code?: unknown }).code;
  return typeof code === 'string' ? `${code}: ${cause.message}` : `${cause.name}: ${cause.message}`;
}

/** Slack and Discord tokens never reach a log line, even inside an error message. */
export function redactTokens(text: string): string {
  return text
    .replace(/\bx(?:oxb|oxp|app|oxa|oxr)-[A-Za-z0-9-]+/g, '[redacted]')
    .replace(/\b[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}\b/g, '[redacted]');
}

/** The apology the user sees: short, with the reference. */
export function apology(reference: string): string {
  return `Sorry, something went wrong while answering. If it keeps happening, quote this reference: ${reference}.`;
}
