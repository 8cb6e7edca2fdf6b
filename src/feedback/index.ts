export { FeedbackError } from './errors.js';
export { createFeedbackStore, FEEDBACK_FILE, type SqliteStoreOptions } from './sqlite-store.js';
export { formatSummary } from './summary.js';
export * from './types.js';
