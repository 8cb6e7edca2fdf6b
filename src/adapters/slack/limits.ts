/**
 * Slack's limits, in one place. The renderer cuts against these; tests sit at each of them.
 * Sources: api.slack.com/reference/block-kit (per-field limits) and, for the total, Slack rejecting messages of
 * about 13k characters with msg_blocks_too_long even when every block is within its own limit.
 */
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3_000,
  headerText: 150,
  contextElements: 10,
  contextElementText: 2_000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2_000,
  actionId: 255,
  blockId: 255,
  /**
   * Characters of a quote in one rich text block. Slack documents no limit for rich text; we hold a quote to a
   * section's 3,000, and the message to `messageTextBudget`.
   */
  richTextQuote: 3_000,
  /** Visible characters across all blocks (after escaping): well under Slack's ~12k. */
  messageTextBudget: 10_000,
  /** The notification/fallback `text` beside the blocks. */
  fallbackText: 300,
  /** A passage's quote is cut (at a sentence, with "…" and "Show full passage") beyond this. */
  quoteMax: 2_500,
  /**
   * A table row's caption and notes shown with it, in characters: beyond this they are cut (with "…") and the
   * passage offers "Show full passage", which shows up to `fullTableNotes` of them.
   */
  tableNotes: 3_000,
  fullTableNotes: 6_000,
  /** Below this much room per quote, fewer passages are shown (the rest stay behind "More results"). */
  quoteMin: 240,
  /** Questions echoed back in button values are cut to this (they must fit `buttonValue` as JSON). */
  valueQuestion: 1_500,
  /** Response URL: Slack accepts 5 posts within 30 minutes. */
  responseUrlPosts: 5,
  /** Slack's acknowledgement deadline for commands and actions. */
  ackDeadlineMs: 3_000,
} as const;
