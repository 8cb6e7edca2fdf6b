/**
 * The feedback port, shared by every platform adapter: a 👍/👎 on an answer, with what was asked and shown.
 */
export type Vote = 'up' | 'down';

export interface FeedbackInput {
  platform: 'slack' | 'discord' | 'console';
  question: string;
  passageIds: string[];
  /** The platform's user id, as given: the store keeps only a salted hash of it. */
  userId: string;
  channel: string;
  vote: Vote;
  reason?: string;
}

export interface DownvotedQuestion {
  question: string;
  down: number;
  up: number;
  reasons: string[];
  lastAt: string;
}

export interface PassageTally {
  passageId: string;
  down: number;
  up: number;
}

export interface FeedbackSummary {
  total: number;
  up: number;
  down: number;
  /** Questions with at least one 👎, most 👎 first. */
  downvoted: DownvotedQuestion[];
  /** Passages shown in answers marked 👎, most often first. */
  unhelpfulPassages: PassageTally[];
}

export interface FeedbackStore {
  /** Opens (creating if need be) the store now; throws FeedbackError (E_FEEDBACK_STORE) with the cause. */
  open(): void;
  /** Records one vote; returns its id (for a later reason). */
  record(input: FeedbackInput): number;
  /** Adds or replaces the reason of a recorded vote; false when there is no such vote. */
  addReason(id: number, reason: string): boolean;
  summary(options?: { limit?: number }): FeedbackSummary;
  close(): void;
}

/** Reasons offered after a 👎 (free text is also accepted from platforms that have it). */
export const DOWNVOTE_REASONS = [
  'Not relevant',
  'Not specific enough',
  'Missing context',
  'Hard to read',
] as const;
export const MAX_REASON = 500;
export const MAX_QUESTION = 2_000;
